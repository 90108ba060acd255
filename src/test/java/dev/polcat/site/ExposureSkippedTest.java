package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.analyze.Analysis;
import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.publish.Artifact;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An exposure probe the simulator could not evaluate is a row the report may lack: the environment page and
 * catalog.json say how many, and say nothing (byte for byte) when there are none. An environment with too
 * many endpoints to probe each from every other one is reported from networks only, and both say so.
 */
class ExposureSkippedTest {
    private static final String PARAGRAPH = "<p class=\"exposure-skipped\"><strong>Incomplete:</strong> 2 of the "
            + "report's probes could not be simulated, so rows may be missing; <code>polcat verify --env prod</code> "
            + "names them.</p>\n";

    @Test
    void theEnvironmentPageAndCatalogJsonCountSkippedProbes() {
        BuildResult r = new Build().analyze(BuildRequest.of(Path.of("")));
        assertFalse(r.failed());
        List<EnvironmentAnalysis> skipped = r.analysis().environments().stream()
                .map(e -> e.env().name().equals("prod")
                        ? new EnvironmentAnalysis(
                                e.env(),
                                e.policies(),
                                e.hosts(),
                                e.checks(),
                                e.exposure(),
                                e.exposureFromEndpoints(),
                                List.of("tcp/22 to ghost from anywhere (0.0.0.0/0): unknown host 'ghost'", "b: c"))
                        : e)
                .toList();
        List<Artifact> before = new SiteAssembler(false).assemble(r.catalog(), r.analysis());
        List<Artifact> after = new SiteAssembler(false).assemble(r.catalog(), new Analysis(skipped));

        String pageBefore = text(before, SitePaths.environmentPage("prod"));
        String pageAfter = text(after, SitePaths.environmentPage("prod"));
        assertFalse(pageBefore.contains("exposure-skipped"));
        assertTrue(pageAfter.contains(PARAGRAPH), pageAfter);
        assertEquals(pageBefore, pageAfter.replace(PARAGRAPH, ""));

        String field = ",\"exposureSkipped\":2";
        String jsonAfter = text(after, "catalog.json");
        assertEquals(1, jsonAfter.split("exposureSkipped", -1).length - 1, jsonAfter);
        assertTrue(jsonAfter.contains(field), jsonAfter);
        assertEquals(text(before, "catalog.json"), jsonAfter.replace(field, ""));
    }

    @Test
    void anEnvironmentProbedFromNetworksOnlySaysSo() {
        BuildResult r = new Build().analyze(BuildRequest.of(Path.of("")));
        List<EnvironmentAnalysis> networksOnly = r.analysis().environments().stream()
                .map(e -> e.env().name().equals("prod")
                        ? new EnvironmentAnalysis(
                                e.env(), e.policies(), e.hosts(), e.checks(), e.exposure(), false, e.exposureSkipped())
                        : e)
                .toList();
        List<Artifact> before = new SiteAssembler(false).assemble(r.catalog(), r.analysis());
        List<Artifact> after = new SiteAssembler(false).assemble(r.catalog(), new Analysis(networksOnly));
        String note = "<p class=\"exposure-networks-only\">From declared networks only: this environment has too many "
                + "hosts and workloads to probe each from every other one; ask about one flow with <code>polcat why "
                + "--env prod FROM TO SERVICE</code>.</p>\n";
        String pageAfter = text(after, SitePaths.environmentPage("prod"));
        assertTrue(pageAfter.contains(note), pageAfter);
        assertEquals(text(before, SitePaths.environmentPage("prod")), pageAfter.replace(note, ""));
        String json = text(after, "catalog.json");
        assertEquals(1, json.split("\"exposureFromEndpoints\":false", -1).length - 1, json);
        assertEquals(
                text(before, "catalog.json"),
                json.replace("\"exposureFromEndpoints\":false", "\"exposureFromEndpoints\":true"));
    }

    private static String text(List<Artifact> files, String path) {
        return files.stream()
                .filter(a -> a.path().equals(path))
                .map(a -> new String(a.bytes(), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + path));
    }
}
