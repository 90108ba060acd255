package dev.polcat.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.polcat.publish.Artifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad exports and bad usage: one message each, at the author's file, line and column; nothing written. */
class ImportErrorsTest {
    @TempDir
    Path dir;

    private static final String POLICY = """
            apiVersion: projectcalico.org/v3
            kind: GlobalNetworkPolicy
            metadata:
              name: ssh
            spec:
              selector: all()
              ingress:
                - action: Allow
                  protocol: TCP
                  source: {nets: [%s]}
                  destination: {ports: [22]}
            """;

    record Case(String name, String stagingText, String prodText, String err) {}

    @Test
    void badExportsAreReportedPerFileWithPositionAndNothingIsWritten() throws IOException {
        List<Case> cases = List.of(
                new Case(
                        "invalid YAML",
                        POLICY.formatted("10.0.0.0/24"),
                        "kind: [unclosed\n",
                        "EXPORTS/prod/policies.yaml:2:1: error: invalid YAML: while parsing a flow sequence (started at line 1): expected ',' or ']', but got <stream end> [P101] (env prod)\n"),
                new Case(
                        "unknown kind",
                        POLICY.formatted("10.0.0.0/24"),
                        "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicyy\nmetadata: {name: x}\nspec: {}\n",
                        "EXPORTS/prod/policies.yaml:2:7: error: kind: unsupported kind 'GlobalNetworkPolicyy' [P302] (env prod, policy x)\n"
                                + "  hint: did you mean 'GlobalNetworkPolicy'?\n"),
                new Case(
                        "not network policy",
                        POLICY.formatted("10.0.0.0/24"),
                        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {}\n",
                        "EXPORTS/prod/policies.yaml:1:1: error: Deployment 'web' (apps/v1) is not network policy; polcat import "
                                + "reads Calico resources and Kubernetes NetworkPolicies [P304] (env prod)\n"
                                + "  hint: export with calicoctl get globalnetworkpolicy,networkpolicy,... -o yaml and "
                                + "kubectl get networkpolicies -A -o yaml\n"),
                new Case(
                        "valid in staging, invalid in prod",
                        POLICY.formatted("10.0.0.0/24"),
                        POLICY.formatted("10.0.0.0/33"),
                        "EXPORTS/prod/policies.yaml:10:23: error: spec.ingress[0].source.nets[0]: '10.0.0.0/33' is not a valid CIDR; use address/prefix such as 10.0.0.0/8 or 2001:db8::/32 [P301] (env prod, policy ssh)\n"));
        for (Case c : cases) {
            Path exports = Files.createDirectories(dir.resolve(c.name().replace(' ', '-')));
            Files.createDirectories(exports.resolve("staging"));
            Files.createDirectories(exports.resolve("prod"));
            Files.writeString(exports.resolve("staging/policies.yaml"), c.stagingText());
            Files.writeString(exports.resolve("prod/policies.yaml"), c.prodText());
            Path out = exports.resolve("catalog");
            var r = ImportRoundTripTest.polcat(
                    "import",
                    "--env",
                    "staging=" + exports.resolve("staging"),
                    "--env",
                    "prod=" + exports.resolve("prod"),
                    out.toString());
            assertEquals(2, r.exit(), c.name());
            assertEquals(
                    c.err() + "polcat import: 1 error in the exports; nothing written\n",
                    r.err().replace(exports.toString(), "EXPORTS"),
                    c.name());
            assertEquals("", r.out(), c.name());
            assertNothingWritten(exports);
        }
    }

    record Usage(List<String> args, String err) {}

