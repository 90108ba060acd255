package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GitHub Pages answers every missing URL of a project site with its 404.html, whatever the depth: with
 * {@code baseUrl} in polcat.yaml, every link, stylesheet and script of that page loads from a nested path.
 */
class NotFoundPageTest {
    private static final String PREFIX = "/polcat-catalog/";
    private static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = PagesLikeServer.exampleSiteWith("baseUrl: " + PREFIX);
    }

    @Test
    void everyLinkOfThe404PageLoadsFromANestedMissingPath() throws Exception {
        try (PagesLikeServer server = new PagesLikeServer(site, PREFIX)) {
            HttpClient http = HttpClient.newHttpClient();
            URI missing = server.root().resolve("policies/renamed/deeper/gone.html");
            HttpResponse<String> page =
                    http.send(HttpRequest.newBuilder(missing).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, page.statusCode());
            Document doc = Jsoup.parse(page.body(), missing.toString());
            assertEquals("Page not found", doc.selectFirst("h1").text());
            List<String> broken = new ArrayList<>();
            int checked = 0;
            for (Element e : doc.select("a[href], link[href], script[src]")) {
                String raw = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (raw.startsWith("#")) continue;
                assertTrue(raw.startsWith(PREFIX), "links start at the site's path: " + raw);
                URI target = missing.resolve(raw);
                int status = http.send(HttpRequest.newBuilder(target).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status != 200) broken.add(raw + " -> " + status);
                checked++;
            }
            assertEquals(List.of(), broken);
            assertTrue(checked >= 10, "checked only " + checked + " links");
        }
    }

    @Test
    void theOtherPagesStayRelativeSoTheSiteStillOpensFromDisk() throws Exception {
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        for (Element e : index.select("a[href], link[href], script[src]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            assertTrue(!url.startsWith("/"), "index.html: " + url);
        }
    }
}
