package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polcat.build.BuildResult;
import dev.polcat.publish.Artifact;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code environments:} in polcat.yaml: the order the site shows environments in (the listed ones first, the
 * rest in natural order), and a clear error at the name for anything that is not an environment.
 */
class EnvironmentOrderTest {
    private static final String TITLE = "title: Platform host-endpoint policies\n";

    @TempDir
    Path dir;

    private int catalogs;

    private TestCatalog example(String polcatYaml) {
        return TestCatalog.example(dir.resolve("catalog-" + ++catalogs)).with("polcat.yaml", polcatYaml);
    }

    private static Artifact artifact(BuildResult r, String path) {
        return r.artifacts().stream()
                .filter(x -> x.path().equals(path))
                .findFirst()
                .orElseThrow();
    }

    private static Document page(BuildResult r, String path) {
        return Jsoup.parse(artifact(r, path).asText());
    }

    private static List<String> switcher(Document d) {
        return d.select("#env-switch option[value]").stream()
                .map(o -> o.attr("value"))
                .filter(v -> !v.isEmpty())
                .toList();
    }

    @Test
    void withoutTheKeyEnvironmentsFollowNaturalOrder() {
        BuildResult r = example(TITLE).build();
        assertFalse(r.failed(), () -> TestCatalog.printed(r.diagnostics().all()));
        assertEquals(List.of("dev", "prod", "prod-v6", "staging"), switcher(page(r, "index.html")));
    }

    @Test
    void listedEnvironmentsComeFirstInTheirOrderAndTheRestFollowNaturally() throws Exception {
        BuildResult r = example(TITLE + "environments: [prod, staging]\n").build();
        assertFalse(r.failed(), () -> TestCatalog.printed(r.diagnostics().all()));
        List<String> expected = List.of("prod", "staging", "dev", "prod-v6");
        Document index = page(r, "index.html");
        assertEquals(expected, switcher(index));
        assertEquals(expected, switcher(page(r, "policies/failsafe.html")));
        Element head = index.selectFirst("table thead tr");
        assertTrue(head != null, index.html());
        assertEquals(expected, head.select("th.token").eachText(), "index columns");
        Element compare = page(r, "compare.html").selectFirst("thead tr");
        assertTrue(compare != null);
        assertEquals(expected, compare.select("th:gt(0)").eachText(), "compare columns");
        JsonNode json = new ObjectMapper().readTree(artifact(r, "catalog.json").asText());
        List<String> listed = new ArrayList<>();
        json.get("environments").forEach(e -> listed.add(e.get("name").asText()));
        assertEquals(expected, listed, "catalog.json environments");
        List<String> perPolicy = new ArrayList<>();
        json.get("policies").get(0).get("environments").fieldNames().forEachRemaining(perPolicy::add);
        assertEquals(expected, perPolicy, "catalog.json policy environments");
    }

    @Test
    void aNameThatIsNoEnvironmentIsAnErrorWithADidYouMean() {
        String printed = example(TITLE + "environments:\n  - prdo\n  - base\n  - dev\n  - dev\n")
                .diagnostics();
        assertEquals("""
                polcat.yaml:3:5: error: environments: 'prdo' is not an environment of this catalog [P107]
                  hint: did you mean 'prod'?
                polcat.yaml:4:5: error: environments: 'base' is not an environment of this catalog [P107]
                  hint: the environments are the non-abstract profiles: dev, prod, prod-v6, staging
                polcat.yaml:6:5: error: environments: 'dev' is listed twice [P107]
                  hint: list each environment once""", printed.strip());
    }

    @Test
    void somethingOtherThanAListOfNamesIsAnError() {
        assertEquals("""
                polcat.yaml:2:15: error: environments: expected a list of environment names, found a string [P105]
                  hint: list the environments by name, e.g. environments: [prod, staging, dev]""", example(TITLE + "environments: prod\n").diagnostics().strip());
        assertEquals(
                """
                polcat.yaml:2:22: error: environments: expected an environment's name, found a map [P105]
                  hint: list the environments by name, e.g. environments: [prod, staging, dev]""",
                example(TITLE + "environments: [prod, {a: 1}]\n").diagnostics().strip());
    }
}
