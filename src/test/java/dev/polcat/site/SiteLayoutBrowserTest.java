package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site's layout in headless Chromium (Debian's chromium and chromium-driver), from file:// as a user
 * opens it: the environment select, 390 px phones, print, links into another environment's section, copy
 * feedback, the 404 page under a sub-path, and screenshots at 1280 and 390 px for review
 * (target/screenshots). Skipped when Chromium is absent, unless POLCAT_REQUIRE_BROWSER is set.
 */
class SiteLayoutBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static ChromeDriver driver;
    private static Path site;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && System.getenv("POLCAT_REQUIRE_BROWSER") != null) {
            throw new IllegalStateException(
                    "POLCAT_REQUIRE_BROWSER is set but " + CHROMIUM + " or " + DRIVER + " is missing");
        }
        Assumptions.assumeTrue(
                present, "browser tests skipped: install Debian's chromium and chromium-driver to run them");
        site = ExampleSite.onDisk();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1000",
                "--hide-scrollbars",
                "--allow-file-access-from-files");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    @AfterEach
    void reset() {
        if (driver == null) return;
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        open("index.html");
        js("try { localStorage.clear(); } catch (e) {}");
    }

    private static void open(String page) {
        driver.get(site.resolve(page).toUri().toString());
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private static void phone() {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    @Test
    void arrowingThroughTheEnvironmentSelectDoesNotNavigateButEnterDoes() {
        open("index.html");
        String index = driver.getCurrentUrl();
        WebElement select = driver.findElement(By.id("env-switch"));
        select.sendKeys(Keys.ARROW_DOWN);
        select.sendKeys(Keys.ARROW_DOWN);
        assertEquals(index, driver.getCurrentUrl(), "arrowing through the options stays on the page");
        assertFalse(
                js("return document.getElementById('env-switch').value")
                        .toString()
                        .isEmpty(),
                "the select shows the option");
        select.sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("/environments/"));
        String env = driver.findElement(By.id("env-switch")).getAttribute("value");
        assertTrue(driver.getCurrentUrl().endsWith("/environments/" + env + ".html"), driver.getCurrentUrl());
    }

    @Test
    void leavingTheSelectWithoutEnterShowsWhatIsApplied() {
        open("environments/prod.html");
        WebElement select = driver.findElement(By.id("env-switch"));
        select.sendKeys(Keys.ARROW_DOWN);
        select.sendKeys(Keys.TAB);
        assertTrue(driver.getCurrentUrl().endsWith("/environments/prod.html"));
        assertEquals("prod", driver.findElement(By.id("env-switch")).getAttribute("value"));
    }

    @Test
    void at390PixelsNothingScrollsSidewaysAndSearchHasItsOwnRow() {
        phone();
        for (String page : List.of("index.html", "environments/prod.html", "compare.html", "policies/failsafe.html")) {
            open(page);
            long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
            long width = ((Number) js("return document.documentElement.clientWidth")).longValue();
            assertTrue(scroll <= width, page + ": the page is " + scroll + " px wide in a " + width + " px viewport");
            long search =
                    ((Number) js("return document.getElementById('search').getBoundingClientRect().width")).longValue();
            assertTrue(search >= 200, page + ": the search box is " + search + " px wide");
        }
    }

    /**
     * compare.html writes the environments' names once, in each table's head; as cards (under 600 px) each
     * cell shows the names of the columns it spans, which layout.js takes from the head.
     */
    @Test
    void at390PixelsCompareCardsNameTheirEnvironments() {
        phone();
        open("compare.html");
        assertEquals(
                List.of(
                        "ssh-from-management-v4: dev | prod | prod-v6 | staging",
                        "icmp-in: every environment",
                        "dhcp-out: dev | prod, prod-v6, staging"),
                js("""
                        var rows = {};
                        document.querySelectorAll('#cmp-failsafe ~ div tbody tr').forEach(function (tr) {
                          rows[tr.querySelector('th code').textContent] = tr;
                        });
                        return arguments[0].map(function (name) {
                          return name + ': ' + Array.from(rows[name].querySelectorAll('td'))
                            .map(function (td) { return td.getAttribute('data-label'); }).join(' | ');
                        });""", List.of("ssh-from-management-v4", "icmp-in", "dhcp-out")));
        String shown = (String) js(
                "return getComputedStyle(document.querySelector('#cmp-failsafe ~ div tbody td'), '::before').content");
        assertEquals("\"dev\"", shown, "the card shows the label");
    }

    /** A wide exposure matrix scrolls inside its own box; the page itself never scrolls sideways. */
    @Test
    void at1280PixelsTheWideExposureMatrixScrollsInsideItsBox() {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        try {
            open("environments/prod.html");
            long table = ((Number) js("return document.querySelector('table.matrix').scrollWidth")).longValue();
            long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
            long width = ((Number) js("return document.documentElement.clientWidth")).longValue();
            assertTrue(table > width, "the test needs a matrix wider than the page: " + table);
            assertTrue(scroll <= width, "the page is " + scroll + " px wide in a " + width + " px viewport");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void at390PixelsTheExposureMatrixIsCardsThatShowOnlyWhatIsAccepted() {
        phone();
        open("environments/prod.html");
        WebElement row = driver.findElement(By.cssSelector("table.matrix tbody tr"));
        assertEquals("block", row.getCssValue("display"));
        assertTrue(
                driver.findElements(By.cssSelector("table.matrix td.none")).stream()
                        .noneMatch(WebElement::isDisplayed),
                "empty cells are not shown on cards");
    }

    @Test
    void printingShowsNoControlsAndOnlyTheSelectedEnvironment() {
        open("policies/failsafe.html");
        WebElement select = driver.findElement(By.id("env-switch"));
        select.sendKeys("Production");
        select.sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("yaml-file")).getText().contains("prod-failsafe"));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        for (String control : List.of("#env-switch", "#search", "button.copy", "button.yaml-env", "header.top")) {
            assertTrue(
                    driver.findElements(By.cssSelector(control)).stream().noneMatch(WebElement::isDisplayed),
                    control + " prints");
        }
        assertTrue(driver.findElement(By.id("yaml-code")).isDisplayed(), "the selected environment's YAML prints");
        assertTrue(driver.findElement(By.id("yaml-file")).getText().contains("prod-failsafe"));
        open("environments/prod.html");
        assertFalse(
                driver.findElement(By.cssSelector(".page-toc")).isDisplayed(), "the page's table of contents prints");
        assertTrue(driver.findElement(By.id("exposure")).isDisplayed());
    }

    @Test
    void aMatrixLinkOpensTheRuleInThatEnvironment() {
        open("environments/prod-v6.html");
        String href = (String)
                js(
                        "var a = document.querySelector(\"table.matrix a[href*='policies/'][href*='#rule-']\"); return a && a.href;");
        assertTrue(href != null, "the matrix links to rules");
        assertTrue(href.contains("?env=prod-v6#rule-"), href);
        driver.get(href);
        String id = href.substring(href.indexOf('#') + 1);
        waiting().until(d -> d.findElement(By.id(id)).isDisplayed());
        assertEquals("prod-v6", driver.findElement(By.id("env-switch")).getAttribute("value"));
        waiting().until(d -> d.findElement(By.id("yaml-file")).getText().contains("prod-v6-"));
    }

    @Test
    void copyButtonsHaveDistinctNamesAndAnnounceSuccess() {
        open("environments/prod.html");
        List<WebElement> buttons = driver.findElements(By.cssSelector("button.copy"));
        assertTrue(buttons.size() > 3);
        Set<String> names = new HashSet<>();
        for (WebElement b : buttons) {
            String name = b.getAttribute("aria-label");
            assertTrue(name != null && name.startsWith("Copy"), "the name starts with the visible text: " + name);
            names.add(name);
        }
        assertEquals(buttons.size(), names.size(), "every copy button has its own name: " + names);
        WebElement first =
                buttons.stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
        first.click();
        waiting()
                .until(d -> d.findElement(By.id("copy-status"))
                        .getAttribute("textContent")
                        .startsWith("Copied"));
        assertEquals("polite", driver.findElement(By.id("copy-status")).getAttribute("aria-live"));
    }

    @Test
    void theNotFoundPageWorksFromANestedPathUnderASubPath() throws Exception {
        Path withBase = PagesLikeServer.exampleSiteWith("baseUrl: /polcat-catalog/");
        try (PagesLikeServer server = new PagesLikeServer(withBase, "/polcat-catalog/")) {
            driver.get(
                    server.root().resolve("environments/old/deep/nowhere.html").toString());
            assertEquals("Page not found", driver.findElement(By.tagName("h1")).getText());
            assertFalse(
                    js("return getComputedStyle(document.documentElement).getPropertyValue('--control')")
                            .toString()
                            .isBlank(),
                    "the stylesheets loaded");
            driver.findElement(By.linkText("Compare environments")).click();
            waiting().until(d -> d.getCurrentUrl().endsWith("/polcat-catalog/compare.html"));
            assertEquals(
                    "Compare environments", driver.findElement(By.tagName("h1")).getText());
        }
    }

    @Test
    void screenshotsAt1280And390Pixels() throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        for (int width : new int[] {1280, 390}) {
            driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 1400, "deviceScaleFactor", 1, "mobile", width < 600));
            for (String page :
                    List.of("index.html", "environments/prod.html", "policies/failsafe.html", "compare.html")) {
                open(page);
                byte[] png = driver.getScreenshotAs(OutputType.BYTES);
                Files.write(out.resolve(page.replace('/', '-').replace(".html", "-" + width + ".png")), png);
                assertTrue(png.length > 1000);
            }
            open("environments/prod.html");
            js("document.getElementById('exposure').scrollIntoView();");
            Files.write(
                    out.resolve("environments-prod-matrix-" + width + ".png"),
                    driver.getScreenshotAs(OutputType.BYTES));
        }
    }
}
