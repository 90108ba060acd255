package dev.polcat.cli;

import dev.polcat.build.BuildListener;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * On a terminal, a build that takes more than a second shows one updating line: the stage, renders done
 * out of the total, and the time so far. Off a terminal (CI, pipes) it prints nothing. Also keeps each
 * stage's time for {@code --timings}.
 */
final class ProgressLine implements BuildListener, AutoCloseable {
    private final PrintWriter err;
    private final boolean live;
    private final long start = System.nanoTime();
    private final Map<String, Long> timings = new LinkedHashMap<>();
    private final ScheduledExecutorService ticker;
    private volatile String stage = "";
    private volatile int total;
    private volatile int done;
    private volatile boolean shown;

    ProgressLine(PrintWriter err, boolean live) {
        this.err = err;
        this.live = live;
        this.ticker = live
                ? Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "polcat-progress");
                    t.setDaemon(true);
                    return t;
                })
                : null;
        if (live) ticker.scheduleAtFixedRate(this::draw, 1000, 200, TimeUnit.MILLISECONDS);
    }

    static ProgressLine forTerminal(PrintWriter err) {
        return new ProgressLine(err, System.console() != null && System.getenv("CI") == null);
    }

    @Override
    public void stageStarted(String name, int count) {
        stage = name;
        total = count;
        done = 0;
    }

    @Override
    public void progress(int finished) {
        done = finished;
    }

    @Override
    public synchronized void stageFinished(String name, long nanos) {
        timings.put(name, nanos);
    }

    private synchronized void draw() {
        double secs = (System.nanoTime() - start) / 1e9;
        String count = total > 0 ? String.format(Locale.ROOT, " %,d/%,d", done, total) : "";
        err.printf(Locale.ROOT, "\r\033[K%s%s · %.1f s", stage, count, secs);
        err.flush();
        shown = true;
    }

    synchronized Map<String, Long> timings() {
        return new LinkedHashMap<>(timings);
    }

    @Override
    public synchronized void close() {
        if (ticker != null) ticker.shutdownNow();
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
