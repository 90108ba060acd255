package dev.polcat.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.polcat.analyze.verify.ExposureMemo;
import dev.polcat.build.Build;
import dev.polcat.build.BuildListener;
import dev.polcat.build.BuildResult;
import dev.polcat.diag.ControlChars;
import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.diag.Diagnostics;
import dev.polcat.publish.Artifact;
import dev.polcat.publish.OutputPaths;
import dev.polcat.render.AbandonedRenders;
import dev.polcat.site.LayoutException;
import dev.polcat.site.PolicyHistory;
import freemarker.core.ParseException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code polcat serve}: builds the site in memory, serves it over HTTP, and rebuilds it when the catalog
 * changes.
 *
 * <p>Threads: the JDK's {@link HttpServer} accepts connections and hands each exchange to a small pool of
 * daemon threads ({@code polcat-http-N}); one daemon thread ({@code polcat-watch}, see
 * {@link CatalogWatcher}) waits for file events, debounces them and runs the rebuild itself, so builds
 * never overlap. A build produces a complete, immutable {@link SiteState}, which replaces the previous
 * one with a single reference swap: a request reads the reference once and sees one build only.
 *
 * <p>Only paths that exist in the built artifacts are served (a map lookup; the file system is never
 * read at request time), so no request can reach anything else. A failed build keeps the last good
 * files and shows the diagnostics over every page until the next good build.
 */
public final class DevServer implements AutoCloseable {
    private static final String VERSION_PATH = "/__polcat/version";
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

    private final ServeOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final HttpServer http;
    private final ExecutorService httpThreads;
    private final CatalogWatcher watcher;
    private final boolean loopbackOnly;
    private final AtomicReference<SiteState> state = new AtomicReference<>(SiteState.empty());
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Object buildLock = new Object();
    private volatile boolean stoppedForStuckRender;
    private final long abandonedBefore = AbandonedRenders.mark();
    private long builds;
    private List<Artifact> lastGood;
    private ExposureMemo exposures = new ExposureMemo(); // the last build's reports, for unchanged environments
    private String lastWarnings = "";

