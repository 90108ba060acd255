package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example site in a real browser (headless Chromium from Debian's chromium and chromium-driver),
 * opened from file:// as a user opens it from disk. Skipped with a message when Chromium is absent
 * locally; CI sets POLCAT_REQUIRE_BROWSER=1 so a missing browser fails instead.
 */
class SiteBrowserTest {
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
                "--allow-file-access-from-files");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    private static void open(String page) {
        driver.get(site.resolve(page).toUri().toString());
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @Test
    void searchingForAPortFindsTheEtcdRuleAndFollowsIt() {
        open("index.html");
        WebElement search = driver.findElement(By.id("search"));
        search.sendKeys("2379");
        waiting()
                .until(d -> !d.findElements(By.cssSelector("#search-results a")).isEmpty());
        List<WebElement> hits = driver.findElements(By.cssSelector("#search-results a"));
        WebElement etcd = hits.stream()
                .filter(h ->
                        h.getText().contains("etcd") && h.getAttribute("href").contains("#"))
                .findFirst()
                .orElseThrow();
        assertTrue(driver.findElement(By.id("search-status")).getText().matches("\\d+ results?"));
        etcd.click();
        waiting().until(d -> d.getCurrentUrl().contains("policies/"));
        String fragment =
                driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf('#') + 1);
        WebElement row = driver.findElement(By.id(fragment));
        assertTrue(row.isDisplayed(), "the rule's row is visible");
        assertTrue(row.getText().contains("2379"), row.getText());
    }

    @Test
    void keyboardSearchWorksWithoutAMouse() {
        open("index.html");
        driver.findElement(By.tagName("body")).sendKeys("/");
        WebElement active = driver.switchTo().activeElement();
        assertEquals("search", active.getAttribute("id"));
        active.sendKeys("failsafe");
        waiting()
                .until(d -> !d.findElements(By.cssSelector("#search-results a")).isEmpty());
        active.sendKeys(Keys.ARROW_DOWN);
        assertTrue(driver.switchTo().activeElement().getAttribute("href").contains(".html"));
    }

    @Test
    void environmentSwitcherPicksTheYamlShownOnPolicyPages() {
        open("policies/failsafe.html");
        new Select(driver.findElement(By.id("env-switch"))).selectByValue("prod");
        waiting().until(d -> d.findElement(By.id("yaml-file")).getText().equals("download/prod/prod-failsafe.yaml"));
        waiting().until(d -> !d.findElements(By.id("yaml-prod-L1")).isEmpty());
        assertTrue(driver.getCurrentUrl().endsWith("policies/failsafe.html"), "stays on the page");
        open("policies/failsafe.html");
        assertEquals(
                "prod",
                new Select(driver.findElement(By.id("env-switch")))
                        .getFirstSelectedOption()
                        .getAttribute("value"),
                "the choice is remembered");
        waiting().until(d -> d.findElement(By.id("yaml-file")).getText().equals("download/prod/prod-failsafe.yaml"));
        driver.findElement(By.cssSelector(".yaml-env[data-env=staging]")).click();
        waiting().until(d -> !d.findElements(By.id("yaml-staging-L1")).isEmpty());
        assertTrue(driver.findElements(By.id("yaml-prod-L1")).isEmpty(), "one environment's YAML at a time");
        assertEquals(
                "Showing the YAML of staging.",
                driver.findElement(By.id("yaml-status")).getText());
    }

    @Test
    void withoutItsYamlScriptThePolicyPagePointsToTheDownload(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("policies"));
        Files.copy(site.resolve("policies/failsafe.html"), dir.resolve("policies/failsafe.html"));
        try (var assets = Files.list(site.resolve("assets"))) {
            Files.createDirectories(dir.resolve("assets"));
            for (Path a : assets.filter(Files::isRegularFile).toList())
                Files.copy(a, dir.resolve("assets").resolve(a.getFileName()));
        }
        driver.get(dir.resolve("policies/failsafe.html").toUri() + "#yaml-prod-L3");
        waiting().until(d -> d.findElement(By.id("yaml-status")).getText().startsWith("Could not"));
        assertEquals(
                "Could not load the YAML of prod; use the download link.",
                driver.findElement(By.id("yaml-status")).getText());
        driver.findElement(By.cssSelector(".yaml-env[data-env=staging]")).click();
        assertEquals(
                "Could not load the YAML of staging; use the download link.",
                driver.findElement(By.id("yaml-status")).getText());
        assertEquals(
                "download/staging/staging-failsafe.yaml",
                driver.findElement(By.id("yaml-file")).getText());
        // Read here, so that everyPageLoadsWithoutConsoleErrors does not: the script was asked for once.
        assertEquals(
                List.of(dir.resolve("policies/yaml/failsafe.js").toUri()
                        + " - Failed to load resource: net::ERR_FILE_NOT_FOUND"),
                driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                        .map(LogEntry::getMessage)
                        .toList());
    }

    @Test
    void theYamlViewHighlightsTheDownloadedFileLineByLine() throws Exception {
        open("policies/failsafe.html");
        new Select(driver.findElement(By.id("env-switch"))).selectByValue("prod");
        waiting().until(d -> !d.findElements(By.id("yaml-prod-L1")).isEmpty());
        JavascriptExecutor js = driver;
        assertEquals(
                "<span class=\"yk\">apiVersion</span>: <span class=\"yv\">projectcalico.org/v3</span>",
                js.executeScript("return document.getElementById('yaml-prod-L7').innerHTML;"));
        assertEquals(
                "  <span class=\"yk\">order</span>: <span class=\"yn\">0</span>",
                js.executeScript("return document.getElementById('yaml-prod-L12').innerHTML;"));
        assertEquals(
                "<span class=\"yc\"># Apply with:  calicoctl apply -f prod-failsafe.yaml</span>",
                js.executeScript("return document.getElementById('yaml-prod-L5').innerHTML;"));
        assertEquals(
                Files.readString(site.resolve("download/prod/prod-failsafe.yaml")),
                js.executeScript("return document.querySelector('#yaml-code code').textContent;"),
                "the view shows the file as downloaded, line for line");
    }

    @Test
    void yamlFromTheCatalogIsShownAsTextNeverAsMarkup() {
        open("policies/failsafe.html");
        waiting().until(d -> !d.findElements(By.cssSelector("#yaml-code .line")).isEmpty());
        String hostile = "# <img src=x onerror=\"document.title='xss'\">\n"
                + "k<b>: \"<script>alert(1)</script>\"\n"
                + "- [a<i>, 'b&amp;', 1]\n";
        driver.executeScript(
                "var lines = arguments[0].split('\\n');"
                        + "window.polcatYaml({policy: 'failsafe', lines: lines, envs: {dev: [0, 1 - lines.length]}});"
                        + "document.querySelector('.yaml-env[data-env=dev]').click();",
                hostile);
        waiting().until(d -> !d.findElements(By.id("yaml-dev-L3")).isEmpty());
        JavascriptExecutor js = driver;
        assertEquals(hostile, js.executeScript("return document.querySelector('#yaml-code code').textContent;"));
        assertEquals(
                0L,
                js.executeScript(
                        "return document.querySelectorAll('#yaml-code img, #yaml-code script, #yaml-code b, #yaml-code i').length;"));
        assertEquals(
                "- [<span class=\"yv\">a&lt;i&gt;</span>, <span class=\"ys\">'b&amp;amp;'</span>, <span class=\"yn\">1</span>]",
                js.executeScript("return document.getElementById('yaml-dev-L3').innerHTML;"));
    }

    @Test
    void copyButtonCopiesTheYaml() {
        open("policies/failsafe.html");
        new Select(driver.findElement(By.id("env-switch"))).selectByValue("prod");
        waiting().until(d -> !d.findElements(By.id("yaml-prod-L1")).isEmpty());
        WebElement button = driver.findElement(By.cssSelector("#yaml-view button.copy"));
        button.click();
        waiting().until(d -> "true".equals(button.getAttribute("data-copied")));
        assertEquals("Copied", button.getText());
        Object clip = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "var done = arguments[0]; navigator.clipboard.readText().then(done, function () { done(null); });");
        if (clip != null) {
            assertTrue(clip.toString().startsWith("# Generated by polcat."), clip.toString());
            assertFalse(clip.toString().contains("\n1#"), "line numbers are not copied");
        }
    }

    @Test
    void everyPageLoadsWithoutConsoleErrors() throws Exception {
        List<String> problems = new ArrayList<>();
        try (var walk = Files.walk(site)) {
            for (Path p :
                    walk.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                driver.get(p.toUri().toString());
                for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                    if (e.getLevel().intValue() >= Level.WARNING.intValue())
                        problems.add(site.relativize(p) + ": " + e.getMessage());
                }
                List<?> broken = (List<?>) ((JavascriptExecutor) driver)
                        .executeScript(
                                // Links to YAML lines resolve once their environment's fragment is loaded
                                // (SitePagesTest checks them).
                                "return Array.prototype.filter.call(document.querySelectorAll('a[href^=\"#\"]:not([href^=\"#yaml-\"])'), function (a) {"
                                        + " return !document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1))); })"
                                        + ".map(function (a) { return a.getAttribute('href'); });");
                broken.forEach(b -> problems.add(site.relativize(p) + ": broken anchor " + b));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void darkModeFollowsTheSystemSetting() {
        open("index.html");
        String light = background();
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        open("index.html");
        String dark = background();
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
        assertFalse(light.equals(dark), light + " vs " + dark);
        assertEquals("rgb(13, 17, 23)", dark);
    }

    private static String background() {
        return (String)
                ((JavascriptExecutor) driver).executeScript("return getComputedStyle(document.body).backgroundColor;");
    }

    @Test
    void everyDownloadIsNamedForItsEnvironment() {
        for (String env : List.of("prod", "staging")) {
            open("environments/" + env + ".html");
            List<WebElement> links = driver.findElements(By.cssSelector("a[download]"));
            assertTrue(links.size() > 3, "downloads on " + env);
            for (WebElement a : links) {
                String name = a.getAttribute("download");
                assertTrue(
                        name.startsWith(env + "-")
                                || name.equals("polcat-" + env + ".zip")
                                || name.equals("kustomization.yaml"),
                        env + ": " + name);
                assertTrue(
                        a.getAttribute("href").endsWith("/download/" + env + "/" + name)
                                || a.getAttribute("href").endsWith("/download/" + name),
                        a.getAttribute("href"));
            }
        }
        open("policies/failsafe.html");
        assertEquals(
                "staging-failsafe.yaml",
                driver.findElement(By.cssSelector("tr[data-env=staging] a[download]"))
                        .getAttribute("download"));
    }

    @Test
    void twoEnvironmentsBundlesDownloadSideBySide() throws Exception {
        Path into = Files.createTempDirectory("polcat-downloads");
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", into.toString()));
        for (String env : List.of("prod", "staging")) {
            open("environments/" + env + ".html");
            driver.findElement(By.cssSelector("a[download='" + env + "-all.yaml']"))
                    .click();
        }
        Path prod = into.resolve("prod-all.yaml");
        Path staging = into.resolve("staging-all.yaml");
        waiting().until(d -> Files.exists(prod) && Files.exists(staging));
        assertTrue(Files.readString(prod).contains("# Environment: prod ("), "prod's bundle holds prod");
        assertTrue(Files.readString(staging).contains("# Environment: staging ("), "staging's bundle holds staging");
    }

    @Test
    void applyTabsShowOneWayOfGettingTheFilesAtATime() {
        open("environments/prod.html");
        WebElement browser = driver.findElement(By.id("panel-browser"));
        WebElement zip = driver.findElement(By.id("panel-zip"));
        WebElement repo = driver.findElement(By.id("panel-repo"));
        assertTrue(browser.isDisplayed());
        assertFalse(zip.isDisplayed());
        assertEquals(
                "# prod-all.yaml holds Kubernetes NetworkPolicies, which calicoctl cannot read\n"
                        + "kubectl apply -f prod-all.yaml",
                driver.findElement(By.id("cmd-browser-calicoctl")).getText());
        driver.findElement(By.id("tab-zip")).click();
        assertTrue(zip.isDisplayed());
        assertFalse(browser.isDisplayed());
        assertEquals("true", driver.findElement(By.id("tab-zip")).getAttribute("aria-selected"));
        assertTrue(driver.findElement(By.id("cmd-zip-kubectl"))
                .getText()
                .startsWith("unzip -o polcat-prod.zip && (for f in"));
        driver.findElement(By.id("tab-zip")).sendKeys(Keys.ARROW_RIGHT);
        assertTrue(repo.isDisplayed());
        assertFalse(zip.isDisplayed());
        assertEquals("tab-repo", driver.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void screenshotsForReview() throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        for (String page : List.of("index.html", "policies/failsafe.html", "environments/prod.html")) {
            open(page);
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.write(out.resolve(page.replace('/', '-').replace(".html", ".png")), png);
            assertTrue(png.length > 1000);
        }
        Dimension size = driver.manage().window().getSize();
        for (int width : new int[] {1280, 390}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            open("environments/prod.html");
            driver.findElement(By.id("tab-repo")).click();
            ((JavascriptExecutor) driver).executeScript("document.getElementById('apply').scrollIntoView()");
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.write(out.resolve("environments-prod-apply-" + width + ".png"), png);
            assertTrue(png.length > 1000);
        }
        driver.manage().window().setSize(size);
    }
}
