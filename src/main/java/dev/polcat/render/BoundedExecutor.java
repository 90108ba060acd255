package dev.polcat.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * limit), so an abandoned one cannot keep the process alive; {@link #close} also stops those still
 * running, so a long-lived process does not keep one spinning core per hostile template.
 */
final class BoundedExecutor implements AutoCloseable {
    /** The outcome of one task: its value, or the error that ended it. */
    record Outcome<T>(T value, Throwable error, boolean timedOut) {}

    private static final long GRACE_MILLIS = 1000;

    private final RenderLimits limits;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService watchdog;
    private final ConcurrentHashMap<Running, Boolean> running = new ConcurrentHashMap<>();
    private final Set<Thread> abandoned = ConcurrentHashMap.newKeySet();

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
        // A scheduled task that throws is never run again: the watchdog must survive anything, even an
        // OutOfMemoryError caused by a render that is filling the heap.
        watchdog.scheduleAtFixedRate(() -> {
            try {
                enforceDeadlines();
            } catch (Throwable t) { // keep watching; the next tick retries
            }
        }, 50, 50, TimeUnit.MILLISECONDS);
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
            abandoned.remove(r.thread());
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
                abandoned.add(r.thread()); // before completing: close() may run as soon as the caller wakes up
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
        for (Thread t : abandoned) stop(t);
    }

    /**
     * An abandoned render is stuck where no interruption check runs, e.g. {@code (1..)?filter(...)}. Its
     * results are already discarded and the renderer is closing, so nothing can observe state it leaves
     * half-changed: stop it. {@code Thread.stop} works up to Java 19; later it throws, and the thread keeps
     * spinning as a daemon until the process exits (the CLI exits right after the build).
     */
    @SuppressWarnings("deprecation")
    private static void stop(Thread t) {
        try {
            t.stop();
        } catch (UnsupportedOperationException | SecurityException e) {
            // Java 20+: cannot be stopped; it is a daemon, so it does not keep the process alive.
        }
    }
}
