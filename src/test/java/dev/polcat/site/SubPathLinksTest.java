package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * GitHub Pages serves a project site under https://ORG.github.io/REPO/: served under the prefix /REPO/, every page
 * reachable from the index links only to files that exist under that prefix (an absolute "/..." link would not).
 */
class SubPathLinksTest {
    private static final String PREFIX = "/polcat-catalog/";

    @Test
    void everyLinkResolvesUnderARepositorySubPath() throws Exception {
        Path site = ExampleSite.onDisk();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PREFIX, ex -> {
            Path file = resolve(site, ex.getRequestURI().getPath().substring(PREFIX.length()));
            byte[] body = file == null ? new byte[0] : Files.readAllBytes(file);
            ex.sendResponseHeaders(file == null ? 404 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            URI root = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PREFIX);
            List<String> broken = crawl(root);
            assertEquals(List.of(), broken);
        } finally {
            server.stop(0);
        }
    }

    /** Visits every same-prefix page from the index; returns "page -> link" for each link that does not load. */
    private static List<String> crawl(URI root) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Set<URI> seen = new TreeSet<>();
        Deque<URI> pages = new ArrayDeque<>(List.of(root.resolve("index.html")));
        List<String> broken = new ArrayList<>();
        int checked = 0;
        while (!pages.isEmpty()) {
            URI page = pages.pop();
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Document doc = Jsoup.parse(r.body(), page.toString());
            for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
                String raw = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (raw.startsWith("#") || raw.startsWith("mailto:") || raw.startsWith("data:")) continue;
                URI target = withoutFragment(page.resolve(URI.create(raw.replace(" ", "%20"))));
                if (!target.getHost().equals(root.getHost())
                        && target.getScheme().startsWith("http")) continue;
                if (!seen.add(target)) continue;
                checked++;
                int status = target.getPath().startsWith(root.getPath())
                        ? http.send(
                                        HttpRequest.newBuilder(target)
                                                .method("GET", HttpRequest.BodyPublishers.noBody())
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        : 404;
                if (status != 200) broken.add(root.relativize(page) + " -> " + raw);
                else if (target.getPath().endsWith(".html")) pages.push(target);
            }
        }
        assertTrue(checked > 50, "checked only " + checked + " links: the crawl did not get far");
        return broken;
    }

    private static URI withoutFragment(URI u) {
        return URI.create(u.getScheme() + "://" + u.getRawAuthority() + u.getRawPath());
    }

    /** The file for a request path, or null when it is missing or leaves the site. */
    private static Path resolve(Path site, String rel) {
        Path p = site.resolve(rel.isEmpty() ? "index.html" : rel).normalize();
        if (!p.startsWith(site)) return null;
        if (Files.isDirectory(p)) p = p.resolve("index.html");
        return Files.isRegularFile(p) ? p : null;
    }
}
