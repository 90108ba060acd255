package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search v2 and policy-page permalinks in Chromium, on the example site opened from file://: labels
 * name environment, policy and rule; the environment selector scopes results; Enter opens the rule;
 * ports in the site's notations and addresses by containment; a link to another environment's YAML line.
 */
class SearchAndPermalinkBrowserTest {
    private static ChromeDriver driver;
    private static Path site;

    @BeforeAll
    static void start() throws Exception {
        driver = Chromium.start(1280, 1000);
        site = ExampleSite.onDisk();
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    /** {@code page} may end in a {@code #fragment}, which is not part of the file name. */
    private static void open(String page) {
        int hash = page.indexOf('#');
        String file = hash < 0 ? page : page.substring(0, hash);
        driver.get(site.resolve(file).toUri() + (hash < 0 ? "" : page.substring(hash)));
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private static void scope(String env) {
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('polcat-env', arguments[0]);", env);
    }

    /** The hits' labels once the status says the search is done. */
    private static List<String> search(String query) {
        WebElement input = driver.findElement(By.id("search"));
        input.clear();
        input.sendKeys(query);
        waiting()
                .until(d -> d.findElement(By.id("search-status"))
                        .getAttribute("textContent")
                        .matches("(\\d+ results?|No results).*"));
        return driver.findElements(By.cssSelector("#search-results .hit-title")).stream()
                .map(e -> e.getAttribute("textContent"))
                .toList();
    }

    private static List<String> texts() {
        return driver.findElements(By.cssSelector("#search-results .hit-text")).stream()
                .map(e -> e.getAttribute("textContent"))
                .toList();
    }

    @Test
    void ruleHitsAreLabelledEnvironmentPolicyRuleOncePerEnvironment() {
        open("index.html");
        scope("");
        open("index.html");
        List<String> hits = search("ssh-from-management-v4");
        assertTrue(hits.contains("prod · Failsafe · ssh-from-management-v4"), hits.toString());
        assertTrue(hits.contains("staging · Failsafe · ssh-from-management-v4"), hits.toString());
        assertEquals(hits.size(), hits.stream().distinct().count(), "no two hits look the same: " + hits);
    }

    @Test
    void theEnvironmentSelectorScopesResults() {
        open("environments/prod.html");
        List<String> hits = search("ssh");
        assertFalse(hits.isEmpty());
        hits.stream().filter(h -> h.contains(" · ")).forEach(h -> assertTrue(h.startsWith("prod · "), h));
        new Select(driver.findElement(By.id("env-switch"))).selectByValue("");
        open("index.html");
        assertTrue(search("ssh").stream().anyMatch(h -> h.startsWith("staging · ")), "All environments");
    }

    @Test
    void portNotationsFindTheSshRuleFirst() {
        open("index.html");
        scope("prod");
        open("policies/failsafe.html");
        List<String> tcp22 = search("tcp/22");
        assertEquals("prod · Failsafe · ssh-from-management-v4", tcp22.get(0), tcp22.toString());
        assertEquals(tcp22, search("22/tcp"));
        assertEquals(tcp22, search("port 22"));
        assertFalse(search("udp/22").contains("prod · Failsafe · ssh-from-management-v4"), "the protocol counts");
    }

    @Test
    void anAddressFindsTheRulesWhoseNetsContainItNotSubstrings() {
        open("index.html");
        scope("");
        open("index.html");
        List<String> hits = search("10.30.0.5");
        assertTrue(hits.contains("prod · Failsafe · ssh-from-management-v4"), hits.toString());
        assertTrue(texts().stream().noneMatch(t -> t.contains("10.30.0.53")), texts().toString());
        assertTrue(
                search("10.30.0.0/16").contains("prod · Failsafe · ssh-from-management-v4"),
                "a CIDR finds the nets it overlaps");
        assertFalse(search("10.31.0.5").contains("prod · Failsafe · ssh-from-management-v4"));
    }

    @Test
    void enterOpensTheFirstRuleInItsEnvironment() {
        open("index.html");
        scope("");
        open("index.html");
        WebElement input = driver.findElement(By.id("search"));
        input.sendKeys("staging ssh-from-management-v4");
        input.sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("policies/failsafe.html"));
        assertTrue(
                driver.getCurrentUrl().endsWith("failsafe.html?env=staging#rule-ssh-from-management-v4"),
                driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("rule-ssh-from-management-v4")).isDisplayed());
        waiting()
                .until(d ->
                        d.findElement(By.id("yaml-file")).getText().equals("download/staging/staging-failsafe.yaml"));
    }

    @Test
    void aLinkToAnotherEnvironmentsYamlLineSelectsItAndShowsTheLine() {
        open("index.html");
        scope("prod");
        open("policies/failsafe.html#yaml-prod-v6-L15");
        WebElement line = waiting().until(d -> d.findElement(By.id("yaml-prod-v6-L15")));
        assertTrue(line.isDisplayed());
        assertTrue(line.getAttribute("class").contains("hl"), "the line is marked");
        assertEquals(
                "prod-v6",
                new Select(driver.findElement(By.id("env-switch")))
                        .getFirstSelectedOption()
                        .getAttribute("value"));
        assertEquals(
                "true",
                driver.findElement(By.cssSelector(".yaml-env[data-env=prod-v6]"))
                        .getAttribute("aria-pressed"));
        ((JavascriptExecutor) driver).executeScript("location.hash = '#yaml-staging-L12';");
        waiting()
                .until(d -> !d.findElements(By.id("yaml-staging-L12")).isEmpty()
                        && d.findElement(By.id("yaml-staging-L12"))
                                .getAttribute("class")
                                .contains("hl"));
        assertTrue(driver.findElements(By.id("yaml-prod-v6-L15")).isEmpty(), "one environment's YAML at a time");
        // An environment name in the rules table is such a link.
        driver.findElement(By.cssSelector("#rule-ssh-from-management-v4 .envs a[href^='#yaml-dev-L']"))
                .click();
        waiting().until(d -> d.findElement(By.id("yaml-file")).getText().equals("download/dev/dev-failsafe.yaml"));
    }

    @Test
    void rulesHaveVisiblePermalinksAlsoForIpv6Names() {
        open("policies/failsafe.html");
        WebElement link =
                driver.findElement(By.id("rule-etcd-2001:db8:40:1::11")).findElement(By.cssSelector("a.permalink"));
        assertTrue(link.isDisplayed());
        assertEquals("#rule-etcd-2001:db8:40:1::11", link.getDomAttribute("href"));
        link.click();
        assertTrue(driver.getCurrentUrl().endsWith("#rule-etcd-2001:db8:40:1::11"), driver.getCurrentUrl());
    }

    @Test
    void screenshotsOfTheFailsafePage() throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        for (int width : new int[] {1280, 390}) {
            driver.manage().window().setSize(new Dimension(width, 1000));
            open("policies/failsafe.html");
            waiting()
                    .until(d ->
                            !d.findElements(By.cssSelector("#yaml-code .line")).isEmpty());
            for (String part : List.of("caveats", "rules", "yaml")) {
                driver.findElement(By.id(part)).click();
                ((JavascriptExecutor) driver)
                        .executeScript("document.getElementById(arguments[0]).scrollIntoView();", part);
                byte[] png = driver.getScreenshotAs(OutputType.BYTES);
                Files.write(out.resolve("policy-failsafe-" + part + "-" + width + ".png"), png);
                assertTrue(png.length > 1000);
            }
        }
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }
}
