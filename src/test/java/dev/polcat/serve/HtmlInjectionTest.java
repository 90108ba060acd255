package dev.polcat.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.build.BuildResult;
import dev.polcat.publish.Artifact;
import dev.polcat.testing.TestCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the dev server changes in served pages, and the CSP it sends. */
class HtmlInjectionTest {
    @TempDir
    Path dir;

    @Test
    void theFastByteWayGivesTheSamePagesAsTheGeneralOne() {
        BuildResult r = TestCatalog.minimal(dir).build();
        int pages = 0;
        for (Artifact a : r.artifacts()) {
            if (!a.path().endsWith(".html")) continue;
            pages++;
            for (String overlay : new String[] {
                null, HtmlInjection.overlay("polcat: build failed", "x.ftl:1:1: error: <b> & 'q'", true)
            }) {
                HtmlInjection.Injected slow = HtmlInjection.inject(a.asText(), 7, overlay);
                HtmlInjection.InjectedBytes fast = HtmlInjection.inject(a.bytes(), 7, overlay);
                assertEquals(slow.html(), new String(fast.html(), StandardCharsets.UTF_8), a.path());
                assertEquals(slow.cspHeader(), fast.cspHeader(), a.path());
                assertTrue(
                        slow.html()
                                .contains("<script src=\"/__polcat/reload.js\" data-version=\"7\" defer></script>\n"
                                        + (overlay == null
                                                ? ""
                                                : "<link rel=\"stylesheet\" href=\"/__polcat/overlay.css\">\n")
                                        + "</head>"),
                        a.path());
                if (overlay != null) {
                    assertTrue(slow.html().contains("&lt;b&gt; &amp; &#39;q&#39;"), "the diagnostics are escaped");
                    assertTrue(
                            slow.html().indexOf("polcat-build-error")
                                    > slow.html().indexOf("<body"),
                            "overlay inside body");
                }
            }
        }
        assertTrue(pages >= 3, "pages: " + pages);
    }

    @Test
    void aPageWithoutHeadOrBodyStillGetsTheScript() {
        HtmlInjection.Injected i = HtmlInjection.inject("<p>hi</p>", 3, null);
        assertEquals("<script src=\"/__polcat/reload.js\" data-version=\"3\" defer></script>\n<p>hi</p>", i.html());
        assertEquals(ServeCsp.DEFAULT_PAGE + "; frame-ancestors 'none'", i.cspHeader());
        assertArrayEquals(
                i.html().getBytes(StandardCharsets.UTF_8),
                HtmlInjection.inject("<p>hi</p>".getBytes(StandardCharsets.UTF_8), 3, null)
                        .html());
    }

    @Test
    void theMetaPolicyIsRelaxedOnlyForTheReloadScript() {
        String page = "<html><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; script-src &#39;none&#39;; "
                + "img-src &#39;self&#39;; style-src &#39;self&#39;; base-uri &#39;none&#39;\"></head><body></body></html>";
        HtmlInjection.Injected i = HtmlInjection.inject(page, 1, null);
        assertTrue(
                i.html()
                        .contains(
                                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; "
                                        + "img-src 'self'; style-src 'self'; base-uri 'none'; connect-src 'self'\">"),
                i.html());
        assertEquals(
                "default-src 'none'; script-src 'self'; img-src 'self'; style-src 'self'; base-uri 'none'; connect-src 'self'; "
                        + "frame-ancestors 'none'",
                i.cspHeader());
    }

    @Test
    void aHostileLayoutCannotLoosenTheServedPolicy() {
        String csp = ServeCsp.forHeader("script-src * 'unsafe-inline' 'unsafe-eval' https://evil.example 'nonce-abc'; "
                + "img-src data: https:; connect-src *; style-src 'unsafe-inline'; report-uri https://evil.example/r; "
                + "frame-src https://evil.example");
        assertEquals(
                "script-src 'self'; img-src data:; connect-src 'self'; style-src 'none'; frame-src 'none'; "
                        + "default-src 'none'; frame-ancestors 'none'",
                csp);
        assertFalse(csp.contains("unsafe"));
        assertFalse(csp.contains("evil"));
        // a policy without default-src would allow everything else: one is added
        assertTrue(ServeCsp.forHeader("script-src 'self'").contains("default-src 'none'"));
    }
}
