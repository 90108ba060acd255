package dev.polcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polcat.cli.ReviewCommandsTest.Run;
import dev.polcat.testing.ImpactFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code polcat impact}: its reports, exit codes, --suggest-expect and the errors it prints. */
class ImpactCommandTest {
    static final String SAMPLE = ImpactFixtures.SAMPLE.toString();

    @TempDir
    static Path dir;

    static String base;
    static String head;

    @BeforeAll
    static void catalogs() throws Exception {
        base = ImpactFixtures.example(dir.resolve("base")).toString();
        Path h = ImpactFixtures.example(dir.resolve("head"));
        ImpactFixtures.tightenShop(h);
        head = h.toString();
    }

    static Run impact(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "impact";
        System.arraycopy(args, 0, all, 1, args.length);
        return ReviewCommandsTest.run(all);
    }

    @Test
    void textListsTheFlowsThatBreakWithRuleAndTrailAndExitsOne() {
        Run r = impact("-C", base, "--flows", SAMPLE, "--env", "prod", base, head);
        assertEquals(1, r.exit(), r.err());
        String out = r.out();
        assertTrue(
                out.startsWith(
                        "polcat impact prod: " + SAMPLE + " (JSON lines, 24 records, 14 flows, 2,234 connections)\n"
                                + "replayed against " + base + " and " + head
                                + "\n\nWould become denied: 2 flows, 125 connections\n"
                                + "  tcp/5432 from shop/api-* to shop/db-*  (100 connections; recorded allowed)\n"
                                + "      denied: no rule of policies shop/allow-from-ingress, shop/knp.default.allow-same-namespace, "
                                + "shop/knp.default.default-deny matched; end of tier default → deny\n"
                                + "      simulated as path tcp/5432 from shop/api-0 to shop/db-0\n"
                                + "      note: shop/api-* taken as shop/api-0\n      note: shop/db-* taken as shop/db-0\n"
                                + "        flow: path tcp/5432 from shop/api-0 to shop/db-0: the egress policy of shop/api-0, then the ingress policy of shop/db-0\n"),
                out);
        assertTrue(out.contains("\nWould become allowed: none\n"), out);
        assertTrue(out.contains("\nRecorded action differs from " + base + ": 2 flows, 22 connections\n"), out);
        assertTrue(
                out.endsWith("\nNot simulated: 1 flow, 4 connections\n"
                        + "  tcp/8080 from prod-gpu-1 to shop/api-*  (4 connections): no host prod-gpu-1 in prod\n"),
                out);
    }

    @Test
    void withoutVersionsComparesTheWorkTreeWithWhatTheClusterRecorded() {
        Run r = impact("-C", base, "--flows", SAMPLE, "--env", "prod");
        assertEquals(1, r.exit(), "the catalog denies flows the cluster allows: " + r.err());
        assertTrue(
                r.out()
                        .contains(
                                "replayed against " + base + ", compared with what the cluster recorded\n\n"
                                        + "Recorded action differs from the catalog: 2 flows, 22 connections\n"
                                        + "  tcp/6443 from pvt (somewhere private) to prod-cp-1  (15 connections; recorded allowed)\n"),
                r.out());
        assertTrue(
                r.out()
                        .contains("      not exact, the address is unknown: policy k8s-api-server spec.ingress[0] "
                                + "(api-server-from-nodes) matches part of the network\n"),
                r.out());
        assertFalse(r.out().contains("Would become"), r.out());
    }

    @Test
    void exitsZeroWhenNothingBecomesDenied() {
        Run r = impact("-C", base, "--flows", SAMPLE, "--env", "prod", base, base);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\nWould become denied: none\n"), r.out());
    }

    @Test
    void markdownPutsTheBrokenFlowsFirstInACautionBlock() {
        Run r = impact("-C", base, "--flows", SAMPLE, "--env", "prod", "--format", "markdown", base, head);
        assertEquals(1, r.exit(), r.err());
        assertTrue(
                r.out()
                        .contains("Replayed `" + SAMPLE
                                + "` (JSON lines): 24 records, 14 distinct flows, 2,234 connections.\n\n"
                                + "> [!CAUTION]\n> **2 flows would become denied (125 connections), most used first:**\n"
                                + "> - `tcp/5432 from shop/api-* to shop/db-*` — 100 connections, recorded allowed — denied: no rule of policies "
                                + "shop/allow-from-ingress, shop/knp.default.allow-same-namespace, shop/knp.default.default-deny matched; "
                                + "end of tier default → deny\n"),
                r.out());
        assertTrue(
                r.out()
                        .contains(
                                "**Drift: 2 flows (22 connections) where the cluster's recorded action differs from `"
                                        + base
                                        + "`:**\n- `tcp/6443 from pvt (somewhere private) to prod-cp-1` — 15 connections, recorded allowed — denied: policy "
                                        + "default-deny spec.ingress\\[1\\] (deny-ingress) matched Deny (not exact: the address is unknown)\n"),
                r.out());
    }

    @Test
    void jsonHasEveryListWithVerdictsAndTrails() throws Exception {
        Run r = impact("-C", base, "--flows", SAMPLE, "--env", "prod", "--format", "json", base, head);
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(1, j.get("schemaVersion").asInt());
        assertEquals(14, j.get("flowLog").get("flows").asInt());
        assertTrue(j.get("breaksTraffic").asBoolean());
        JsonNode first = j.get("becomeDenied").get(0);
        assertEquals("shop/api-*", first.get("source").asText());
        assertEquals("tcp/5432", first.get("service").asText());
        assertEquals(100, first.get("connections").asInt());
        assertEquals("allow", first.get("before").get("verdict").asText());
        assertEquals("deny", first.get("after").get("verdict").asText());
        assertTrue(first.get("after").get("trail").size() > 3);
        assertEquals(
                "no host prod-gpu-1 in prod",
                j.get("unmatched").get(0).get("before").get("unmatched").asText());
    }

