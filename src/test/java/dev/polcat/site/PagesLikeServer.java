package dev.polcat.site;

import com.sun.net.httpserver.HttpServer;
import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.publish.SiteWriter;
import dev.polcat.testing.TestCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A site served as GitHub Pages serves a project site: under {@code /PREFIX/}, with {@code 404.html} (and
 * status 404) for every missing path, at any depth.
 */
final class PagesLikeServer implements AutoCloseable {
    private final HttpServer server;
    private final URI root;

    PagesLikeServer(Path site, String prefix) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(prefix, ex -> {
            Path file = resolve(site, ex.getRequestURI().getPath().substring(prefix.length()));
            boolean missing = file == null;
            byte[] body = Files.readAllBytes(missing ? site.resolve("404.html") : file);
            String name = missing ? "404.html" : file.getFileName().toString();
            ex.getResponseHeaders()
                    .add(
                            "Content-Type",
                            name.endsWith(".html")
                                    ? "text/html; charset=utf-8"
                                    : name.endsWith(".css")
                                            ? "text/css"
                                            : name.endsWith(".js") ? "text/javascript" : "application/octet-stream");
            ex.sendResponseHeaders(missing ? 404 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        root = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + prefix);
    }

    URI root() {
        return root;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static Path resolve(Path site, String rel) {
        Path p = site.resolve(rel.isEmpty() ? "index.html" : rel).normalize();
        if (!p.startsWith(site)) return null;
        if (Files.isDirectory(p)) p = p.resolve("index.html");
        return Files.isRegularFile(p) ? p : null;
    }

    /** The example catalog, copied with {@code extra} appended to its polcat.yaml, built into a temporary site/. */
    static Path exampleSiteWith(String extra) throws Exception {
        Path catalog = Files.createTempDirectory("polcat-baseurl");
        for (String dir : new String[] {"profiles", "templates"}) copy(Path.of(dir), catalog.resolve(dir));
        Files.writeString(
                catalog.resolve("polcat.yaml"), Files.readString(Path.of("polcat.yaml")) + "\n" + extra + "\n");
        BuildResult r = new Build().run(BuildRequest.of(catalog));
        if (r.failed())
            throw new AssertionError(TestCatalog.printed(r.diagnostics().all()));
        Path site = catalog.resolve("out-site");
        new SiteWriter().write(site, r.artifacts());
        return site;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
