package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.analyze.Analysis;
import dev.polcat.bench.SyntheticCatalog;
import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.publish.Artifact;
import dev.polcat.testing.TestCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An environment page and compare.html of a generated catalog (60 policies × 20 environments, 20 hosts
 * each: every host selected by every policy, the same open-to-internet finding in most policies, most
 * rules worded differently in each environment) stay within a byte budget, and what they leave out of a
 * row is one link away. Before the budgets, the environment page was 240 KB (each host listed its 60
 * selecting policies, each finding was listed twice) and compare.html 2.4 MB (every cell repeated the
 * rule's whole sentence, its environment's name and, in most rows, a hidden "(differs)"). The exposure
 * report has a budget of its own: it grows with the services the rules name (about 300 here, listed down
 * the side once they no longer fit across), the rest of the page does not.
 */
class GeneratedSiteSizeTest {
    static final int ENVIRONMENT_BUDGET = 88 * 1024;
    static final int EXPOSURE_BUDGET = 150 * 1024;
    static final int COMPARE_BUDGET = 760 * 1024;
    /** More than fit across ({@link EnvironmentPage#SERVICES_ACROSS}): the report turns. */
    static final int SERVICES_AT_LEAST = 100;

    @TempDir
    static Path dir;

    private static Map<String, Artifact> site;
    private static Analysis analysis;

    @BeforeAll
    static void build() throws Exception {
        new SyntheticCatalog(60, 20, 20, 1).writeTo(dir);
        BuildResult r = new Build().run(BuildRequest.of(dir));
        assertFalse(r.failed(), () -> TestCatalog.printed(r.diagnostics().all()));
        analysis = r.analysis();
        site = new HashMap<>();
        r.artifacts().forEach(a -> site.put(a.path(), a));
    }

    private static void assertWithin(String path, int budget) {
        int size = site.get(path).bytes().length;
        System.out.println(path + ": " + size + " bytes");
        assertTrue(size <= budget, path + " is " + size + " bytes, over " + budget);
    }

    @Test
    void environmentPageFitsTheBudget() {
        String page = site.get("environments/env-000.html").asText();
        int start = page.indexOf("<section aria-labelledby=\"exposure\">");
        int end = page.indexOf("</section>", start);
        assertTrue(start > 0 && end > start, "no exposure section");
        int exposure = page.substring(start, end).getBytes(StandardCharsets.UTF_8).length;
        int rest = page.getBytes(StandardCharsets.UTF_8).length - exposure;
        System.out.println("environments/env-000.html: " + rest + " bytes besides the exposure report, " + exposure);
        assertTrue(rest <= ENVIRONMENT_BUDGET, "the page besides its exposure report is " + rest + " bytes");
        assertTrue(exposure <= EXPOSURE_BUDGET, "the exposure report is " + exposure + " bytes");
    }

    @Test
    void theExposureReportListsEachServiceOnceDownTheSide() {
        Document d = Jsoup.parse(site.get("environments/env-000.html").asText());
        List<String> services =
                d.select("table.matrix.by-service tbody th[scope=row] code").eachText();
        assertTrue(services.size() > GeneratedSiteSizeTest.SERVICES_AT_LEAST, services.size() + " services");
        assertEquals(services.size(), new HashSet<>(services).size(), "a service in two rows");
        long reported = analysis.environment("env-000").orElseThrow().exposure().stream()
                .map(g -> g.service())
                .distinct()
                .count();
        assertEquals(reported, services.size());
    }

    @Test
    void comparePageFitsTheBudget() {
        assertWithin("compare.html", COMPARE_BUDGET);
    }

    @Test
    void aHostSelectedByEveryEnabledPolicyLinksToTheApplyOrder() {
        Document d = Jsoup.parse(site.get("environments/env-000.html").asText());
        List<String> cells = d.select("#hosts ~ div td[data-label=Selected by]").stream()
                .map(td -> td.text() + " -> " + td.select("a").attr("href"))
                .distinct()
                .toList();
        assertEquals(List.of("all 60 enabled policies -> #order"), cells);
        assertEquals(60, d.select("#order ~ div tbody tr").size());
    }

    @Test
    void everyLinkOfTheEnvironmentAndComparePagesResolves() {
        List<String> broken = new ArrayList<>();
        for (String page : List.of("environments/env-000.html", "compare.html")) broken.addAll(brokenLinks(page));
        assertEquals(List.of(), broken);
    }

    /** Links to a missing file, or to an anchor that the target page lacks. */
    private static List<String> brokenLinks(String page) {
        Map<String, Set<String>> ids = new HashMap<>();
        List<String> broken = new ArrayList<>();
        String dirOf = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
        for (Element a : Jsoup.parse(site.get(page).asText()).select("a[href]")) {
            String url = a.attr("href");
            int hash = url.indexOf('#');
            String file = hash < 0 ? url : url.substring(0, hash);
            if (file.contains("?")) file = file.substring(0, file.indexOf('?')); // ?env=: which environment it shows
            String target = file.isEmpty()
                    ? page
                    : Path.of(dirOf + file).normalize().toString().replace('\\', '/');
            if (!site.containsKey(target)) {
                broken.add(page + " -> " + url);
            } else if (hash >= 0 && target.endsWith(".html")) {
                Set<String> known = ids.computeIfAbsent(target, t -> {
                    Set<String> s = new HashSet<>();
                    Jsoup.parse(site.get(t).asText()).select("[id]").forEach(e -> s.add(e.id()));
                    return s;
                });
                if (!known.contains(url.substring(hash + 1))) broken.add(page + " -> " + url + " (no such anchor)");
            }
        }
        return broken;
    }

    @Test
    void everyOpenToInternetFindingIsListedOnceWithItsPolicy() {
        Document d = Jsoup.parse(site.get("environments/env-000.html").asText());
        long findings = analysis.environment("env-000").orElseThrow().policies().stream()
                .flatMap(pa -> pa.findings().stream())
                .filter(f -> f.id().equals("open-to-internet"))
                .count();
        assertTrue(findings > 60, "the generated catalog has open-to-internet findings in most policies: " + findings);
        List<Element> links = d.select("#internet ~ ul a[href^=../policies/]");
        assertEquals(findings, links.size(), "one policy link per finding");
        for (Element a : links) {
            String[] target = a.attr("href").substring("../".length()).split("#");
            Element caveat = Jsoup.parse(site.get(target[0]).asText()).getElementById(target[1]);
            String message = a.closest("li").ownText().strip().replaceFirst("^: ", "");
            assertTrue(caveat.text().contains(message), a.attr("href") + " is the caveat " + message);
        }
        assertEquals(
                List.of(),
                d.select("ul.findings li").stream()
                        .filter(li -> li.text().contains("open-to-internet"))
                        .filter(li -> !li.select("a[href^=../policies/]").isEmpty())
                        .map(Element::text)
                        .toList(),
                "the caveats section points to the alert instead of repeating it");
    }
}