    @Test
    void badUsageIsOneLineAndExitsTwo() throws IOException {
        Path prod = Files.createDirectories(dir.resolve("prod"));
        Files.writeString(prod.resolve("p.yaml"), POLICY.formatted("10.0.0.0/24"));
        Path existing = Files.createDirectories(dir.resolve("existing"));
        List<Usage> cases = List.of(
                new Usage(List.of("--env", "prod", "OUT"), "polcat import: --env must be NAME=PATH, not 'prod'\n"),
                new Usage(
                        List.of("--env", "Prod=" + prod, "OUT"),
                        "polcat import: environment name 'Prod' must be lower-case "
                                + "letters, digits and '-' (like prod or eu-staging), and not 'base' (the shared profile)\n"),
                new Usage(
                        List.of("--env", "prod=" + prod, "--env", "prod=" + prod, "OUT"),
                        "polcat import: environment 'prod' is given twice\n"),
                new Usage(
                        List.of("--env", "prod=" + prod, existing.toString()),
                        "polcat import: " + existing + " already exists; import writes a new catalog folder\n"),
                new Usage(
                        List.of(
                                "--env",
                                "prod=" + dir.resolve("missing"),
                                dir.resolve("out").toString()),
                        dir.resolve("missing") + ": error: no such file or folder [P100] (env prod)\n"
                                + "  hint: --env prod=PATH names a file or a folder of *.yaml exports\n"
                                + "polcat import: 1 error in the exports; nothing written\n"));
        for (Usage u : cases) {
            List<String> args = new java.util.ArrayList<>(List.of("import"));
            args.addAll(u.args());
            var r = ImportRoundTripTest.polcat(args.toArray(String[]::new));
            assertEquals(2, r.exit(), u.args().toString());
            assertEquals(u.err(), r.err(), u.args().toString());
        }
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void theRoundTripCheckReportsEachDifference() {
        java.util.Map<String, Object> tree = new java.util.LinkedHashMap<>();
        tree.put("apiVersion", "projectcalico.org/v3");
        tree.put("kind", "GlobalNetworkSet");
        tree.put("metadata", java.util.Map.of("name", "mgmt"));
        tree.put("spec", java.util.Map.of("nets", List.of("10.0.0.0/24")));
        ExportedResource set = new ExportedResource(
                "prod",
                "GlobalNetworkSet/mgmt",
                "GlobalNetworkSet",
                "",
                "mgmt",
                tree,
                null,
                dev.polcat.diag.SourcePos.of("exports/prod/sets.yaml"));
        List<Artifact> rendered = List.of(
                Artifact.text(
                        "download/prod/mgmt.yaml",
                        "# header\n---\napiVersion: projectcalico.org/v3\nkind: GlobalNetworkSet\n"
                                + "metadata:\n  name: mgmt\nspec:\n  nets: [10.0.0.0/25]\n"),
                Artifact.text(
                        "download/prod/extra.yaml",
                        "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkSet\n"
                                + "metadata:\n  name: extra\nspec:\n  nets: [10.0.1.0/24]\n"),
                Artifact.text(
                        "download/prod/all.yaml",
                        "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkSet\n"
                                + "metadata:\n  name: bundled\nspec:\n  nets: [10.0.1.0/24]\n"));
        assertEquals(
                List.of(
                        "prod: GlobalNetworkSet/mgmt renders differently: imported {apiVersion: projectcalico.org/v3, kind: GlobalNetworkSet, "
                                + "metadata: {name: mgmt}, spec: {nets: [10.0.0.0/24]}}, rendered {apiVersion: projectcalico.org/v3, "
                                + "kind: GlobalNetworkSet, metadata: {name: mgmt}, spec: {nets: [10.0.0.0/25]}}",
                        "prod: GlobalNetworkSet/extra is rendered but was not imported"),
                RoundTrip.differences(List.of(set), rendered));
        assertEquals(
                List.of("prod: GlobalNetworkSet/mgmt is not rendered by the catalog"),
                RoundTrip.differences(List.of(set), List.of()));
    }

    private static void assertNothingWritten(Path exports) throws IOException {
        try (Stream<Path> s = Files.list(exports)) {
            assertEquals(
                    List.of("prod", "staging"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no catalog and no staging folder left in " + exports);
        }
    }
}
