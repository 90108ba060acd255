package dev.polcat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.polcat.build.BuildRequest;
import dev.polcat.publish.Artifact;
import dev.polcat.testing.TestCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code polcat serve} end to end: a real server on a free port over a catalog in a temp folder, fetched
 * with {@link HttpClient}; edits are made on disk and the test waits (generously: a limit, not a
 * benchmark) for the watcher to rebuild.
 */
class ServeTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String TEMPLATE = "templates/policies/ssh.yaml.ftl";

    @TempDir
    Path dir;

    private TestCatalog catalog;
    private DevServer server;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws IOException {
        catalog = TestCatalog.minimal(dir.resolve("cat"));
        server = DevServer.start(
                ServeOptions.of(BuildRequest.of(catalog.root()), InetAddress.getLoopbackAddress(), 0),
                new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    @Test
    void servesTheSiteAndFollowsEditsThroughABrokenTemplateAndBack() throws Exception {
        assertTrue(out.toString().startsWith("built in "), out.toString());
        HttpResponse<String> page = get("/policies/ssh.html");
        assertEquals(200, page.statusCode());
        // The policy page loads its environments' YAML from a fragment script, one string per line.
        assertTrue(get("/policies/yaml/ssh.js").body().contains("order: 10\""), "the policy's YAML is served");
        assertTrue(
                page.body().contains("<script src=\"/__polcat/reload.js\" data-version=\"1\" defer></script>"),
                page.body());
        assertFalse(page.body().contains("polcat-build-error"));
        assertEquals("1", get("/__polcat/version").body());

        // change a template: the page follows
        edit(TEMPLATE, "order: 10", "order: 4321");
        long v2 = awaitVersionAbove(1);
        awaitPage("/policies/yaml/ssh.js", b -> b.contains("4321"));
        HttpResponse<String> changed = get("/policies/ssh.html");
        assertTrue(changed.body().contains("data-version=\"" + v2 + "\""), "the page carries its build's counter");
        assertTrue(get("/download/dev/dev-ssh.yaml").body().contains("order: 4321"));
        assertTrue(out.toString().contains("rebuilt in "), out.toString());

        // break it: every page shows the diagnostics exactly as the CLI prints them; the last good site stays
        edit(TEMPLATE, "order: 4321", "order: ${notDeclared}");
        // Literal texts, not the production escaper applied to the printer's output: a bug shared by the
        // page and the expectation would pass unseen.
        String printed = """
                templates/policies/ssh.yaml.ftl:6:12: error: 'notDeclared' is not declared in templates/policies/ssh.md; add it under parameters: [P202] (env dev, policy ssh)
                  hint: notDeclared: {type: ..., description: ...}, and set its value in the profiles""";
        String shown = """
                templates/policies/ssh.yaml.ftl:6:12: error: &#39;notDeclared&#39; is not declared in templates/policies/ssh.md; add it under parameters: [P202] (env dev, policy ssh)
                  hint: notDeclared: {type: ..., description: ...}, and set its value in the profiles""";
        assertEquals(printed, TestCatalog.printed(catalog.build().diagnostics().all()));
        HttpResponse<String> broken = awaitPage("/policies/ssh.html", b -> b.contains("notDeclared"));
        assertEquals(200, broken.statusCode());
        assertTrue(broken.body().contains(shown), broken.body());
        assertTrue(broken.body().contains("polcat: 1 error, 0 warnings"), broken.body());
        assertTrue(broken.body().contains("Rules"), "the last good page is still served under the overlay");
        assertTrue(get("/policies/yaml/ssh.js").body().contains("4321"), "with its YAML");
        assertTrue(broken.body().contains("href=\"/__polcat/overlay.css\""));
        HttpResponse<String> index = get("/");
        assertTrue(index.body().contains("polcat-build-error"), "every HTML page shows the overlay");
        assertFalse(
                get("/download/dev/dev-ssh.yaml").body().contains("polcat-build-error"), "only HTML gets the overlay");
        assertTrue(get("/download/dev/dev-ssh.yaml").body().contains("order: 4321"), "the last good files stay up");
        awaitOutput("build failed: 1 error (the previous site stays up)");
        assertTrue(err.toString().contains(printed), err.toString());

        // fix it: recovery
        edit(TEMPLATE, "order: ${notDeclared}", "order: 77");
        awaitPage("/download/dev/dev-ssh.yaml", b -> b.contains("order: 77"));
        HttpResponse<String> fixed = get("/policies/ssh.html");
        assertFalse(fixed.body().contains("polcat-build-error"), fixed.body());
        assertTrue(get("/policies/yaml/ssh.js").body().contains("order: 77\""), "the fixed YAML is served");
        assertFalse(get("/").body().contains("polcat-build-error"));
    }

    @Test
    void versionCountsBuildsAndNewFoldersAreWatched() throws Exception {
        long v1 = Long.parseLong(get("/__polcat/version").body());
        Files.createDirectories(catalog.root().resolve("templates/lib"));
        long v2 = awaitVersionAbove(v1);
        Files.writeString(catalog.root().resolve("templates/lib/util.ftl"), "<#macro nothing></#macro>\n");
        long v3 = awaitVersionAbove(v2);
        Files.writeString(catalog.root().resolve("templates/lib/util.ftl"), "<#macro nothing2></#macro>\n");
        awaitVersionAbove(v3); // a change inside a folder created while serving
        long v4 = server.version();
        Files.writeString(catalog.root().resolve("polcat.yaml"), "title: Renamed catalog\n");
        awaitVersionAbove(v4);
        awaitPage("/", b -> b.contains("Renamed catalog"));
    }

    @Test
    void servesOnlyBuiltFilesWithTheirTypesAndSecurityHeaders() throws Exception {
        HttpResponse<String> index = get("/");
        assertEquals(200, index.statusCode());
        assertEquals(get("/index.html").body(), index.body());
        assertEquals("text/html; charset=utf-8", type(index));
        assertSecurityHeaders(index);
        String csp = index.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertTrue(csp.contains("connect-src 'self'"), csp);
        assertTrue(csp.contains("default-src 'none'"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);

        assertEquals("text/css; charset=utf-8", type(get("/assets/style.css")));
        assertEquals("text/plain; charset=utf-8", type(get("/download/dev/dev-ssh.yaml")));
        assertEquals("application/json; charset=utf-8", type(get("/catalog.json")));
        HttpResponse<String> js = get("/__polcat/reload.js");
        assertEquals("text/javascript; charset=utf-8", type(js));
        assertTrue(js.body().contains("/__polcat/version"));
        assertSecurityHeaders(js);
        assertEquals("text/css; charset=utf-8", type(get("/__polcat/overlay.css")));

        HttpResponse<String> missing = get("/no-such-page.html");
        assertEquals(404, missing.statusCode());
        assertEquals("text/html; charset=utf-8", type(missing));
        assertSecurityHeaders(missing);
        assertFalse(missing.body().contains("no-such-page"), "the 404 page does not echo the address");
        if (catalog.build().artifacts().stream().anyMatch(a -> a.path().equals("404.html"))) {
            // the site's own 404 page, served at any depth: its root-relative links go through <base href="/">
            HttpResponse<String> deep = get("/policies/deeper/nope.html");
            assertEquals(404, deep.statusCode());
            assertTrue(deep.body().contains("<base href=\"/\">"), deep.body());
            assertTrue(deep.headers()
                    .firstValue("Content-Security-Policy")
                    .orElse("")
                    .contains("base-uri 'self'"));
            assertFalse(get("/404.html").body().contains("<base"), "only the not-found response gets the base");
        }
        assertEquals(404, get("/__polcat/nothing").statusCode());
        assertEquals(404, get("/policies/").statusCode());

        // traversal and encodings, sent byte for byte (an HTTP client might normalize them)
        for (String path : new String[] {
            "/../pom.xml",
            "/%2e%2e/",
            "/%2e%2e/pom.xml",
            "/..%2fpom.xml",
            "/%2E%2E%2Fpom.xml",
            "/assets/../index.html",
            "/./index.html",
            "/index.html%00",
            "/profiles/dev.yaml",
            "/templates/policies/ssh.yaml.ftl",
            "/.polcat-manifest",
            "/download/dev/../../pom.xml",
            "/C:/Windows/win.ini"
        }) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertTrue(
                    response.startsWith("HTTP/1.1 404 "),
                    path + " → " + response.lines().findFirst().orElse(""));
            assertTrue(
                    response.contains("X-content-type-options: nosniff")
                            || response.contains("X-Content-Type-Options: nosniff"),
                    path);
        }

        // an empty path (the JDK's server answers this one itself, without calling polcat's handler)
        assertTrue(raw("GET //index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 404 "));

        // another method, and a name other than the loopback's (DNS rebinding)
        assertTrue(raw("POST /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 405 "));
        assertTrue(raw("GET / HTTP/1.1\r\nHost: attacker.example:" + server.port() + "\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 403 "));
        assertTrue(raw("GET / HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 200 "));
    }

    @Test
    void injectsOnlyWhenServingNeverIntoTheBuiltFiles() throws Exception {
        for (Artifact a : catalog.build().artifacts()) {
            assertFalse(a.asText().contains("__polcat"), a.path());
        }
        HttpResponse<String> page = get("/index.html");
        assertTrue(page.body().contains("/__polcat/reload.js"));
        int meta = page.body().indexOf("http-equiv=\"Content-Security-Policy\"");
        if (meta >= 0) { // the page's own policy must let the reload script run and poll
            String tag = page.body().substring(meta, page.body().indexOf('>', meta));
            assertTrue(tag.contains("script-src 'self'"), tag);
            assertTrue(tag.contains("connect-src 'self'"), tag);
        }
        assertFalse(page.body().contains("<script>"), "no inline script");
    }

    @Test
    void aSecondServerOnTheSamePortFailsToBind() {
        try {
            DevServer second = DevServer.start(
                    ServeOptions.of(BuildRequest.of(catalog.root()), InetAddress.getLoopbackAddress(), server.port()),
                    new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter()));
            second.close();
            fail("bound a port that is in use");
        } catch (java.net.BindException expected) {
            // what ServeCommand turns into exit code 2
        } catch (IOException e) {
            fail(e);
        }
    }

    @Test
    void theCommandExitsWith2WhenThePortIsTaken() {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int exit = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            var cl = dev.polcat.cli.PolcatCommand.commandLine();
            cl.setOut(new PrintWriter(o));
            cl.setErr(new PrintWriter(e));
            return cl.execute("serve", "-C", catalog.root().toString(), "--port", Integer.toString(server.port()));
        });
        assertEquals(2, exit, o + "\n" + e);
        assertTrue(
                e.toString()
                        .contains("polcat: error: cannot listen on 127.0.0.1:" + server.port()
                                + ": the port is already in use"),
                e.toString());
        assertTrue(e.toString().contains("--port"), e.toString());
        assertEquals("", o.toString(), "nothing was built or served");
    }

    // ------------------------------------------------------------------ helpers

    private static void assertSecurityHeaders(HttpResponse<?> r) {
        assertNotNull(r.headers().firstValue("Content-Security-Policy").orElse(null), "CSP");
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(null));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(null));
    }

    private static String type(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    private void edit(String path, String from, String to) throws IOException {
        Path p = catalog.root().resolve(path);
        String before = Files.readString(p);
        assertTrue(before.contains(from), path + " has no '" + from + "'");
        Files.writeString(p, before.replace(from, to));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String raw(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(10_000);
            OutputStream o = s.getOutputStream();
            o.write(request.getBytes(StandardCharsets.ISO_8859_1));
            o.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private HttpResponse<String> awaitPage(String path, Predicate<String> ok) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = get(path);
            if (ok.test(last.body())) return last;
            Thread.sleep(50);
        }
        fail("timed out waiting for " + path + "; stdout:\n" + out + "\nstderr:\n" + err + "\nlast body:\n"
                + (last == null ? "" : last.body()));
        return null;
    }

    private long awaitVersionAbove(long v) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            long now = Long.parseLong(get("/__polcat/version").body().trim());
            if (now > v) return now;
            Thread.sleep(50);
        }
        fail("timed out waiting for a build after version " + v + "; stdout:\n" + out + "\nstderr:\n" + err);
        return -1;
    }

    private void awaitOutput(String line) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (out.toString().contains(line)) return;
            Thread.sleep(50);
        }
        fail("no '" + line + "' in stdout:\n" + out);
    }
}