    @Test
    void suggestedExpectationsHoldWhenPastedIntoTheProfile() throws Exception {
        Run r = impact("-C", base, "--flows", SAMPLE, "--env", "prod", "--suggest-expect", "--top", "3");
        assertEquals(0, r.exit(), r.err());
        assertEquals(
                "# Flows prod allows, most used first, as observed in " + SAMPLE
                        + ": paste them under expect: in the profile.\n"
                        + "expect:\n"
                        + "  - allow: udp/53\n    from: shop/web-0\n    to: kube-system/coredns-0\n"
                        + "    reason: \"observed: 500 connections (shop/web-* → kube-system/coredns-*)\"\n"
                        + "  - allow: tcp/8080\n    from: ingress-nginx/ingress-nginx-0\n    to: shop/web-0\n"
                        + "    reason: \"observed: 300 connections (ingress-nginx/ingress-nginx-* → shop/web-*)\"\n"
                        + "  - allow: tcp/8080\n    from: shop/web-0\n    to: shop/api-0\n"
                        + "    reason: \"observed: 120 connections (shop/web-* → shop/api-*)\"\n",
                r.out());
        Path prod = dir.resolve("suggest/profiles/prod.yaml");
        ImpactFixtures.example(dir.resolve("suggest"));
        String entries = r.out().substring(r.out().indexOf("expect:\n") + "expect:\n".length());
        Files.writeString(prod, Files.readString(prod).replace("\nexpect:\n", "\nexpect:\n" + entries));
        Run verify =
                ReviewCommandsTest.run("verify", "-C", dir.resolve("suggest").toString(), "--env", "prod");
        assertEquals(0, verify.exit(), verify.out() + verify.err());
        Run before = ReviewCommandsTest.run("verify", "-C", base, "--env", "prod");
        assertEquals(
                checks(before.out()) + 3, checks(verify.out()), "the three suggestions are checked: " + verify.out());
    }

    /** {@code 205 of 205 flow checks hold} → 205. */
    private static int checks(String verifyOut) {
        var m = java.util.regex.Pattern.compile("(\\d+) of (\\d+) flow checks hold")
                .matcher(verifyOut);
        assertTrue(m.find(), verifyOut);
        return Integer.parseInt(m.group(2));
    }

    @Test
    void aStandInPodIsSuggestedAsTheWorkloadsItsLabelsSelect() throws Exception {
        Path f = dir.resolve("cart.csv");
        Files.writeString(f, "src,dst,proto,port,count\nshop/web-0,shop/api-0,tcp,8080,3\n");
        Path log = dir.resolve("cart.jsonl");
        Files.writeString(
                log,
                "{\"key\":{\"source_name\":\"cart-*\",\"source_namespace\":\"shop\",\"source_type\":\"WorkloadEndpoint\","
                        + "\"dest_name\":\"api-*\",\"dest_namespace\":\"shop\",\"dest_type\":\"WorkloadEndpoint\",\"dest_port\":8080,"
                        + "\"proto\":\"tcp\",\"action\":\"Allow\",\"reporter\":\"Dst\"},\"source_labels\":[\"app=cart\"]}\n");
        Run r = impact("-C", base, "--flows", log.toString(), "--env", "prod", "--suggest-expect");
        assertTrue(
                r.out()
                        .contains(
                                "  - allow: tcp/8080\n    from: {workloads: \"app == \\\"cart\\\"\", namespace: shop}\n"
                                        + "    to: shop/api-0\n"),
                r.out());
    }

    @Test
    void helpListsTheExitCodes() {
        var console = new java.io.ByteArrayOutputStream();
        var stderr = System.err;
        System.setErr(new java.io.PrintStream(console, true, java.nio.charset.StandardCharsets.UTF_8));
        Run r;
        try {
            r = impact("--help");
        } finally {
            System.setErr(stderr);
        }
        assertEquals(0, r.exit());
        assertEquals(
                "",
                r.err() + console.toString(java.nio.charset.StandardCharsets.UTF_8),
                "picocli warns about an unescaped %");
        assertTrue(r.out().contains("Exit codes:\n  0   No observed flow would become denied\n"), r.out());
        assertTrue(
                r.out().contains("  2   Bad usage, an unreadable flow log (more than 1% bad records), or a\n"),
                r.out());
    }

    @Test
    void aMissingFlowLogIsAnInputError() {
        Run r = impact("-C", base, "--flows", dir.resolve("nope.jsonl").toString(), "--env", "prod");
        assertEquals(2, r.exit());
        assertEquals(
                dir.resolve("nope.jsonl") + ": error: no such file [P117]\n"
                        + "  hint: export the flows first; see README, \"Observed traffic\"\n",
                r.err());
    }

    @Test
    void anUnknownEnvironmentIsAnInputErrorWithASuggestion() {
        Run r = impact("-C", base, "--flows", SAMPLE, "--env", "prd");
        assertEquals(2, r.exit());
        assertEquals("polcat: error: " + base + " has no environment 'prd'; did you mean 'prod'?\n", r.err());
    }

    @Test
    void namesFromTheFlowLogCannotReachTheTerminalRaw() throws Exception {
        Path f = dir.resolve("evil.csv");
        Files.writeString(f, "10.30.64.17,host:evil\u001b[2J,tcp,22\n");
        Run r = impact("-C", base, "--flows", f.toString(), "--env", "prod");
        assertFalse(r.out().contains("\u001b"), r.out());
        assertTrue(r.out().contains("evil\\u001b[2J"), r.out());
    }
}