    private DevServer(ServeOptions options, PrintWriter out, PrintWriter err) throws IOException {
        this.options = options;
        this.out = out;
        this.err = err;
        this.loopbackOnly = options.bind().isLoopbackAddress();
        // Bind first: a taken port fails at once (BindException), before any work is done.
        this.http = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 64);
        AtomicInteger n = new AtomicInteger();
        this.httpThreads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "polcat-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            // Watch before the first build, so that an edit made while it runs is not missed.
            this.watcher = new CatalogWatcher(options.request().catalogDir(), options.debounce());
        } catch (IOException | RuntimeException e) {
            http.stop(0);
            httpThreads.shutdownNow();
            throw e;
        }
    }

    /**
     * Binds the port, builds once, and starts serving and watching.
     *
     * @throws java.net.BindException when the port is taken
     */
    public static DevServer start(ServeOptions options, PrintWriter out, PrintWriter err) throws IOException {
        DevServer s = new DevServer(options, out, err);
        s.rebuild(null);
        if (s.closed.get()) return s; // the first build got stuck (see stopIfARenderIsStuck)
        s.http.createContext("/", s::handle);
        s.http.setExecutor(s.httpThreads);
        s.http.start();
        s.watcher.start(s::rebuild);
        return s;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    public URI url() {
        InetAddress a = options.bind();
        String host = a.isAnyLocalAddress()
                ? "127.0.0.1"
                : a instanceof Inet6Address
                        ? "[" + a.getHostAddress().replaceFirst("%.*", "") + "]"
                        : a.getHostAddress();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** The build counter: how many builds (good or failed) have finished. */
    public long version() {
        return state.get().version();
    }

    public boolean loopbackOnly() {
        return loopbackOnly;
    }

    /** Blocks until {@link #close} has been called. */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        watcher.close();
        http.stop(0);
        httpThreads.shutdownNow();
        stopped.countDown();
    }

    // ---------------------------------------------------------------- building

    /** Runs a build and swaps in its result. {@code changed} is null for the first build. */
    private void rebuild(String changed) {
        synchronized (buildLock) {
            if (closed.get()) return;
            long start = System.nanoTime();
            Outcome o = runBuild();
            long version = ++builds;
            SiteState next;
            if (o.failed()) {
                String headline = "polcat: build failed: " + count(o.errors, "error")
                        + (lastGood != null ? " (showing the last good site)" : "");
                next = SiteState.of(version, lastGood, HtmlInjection.overlay(headline, o.printed, lastGood != null));
            } else {
                lastGood = o.artifacts;
                next = SiteState.of(version, lastGood, null);
            }
            state.set(next);
            long ms = (System.nanoTime() - start) / 1_000_000;
            report(o, changed, ms);
            stopIfARenderIsStuck();
        }
    }

    /**
     * A render stuck inside one FreeMarker built-in cannot be stopped short of ending the process (there is
     * no {@code Thread.stop} from Java 20), so the server stops rather than keep a CPU core busy for as long
     * as it runs. The build error above already named the template and line.
     */
    private void stopIfARenderIsStuck() {
        List<String> stuck = AbandonedRenders.stillRunningSince(abandonedBefore);
        if (stuck.isEmpty()) return;
        String where = stuck.get(0).isEmpty() ? "" : " at templates/" + stuck.get(0);
        err.println(printable("polcat serve: stopping: a render is stuck inside one FreeMarker built-in" + where
                + " past its time limit, and only ending the process stops it (it keeps a CPU core busy)"));
        err.println("  hint: fix the template the error above names, then start polcat serve again");
        err.flush();
        stoppedForStuckRender = true;
        close();
    }

    /** True when the server stopped itself because a render could not be stopped (see the message it printed). */
    public boolean stoppedForStuckRender() {
        return stoppedForStuckRender;
    }

    private record Outcome(List<Artifact> artifacts, String printed, String warnings, long errors) {
        boolean failed() {
            return artifacts == null;
        }
    }

    private Outcome runBuild() {
        BuildResult r;
        try {
            ExposureMemo memo = exposures;
            try {
                r = new Build(BuildListener.NONE, PolicyHistory.NONE, memo).run(options.request());
            } finally {
                exposures = memo.next();
            }
        } catch (LayoutException e) { // a broken layout override in templates/layouts/
            String layout = String.valueOf(e.layout());
            String where = (layout.contains("/") ? layout : "templates/layouts/" + layout)
                    + (e.line() != null ? ":" + e.line() : "");
            return new Outcome(
                    null, printable(where + ": error: " + e.getMessage()) + "\npolcat: 1 error, 0 warnings", "", 1);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            ParseException pe = parseError(e);
            String line = pe != null // a layout override that does not parse
                    ? "templates/layouts/" + pe.getTemplateName() + ":" + pe.getLineNumber() + ":"
                            + pe.getColumnNumber() + ": error: " + pe.getEditorMessage()
                    : "error: the build stopped: " + e;
            return new Outcome(null, printable(line) + "\npolcat: 1 error, 0 warnings", "", 1);
        }
        Diagnostics d = r.diagnostics();
        String all = d.merged().stream().map(DiagnosticPrinter::format).collect(Collectors.joining("\n"));
        if (r.failed()) {
            String printed = (all.isEmpty() ? "" : all + "\n") + "polcat: " + count(d.errorCount(), "error") + ", "
                    + count(d.warningCount(), "warning");
            return new Outcome(null, printed, "", d.errorCount());
        }
        return new Outcome(r.artifacts(), all, all, 0);
    }

    /** Like the CLI's printer: control characters (terminal escapes) are shown escaped; lines stay lines. */
    private static String printable(String s) {
        return ControlChars.escape(s, "\t\n");
    }

    private static ParseException parseError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ParseException pe && pe.getTemplateName() != null) return pe;
        }
        return null;
    }

    private void report(Outcome o, String changed, long ms) {
        if (o.failed()) {
            err.println(o.printed);
            err.flush();
            lastWarnings = "";
            out.println("build failed: " + count(o.errors, "error")
                    + (lastGood != null
                            ? " (the previous site stays up)"
                            : " (no site yet: fix the catalog and save)"));
        } else {
            if (!o.warnings.isEmpty() && !o.warnings.equals(lastWarnings)) { // repeat warnings only when they change
                err.println(o.warnings);
                err.flush();
            }
            lastWarnings = o.warnings;
            out.println((changed == null ? "built in " : "rebuilt in ") + ms + " ms");
        }
        out.flush();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    // ---------------------------------------------------------------- serving

    private void handle(HttpExchange ex) {
        try (ex) {
            String method = ex.getRequestMethod();
            boolean head = "HEAD".equals(method);
            if (!head && !"GET".equals(method)) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(ex, 405, "method not allowed\n", head);
                return;
            }
            if (!hostAllowed(ex.getRequestHeaders().getFirst("Host"))) {
                // DNS rebinding: a web page must not read the site through a name it controls.
                sendText(ex, 403, "polcat serve answers only to localhost, 127.0.0.1 and [::1]\n", head);
                return;
            }
            SiteState s = state.get();
            String path = ex.getRequestURI().getRawPath(); // never decoded: artifact names need no escapes
            if (path == null || !path.startsWith("/")) {
                send(ex, 404, s.notFound(), head);
            } else if (path.startsWith("/__polcat/")) {
                own(ex, s, path, head);
            } else {
                String name = path.substring(1);
                if (name.isEmpty() || name.endsWith("/")) name += "index.html";
                SiteState.Resource r = OutputPaths.isSafe(name) ? s.file(name) : null;
                if (r != null) send(ex, 200, r, head);
                else send(ex, s.hasSite() ? 404 : 503, s.notFound(), head);
            }
        } catch (IOException | RuntimeException e) {
            // the client went away, or a bug in one response: the server carries on
        }
    }

    private void own(HttpExchange ex, SiteState s, String path, boolean head) throws IOException {
        switch (path) {
            case VERSION_PATH -> sendText(ex, 200, Long.toString(s.version()), head);
            case HtmlInjection.RELOAD_JS ->
                send(
                        ex,
                        200,
                        new SiteState.Resource(
                                ClientAssets.RELOAD_JS.getBytes(StandardCharsets.UTF_8),
                                ContentTypes.of(path),
                                ServeCsp.NON_HTML),
                        head);
            case HtmlInjection.OVERLAY_CSS ->
                send(
                        ex,
                        200,
                        new SiteState.Resource(
                                ClientAssets.OVERLAY_CSS.getBytes(StandardCharsets.UTF_8),
                                ContentTypes.of(path),
                                ServeCsp.NON_HTML),
                        head);
            default -> send(ex, 404, s.notFound(), head);
        }
    }

    private static void sendText(HttpExchange ex, int status, String text, boolean head) throws IOException {
        send(
                ex,
                status,
                new SiteState.Resource(text.getBytes(StandardCharsets.UTF_8), ContentTypes.TEXT, ServeCsp.NON_HTML),
                head);
    }

    private static void send(HttpExchange ex, int status, SiteState.Resource r, boolean head) throws IOException {
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", r.contentType());
        h.set("Content-Security-Policy", r.csp());
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
        h.set("X-Frame-Options", "DENY");
        h.set("Cross-Origin-Resource-Policy", "same-origin");
        if (head) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, r.body().length == 0 ? -1 : r.body().length);
        try (OutputStream body = ex.getResponseBody()) {
            body.write(r.body());
        }
    }

    /** Bound to loopback, the server answers only to loopback names (a rebinding attack uses its own). */
    private boolean hostAllowed(String host) {
        if (!loopbackOnly || host == null) return true;
        String h = host.strip().toLowerCase(Locale.ROOT);
        String name;
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            if (end < 0) return false;
            name = h.substring(0, end + 1);
        } else {
            int colon = h.indexOf(':');
            name = colon >= 0 ? h.substring(0, colon) : h;
        }
        return name.equals("localhost")
                || name.endsWith(".localhost")
                || name.equals("[::1]")
                || IPV4_LOOPBACK.matcher(name).matches();
    }

    /** The catalog folder being served. */
    public Path catalog() {
        return options.request().catalogDir();
    }
}
