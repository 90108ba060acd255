package dev.polcat.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.analyze.diff.CatalogSide;
import dev.polcat.analyze.diff.SemanticDiff;
import dev.polcat.analyze.verify.FlowDiff;
import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.report.DiffMarkdown;
import dev.polcat.testing.GoldenFiles;
import dev.polcat.testing.TestCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's sample pull-request comment is real output: the tour's change (prod's management
 * network 10.30.0.0/24 → 10.31.0.0/24) diffed against the example catalog. README.md is rewritten only
 * with {@code -Dpolcat.updateGolden=true}, and never when {@code CI} is set ({@link GoldenFiles#updating()}).
 */
class ReadmeSampleTest {
    private static final Path README = Path.of("README.md");
    private static final String START = "<!-- sample:diff-markdown -->\n";
    private static final String END = "<!-- /sample -->";

    @TempDir
    Path dir;

    @Test
    void theSampleCommentIsWhatPolcatPrints() throws Exception {
        Path head = dir.resolve("head");
        for (String part : new String[] {"profiles", "templates", "polcat.yaml"}) {
            Path from = Path.of(part);
            if (Files.isDirectory(from)) TestCatalog.copyOf(from, head.resolve(part));
            else Files.copy(from, head.resolve(part));
        }
        Path prod = head.resolve("profiles/prod.yaml");
        String original = Files.readString(prod);
        assertTrue(original.contains("managementCidrs: [10.30.0.0/24, 192.168.100.0/24]"));
        Files.writeString(prod, original.replace("managementCidrs: [10.30.0.0/24", "managementCidrs: [10.31.0.0/24"));
        String md = DiffMarkdown.render(
                new SemanticDiff(new FlowDiff()).compare(side("HEAD", Path.of("")), side(".", head)),
                "Run `polcat diff --format markdown HEAD .` for the full report.");
        String block = START + "```markdown\n" + md + "```\n" + END;
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int s = readme.indexOf(START);
        int e = readme.indexOf(END);
        assertTrue(s >= 0 && e > s, "README lacks the sample markers");
        String current = readme.substring(s, e + END.length());
        if (GoldenFiles.updating()) {
            Files.writeString(README, readme.replace(current, block), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(
                block,
                current,
                "README's sample comment is stale: mvn -q test -Dtest=ReadmeSampleTest -Dpolcat.updateGolden=true");
    }

    private static CatalogSide side(String label, Path root) {
        BuildResult r = new Build().analyze(BuildRequest.of(root).withVerify(false));
        assertFalse(r.failed(), () -> TestCatalog.printed(r.diagnostics().all()));
        return new CatalogSide(label, r.catalog(), r.policies(), r.analysis());
    }
}
