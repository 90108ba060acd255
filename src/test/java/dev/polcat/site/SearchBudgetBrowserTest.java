package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.bench.SyntheticFixture;
import dev.polcat.publish.Artifact;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the first search costs on a large site: on the generated 500 policies × 20 environments
 * catalog, a fresh page's first query (a word, a port, an address) loads at most 200 KB of index,
 * measured as the files search.js actually loaded. Only the index page and the search index are
 * written; the other pages play no part in a query.
 */
class SearchBudgetBrowserTest {
    private static final long BUDGET = 200 * 1024;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() {
        driver = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    @Test
    void theFirstQueryOnA500By20SiteLoadsAtMost200KB(@TempDir Path dir) throws Exception {
        SyntheticFixture big = SyntheticFixture.of("500x20x3");
        Path site = dir.resolve("site");
        List<Artifact> files = new ArrayList<>(SearchIndex.artifacts(big.result.catalog(), big.result.analysis()));
        SiteBenchAccess pages = new SiteBenchAccess(big.result.catalog(), big.result.analysis());
        files.add(Artifact.text("index.html", pages.indexPage()));
        try (Layouts layouts = new Layouts(big.dir, false, dev.polcat.render.RenderLimits.DEFAULT)) {
            for (String asset : List.of("site.js", "search.js", "style.css")) files.add(layouts.asset(asset));
        }
        for (Artifact a : files) {
            Path p = site.resolve(a.path());
            Files.createDirectories(p.getParent());
            Files.write(p, a.bytes());
        }
        for (String query : List.of("dns", "peer-p3", "tcp/7001", "10.5.200.1", "svc-0250")) {
            driver.get(site.resolve("index.html").toUri().toString());
            WebElement input = driver.findElement(By.id("search"));
            input.sendKeys(query);
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.id("search-status"))
                            .getAttribute("textContent")
                            .matches("(\\d+ results?|No results).*"));
            assertFalse(driver.findElements(By.cssSelector("#search-results a")).isEmpty(), query + " finds something");
            long bytes = 0;
            for (Object url :
                    (List<?>) ((JavascriptExecutor) driver).executeScript("return window.POLCAT_SEARCH_LOADED;")) {
                bytes += Files.size(Path.of(URI.create(url.toString())));
            }
            System.out.println("first query '" + query + "' loaded " + bytes + " bytes of index");
            assertTrue(bytes <= BUDGET, "'" + query + "' loaded " + bytes + " bytes, over " + BUDGET);
        }
    }
}
