package dev.polcat.render;

import freemarker.core.Environment;
import freemarker.template.TemplateException;
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
 * Runs renders in parallel on all cores with a deadline each, and all of them within the run's time
 * budget. At a deadline the watchdog notes where the template is (its FreeMarker instruction stack, so a
 * loop in an imported library is blamed on the library's line) and interrupts the worker; FreeMarker's
 * interruption checks stop loops and macros, and {@link InterruptibleArithmetic} stops loops inside
 * built-ins. No {@code Thread.stop}: it is gone from Java 20 on. A render stuck where neither check runs
 * is abandoned: its result becomes a timeout, and the pool grows by one thread so the rest of the build
 * goes on; worker threads are daemons with a bounded stack (the recursion limit).
 */
final class BoundedExecutor implements AutoCloseable {
    /** Where a timed-out render was: a template name as FreeMarker knows it, 1-based line and column. */
    record StuckAt(String template, int line, int column) {}

    /** The outcome of one task: its value, or the error that ended it; {@code overBudget} when the run's budget did. */
    record Outcome<T>(T value, Throwable error, boolean timedOut, StuckAt stuckAt, boolean overBudget) {}

    private static final long GRACE_MILLIS = 1000;

    private final RenderLimits limits;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService watchdog;
    private final ConcurrentHashMap<Thread, Running> running = new ConcurrentHashMap<>();
    private volatile long budgetEndNanos = Long.MAX_VALUE;

    private static final class Running {
        final Thread thread = Thread.currentThread();
        final long startNanos = System.nanoTime();
        final CompletableFuture<?> result;
        volatile Environment env;
        volatile StuckAt stuckAt;
        /** Set, under this object's lock, when the task has ended: a late interrupt must not reach the next task. */
        boolean finished;

        Running(CompletableFuture<?> result) {
            this.result = result;
        }
    }

    BoundedExecutor(RenderLimits limits, int threads) {
        this.limits = limits;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), r -> {
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
        watchdog.scheduleAtFixedRate(
                () -> {
                    try {
                        enforceDeadlines();
                    } catch (Throwable t) { // keep watching; the next tick retries
                    }
                },
                50,
                50,
                TimeUnit.MILLISECONDS);
    }

    /** Runs every task and returns their outcomes in the order of {@code tasks}. */
    <T> List<Outcome<T>> runAll(List<Callable<T>> tasks) {
        if (limits.hasBudget())
            budgetEndNanos = System.nanoTime() + limits.budget().toNanos();
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

    /** Called by a task on its worker thread: the environment the watchdog may inspect at the deadline. */
    void attach(Environment env) {
        Running r = running.get(Thread.currentThread());
        if (r != null) r.env = env;
    }

    private <T> void run(Callable<T> task, CompletableFuture<Outcome<T>> f) {
        if (System.nanoTime() > budgetEndNanos) {
            f.complete(new Outcome<>(null, null, true, null, true));
            return;
        }
        Running r = new Running(f);
        running.put(r.thread, r);
        try {
            T value = task.call();
            f.complete(new Outcome<>(value, null, false, null, false));
        } catch (Throwable t) { // StackOverflowError and OutOfMemoryError included: reported per template
            boolean late = Thread.interrupted() || isLate(r);
            f.complete(new Outcome<>(null, t, late, r.stuckAt, late && !isPastOwnDeadline(r)));
        } finally {
            synchronized (r) {
                r.finished = true;
            }
            running.remove(r.thread, r);
            Thread.interrupted(); // an interrupt delivered before 'finished' was set ends here
        }
    }

    private boolean isPastOwnDeadline(Running r) {
        return System.nanoTime() - r.startNanos > limits.timeout().toNanos();
    }

    private boolean isLate(Running r) {
        long now = System.nanoTime();
        return now - r.startNanos > limits.timeout().toNanos() || now > budgetEndNanos;
    }

    private void enforceDeadlines() {
        for (Running r : running.values()) {
            if (!isLate(r)) continue;
            if (r.stuckAt == null) r.stuckAt = whereIs(r.env);
            // The worker may have finished this task and started another since it was read from the map;
            // an interrupt meant for this one would then end the next render as a template error.
            synchronized (r) {
                if (r.finished) continue;
                r.thread.interrupt();
            }
            long lateMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - r.startNanos)
                    - limits.timeout().toMillis();
            boolean overBudget = System.nanoTime() > budgetEndNanos + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
            if ((lateMillis > GRACE_MILLIS || overBudget) && running.remove(r.thread, r)) {
                @SuppressWarnings("unchecked")
                CompletableFuture<Outcome<Object>> f = (CompletableFuture<Outcome<Object>>) r.result;
                f.complete(new Outcome<>(null, null, true, r.stuckAt, !isPastOwnDeadline(r)));
                AbandonedRenders.add(
                        r.thread,
                        r.stuckAt == null
                                ? ""
                                : r.stuckAt.template() + ":" + r.stuckAt.line() + ":" + r.stuckAt.column());
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            }
        }
    }

    /**
     * The template and line a running render is at, read from its FreeMarker instruction stack. The worker
     * is still running, so this is a best-effort snapshot: any failure just means "position unknown".
     */
    private static StuckAt whereIs(Environment env) {
        if (env == null) return null;
        try {
            TemplateException snapshot = new TemplateException("", env);
            if (snapshot.getTemplateSourceName() == null || snapshot.getLineNumber() == null) return null;
            return new StuckAt(
                    snapshot.getTemplateSourceName(),
                    snapshot.getLineNumber(),
                    snapshot.getColumnNumber() == null ? 0 : snapshot.getColumnNumber());
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        pool.shutdownNow(); // interrupts every worker: a render still running stops at its next check
    }
}
