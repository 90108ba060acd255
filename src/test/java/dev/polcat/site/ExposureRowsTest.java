package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.analyze.ExposureGrant;
import dev.polcat.bench.SyntheticCatalog;
import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import dev.polcat.publish.Artifact;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Past {@link EnvironmentPage#SERVICES_ACROSS} services the matrix turns: a row per way of being reached,
 * services reached alike sharing one, and at most so many rows, the rest counted for the page to point at
 * catalog.json.
 */
class ExposureRowsTest {
    private static final List<ExposureMatrix.Endpoint> HOSTS = List.of(
            new ExposureMatrix.Endpoint("a", false, "web", List.of(Cidr.of("10.0.0.1"))),
            new ExposureMatrix.Endpoint("b", false, "web", List.of(Cidr.of("10.0.0.2"))));

    /** 30 services, each let in by its own rule, and 10 more by one rule: 31 ways of being reached. */
    private static ExposureMatrix.Matrix matrix() {
        List<ExposureGrant> grants = new ArrayList<>();
        for (int port = 1; port <= 40; port++) {
            String rule = port <= 30 ? "r" + port : "shared";
            grants.add(new ExposureGrant(
                    List.of("a", "b"),
                    "tcp/" + port,
                    "anywhere",
                    "0.0.0.0/0",
                    List.of(),
                    "policy p spec.ingress[0] (" + rule + ") matched Allow",
                    "p",
                    "spec.ingress[0]",
                    IpNet.anyV4()));
        }
        return ExposureMatrix.of(grants, HOSTS, (policy, rule) -> "p.html");
    }

    @Test
    void servicesReachedAlikeShareARow() {
        Map<String, Object> m = EnvironmentPage.matrixModel(matrix(), 100);
        assertEquals(true, m.get("wide"));
        List<?> rows = (List<?>) m.get("rows");
        assertEquals(31, rows.size());
        assertEquals(
                List.of(
                        "tcp/31", "tcp/32", "tcp/33", "tcp/34", "tcp/35", "tcp/36", "tcp/37", "tcp/38", "tcp/39",
                        "tcp/40"),
                ((Map<?, ?>) rows.get(30)).get("services"));
        assertEquals(0, m.get("hiddenRows"));
    }

    @Test
    void thePageSaysHowManyServicesItLeavesToCatalogJson(@TempDir Path dir) throws Exception {
        new SyntheticCatalog(8, 1, 6, 1).writeTo(dir);
        BuildResult r = new Build().analyze(BuildRequest.of(dir));
        String page = SitePaths.environmentPage("env-000");
        Document all = Jsoup.parse(text(new SiteAssembler(false).assemble(r.catalog(), r.analysis()), page));
        Document some = Jsoup.parse(
                text(new SiteAssembler(false).withExposureRows(5).assemble(r.catalog(), r.analysis()), page));
        Elements rows = all.select("table.matrix.by-service tbody tr");
        assertTrue(rows.size() > 5, rows.size() + " rows");
        assertEquals(List.of(), all.select("p.exposure-more").eachText());
        assertEquals(5, some.select("table.matrix.by-service tbody tr").size());
        int left = 0;
        for (int i = 5; i < rows.size(); i++)
            left += rows.get(i).select("th code").size();
        assertEquals(
                List.of(left + " more services, reached in " + (rows.size() - 5) + " more ways, are not listed here: "
                        + "catalog.json has the whole report (environments[].exposure), and polcat why --env env-000 "
                        + "FROM TO SERVICE answers one flow."),
                some.select("p.exposure-more").eachText());
        assertEquals("../catalog.json", some.select("p.exposure-more a").attr("href"));
    }

    private static String text(List<Artifact> files, String path) {
        return files.stream()
                .filter(a -> a.path().equals(path))
                .map(Artifact::asText)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void rowsPastTheLimitAreCountedNotListed() {
        Map<String, Object> m = EnvironmentPage.matrixModel(matrix(), 30);
        assertEquals(30, ((List<?>) m.get("rows")).size());
        assertEquals(1, m.get("hiddenRows"));
        assertEquals(10, m.get("hiddenServices"));
    }
}
