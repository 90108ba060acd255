package dev.polcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polcat.cli.ReviewCommandsTest.Run;
import dev.polcat.report.DiffMarkdown;
import dev.polcat.testing.ImpactFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code polcat diff --flows ENV=FILE}: observed traffic in the pull-request report and in the JSON. */
class DiffFlowsTest {
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

    @Test
    void theMarkdownReportListsTheObservedFlowsThatBreak() {
        Run r = ReviewCommandsTest.run(
                "diff", "-C", base, "--format", "markdown", "--flows", "prod=" + ImpactFixtures.SAMPLE, base, head);
        assertEquals(1, r.exit(), r.err());
        String md = r.out();
        int section = md.indexOf(
                "### Observed traffic in `prod`\n\nReplayed `" + ImpactFixtures.SAMPLE + "` (JSON lines): 24 records, "
                        + "14 distinct flows, 2,234 connections.\n\n> [!CAUTION]\n> **2 flows would become denied (125 connections), most used first:**\n"
                        + "> - `tcp/5432 from shop/api-* to shop/db-*` — 100 connections, recorded allowed — denied: ");
        assertTrue(section > 0, md);
        assertTrue(
                md.indexOf(
                                "> - `tcp/8080 from shop/cart-* to shop/api-*` — 25 connections, recorded allowed — denied: ")
                        > section,
                md);
        assertTrue(section < md.indexOf("<details>"), "before the policy details: " + md);
    }

    @Test
    void theJsonReportCarriesObservedTraffic() throws Exception {
        Run r = ReviewCommandsTest.run(
                "diff", "-C", base, "--format", "json", "--flows", "prod=" + ImpactFixtures.SAMPLE, base, head);
        JsonNode t = new ObjectMapper().readTree(r.out()).get("observedTraffic");
        assertEquals(1, t.size());
        assertEquals("prod", t.get(0).get("environment").asText());
        assertEquals(2, t.get(0).get("becomeDenied").size());
        assertEquals(
                "shop/cart-*", t.get(0).get("becomeDenied").get(1).get("source").asText());
    }

    @Test
    void manyBrokenFlowsStayWithinTheCommentLimitBusiestFirst() throws Exception {
        StringBuilder csv = new StringBuilder();
        for (int i = 1; i <= 800; i++)
            csv.append("workload:shop/batch-")
                    .append(i)
                    .append(",workload:shop/db-0,tcp,5432,")
                    .append(i)
                    .append('\n');
        Path f = dir.resolve("many.csv");
        Files.writeString(f, csv);
        Run r = ReviewCommandsTest.run("diff", "-C", base, "--format", "markdown", "--flows", "prod=" + f, base, head);
        assertTrue(
                r.out().length() <= DiffMarkdown.GITHUB_LIMIT,
                "length " + r.out().length());
        assertTrue(
                r.out()
                        .contains("> **800 flows would become denied (320,400 connections), most used first:**\n"
                                + "> - `tcp/5432 from shop/batch-800 to shop/db-0` — 800 connections — denied: "),
                r.out());
        assertTrue(
                r.out()
                        .contains(
                                "> - … more not shown: run \\`polcat impact --env prod --flows FILE BASE HEAD\\` for every flow\n"),
                r.out());
        assertTrue(r.out().contains("<details>"), "the policy details keep their room");
    }

    @Test
    void anEnvironmentNeitherSideHasIsAnInputError() {
        Run r = ReviewCommandsTest.run("diff", "-C", base, "--flows", "qa=" + ImpactFixtures.SAMPLE, base, head);
        assertEquals(2, r.exit());
        assertEquals("polcat: error: --flows qa=...: " + base + " has no environment 'qa'\n", r.err());
    }
}
