package dev.polcat.render;

import dev.polcat.diag.Diagnostic;
import freemarker.core.Environment;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Renders site layouts under exactly the limits policy templates get: a worker thread with the
 * recursion-bounding stack, the per-render deadline with interruption checks (loops, macros and, through
 * {@link InterruptibleArithmetic}, built-ins), an output cap, and out-of-memory caught at the worker. A
 * failure is a {@link Failure} holding a diagnostic at the layout's own file:line:col, never an internal
 * error. The configuration comes from {@link LockedDownConfiguration}, as for templates.
 */
public final class SandboxedRenderer implements AutoCloseable {
    /** A layout that failed, as the diagnostic to report. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;

        Failure(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    private final RenderLimits limits;
    private final BoundedExecutor executor;
    /** Marks a template that has its interruption checks: the mark travels with a template shared between builds. */
    private static final String PREPARED = "polcat.interruptionChecks";

    /** {@code threads}: how many renders may run at once (pages are assembled on all cores). */
    public SandboxedRenderer(RenderLimits limits, int threads) {
        this.limits = limits;
        this.executor = new BoundedExecutor(limits, Math.max(1, threads));
    }

    /**
     * Renders {@code name} with {@code model}; {@code fileOf} turns a template name into the file to blame
     * (the catalog's override, or the bundled layout).
     */
    public String render(Configuration cfg, String name, Object model, int maxChars, UnaryOperator<String> fileOf)
            throws Failure {
        OutputTrace[] trace = new OutputTrace[1];
        BoundedExecutor.Outcome<String> o = executor.runAll(List.<java.util.concurrent.Callable<String>>of(() -> {
                    Template t = cfg.getTemplate(name);
                    prepare(t);
                    LimitedWriter out = new LimitedWriter(maxChars);
                    Environment env = t.createProcessingEnvironment(model, out);
                    trace[0] = new OutputTrace(t); // where it was if the stack, the heap or the output cap runs out
                    env.setTemplateProcessingTracer(trace[0]);
                    executor.attach(env);
                    env.process();
                    return out.toString();
                }))
                .get(0);
        if (o.value() != null) return o.value();
        OutputTrace ran = o.timedOut() ? null : trace[0]; // an abandoned render may still be moving
        throw new Failure(LayoutErrors.of(
                o.error(),
                o.timedOut(),
                o.stuckAt(),
                name,
                fileOf,
                limits,
                maxChars,
                ran == null ? null : ran.lastElement(),
                ran == null ? null : ran.lastCallSite()));
    }

    /** Interruption checks for a template a layout imports, before any render uses it. */
    public void prepare(Template t) {
        addInterruptionChecks(t);
    }

    /**
     * Weaves the checks that let a deadline stop a template's loops into it, once: policy templates and
     * layouts alike, whichever renderer or build gets it first.
     */
    static void addInterruptionChecks(Template t) {
        synchronized (PREPARED) { // one lock for all: a template may be shared by renderers of several builds
            if (t.getCustomAttribute(PREPARED) == null) {
                _CoreAPI.addThreadInterruptedChecks(t);
                t.setCustomAttribute(PREPARED, Boolean.TRUE);
            }
        }
    }

    @Override
    public void close() {
        executor.close();
    }
}
