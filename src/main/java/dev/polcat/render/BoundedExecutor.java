package dev.polcat.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs renders in parallel on all cores with a deadline each. At the deadline the worker is interrupted
 * (FreeMarker checks for that at loop and macro boundaries); if it is stuck where no check runs (a loop
 * inside one built-in), it is abandoned: its result becomes a timeout, and the pool grows by one thread
 * so the rest of the build goes on. Worker threads are daemons with a bounded stack (the recursion
 * limit), so an abandoned one cannot keep the process alive.
 */
final class BoundedExecutor implements AutoCloseable {
    /** The outcome of one task: its value, or the error that ended it. */
    record Outcome<T>(T value, Throwable error, boolean timedOut) {}

    private static final long GRACE_MILLIS = 1000;

    private final RenderLimits limits;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService watchdog;
    private final ConcurrentHashMap<Running, Boolean> running = new ConcurrentHashMap<>();

    private record Running(Thread thread, long startNanos, CompletableFuture<?> result) {}

    BoundedExecutor(RenderLimits limits, int threads) {
        this.limits = limits;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(null, r, "polcat-render-" + n.incrementAndGet(), limits.stackBytes());
                    t.setDaemon(true);
                    return t;
                });
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "polcat-render-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.scheduleAtFixedRate(this::enforceDeadlines, 50, 50, TimeUnit.MILLISECONDS);
    }

    /** Runs every task and returns their outcomes in the order of {@code tasks}. */
    <T> List<Outcome<T>> runAll(List<Callable<T>> tasks) {
        List<CompletableFuture<Outcome<T>>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            CompletableFuture<Outcome<T>> f = new CompletableFuture<>();
            futures.add(f);
            pool.execute(() -> run(task, f));
        }
        List<Outcome<T>> out = new ArrayList<>();
        for (CompletableFuture<Outcome<T>> f : futures) out.add(f.join());
        return out;
    }

    private <T> void run(Callable<T> task, CompletableFuture<Outcome<T>> f) {
        Running r = new Running(Thread.currentThread(), System.nanoTime(), f);
        running.put(r, Boolean.TRUE);
        try {
            T value = task.call();
            f.complete(new Outcome<>(value, null, false));
        } catch (Throwable t) { // StackOverflowError and OutOfMemoryError included: reported per template
            f.complete(new Outcome<>(null, t, Thread.interrupted() || isLate(r)));
        } finally {
            running.remove(r);
            Thread.interrupted();
        }
    }

    private boolean isLate(Running r) {
        return System.nanoTime() - r.startNanos() > limits.timeout().toNanos();
    }

    private void enforceDeadlines() {
        long now = System.nanoTime();
        for (Running r : running.keySet()) {
            long elapsed = TimeUnit.NANOSECONDS.toMillis(now - r.startNanos());
            if (elapsed > limits.timeout().toMillis()) r.thread().interrupt();
            if (elapsed > limits.timeout().toMillis() + GRACE_MILLIS && running.remove(r) != null) {
                @SuppressWarnings("unchecked")
                CompletableFuture<Outcome<Object>> f = (CompletableFuture<Outcome<Object>>) r.result();
                f.complete(new Outcome<>(null, null, true));
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            }
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        pool.shutdownNow();
    }
}
