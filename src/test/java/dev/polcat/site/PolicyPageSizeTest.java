package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.publish.Artifact;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy page must not grow with every environment's YAML: a 30-rule policy in 20 environments
 * (every rule's address different in each) stays within 150 KB, because rules are listed once and the
 * YAML is in a fragment loaded on demand.
 */
class PolicyPageSizeTest {
    static final int BUDGET = 150 * 1024;

    @Test
    void thirtyRulesInTwentyEnvironmentsFitTheBudget(@TempDir Path dir) {
        BuildResult r = new Build().run(BuildRequest.of(WideCatalog.write(dir, 30, 20)));
        assertFalse(r.failed(), () -> TestCatalog.printed(r.diagnostics().all()));
        Artifact page = r.artifacts().stream()
                .filter(a -> a.path().equals("policies/wide.html"))
                .findFirst()
                .orElseThrow();
        System.out.println("policies/wide.html: " + page.bytes().length + " bytes");
        assertTrue(
                page.bytes().length <= BUDGET,
                "policies/wide.html is " + page.bytes().length + " bytes, over " + BUDGET);
        Document d = Jsoup.parse(page.asText());
        assertEquals(30, d.select("table.merged tbody tr").size(), "each rule once");
        assertEquals(
                20, d.select("#rule-peer-p7 ul.variants > li").size(), "one wording per environment, each different");
        assertEquals(
                "#yaml-env-13-L16",
                d.select("#rule-peer-p0 .envs a").stream()
                        .filter(a -> a.text().equals("env-13"))
                        .findFirst()
                        .orElseThrow()
                        .attr("href"),
                "an environment's name links to the rule's line in its YAML");
        assertEquals(0, d.select("pre.yaml .line").size(), "no YAML inlined");
        Map<String, String> yaml = YamlFragmentsTest.decode(r.artifacts().stream()
                .filter(a -> a.path().equals(YamlFragments.path("wide")))
                .findFirst()
                .orElseThrow()
                .asText());
        assertEquals(20, yaml.size(), "every environment's YAML in the policy's one fragment");
        for (int e = 0; e < 20; e++) {
            String env = String.format("env-%02d", e);
            Artifact download = r.artifacts().stream()
                    .filter(a -> a.path().equals(YamlBundle.policyPath(env, "wide")))
                    .findFirst()
                    .orElseThrow();
            assertEquals(download.asText(), yaml.get(env), env);
        }
    }
}
