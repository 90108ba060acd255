package dev.polcat.render;

import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.SourcePos;
import freemarker.core.ParseException;
import freemarker.core.TemplateProcessingTracer.TracedElement;
import freemarker.template.TemplateException;
import java.util.function.UnaryOperator;

/** What a site layout threw, as a diagnostic at the layout's file:line:col (the layout twin of TemplateErrors). */
final class LayoutErrors {
    private LayoutErrors() {}

    /**
     * {@code last}, {@code callSite}: the element that ran last and the element of the page's own layout on
     * its path (from the trace), for what FreeMarker does not report: stack, heap and output exhausted.
     */
    static Diagnostic of(
            Throwable t,
            boolean timedOut,
            BoundedExecutor.StuckAt at,
            String layout,
            UnaryOperator<String> fileOf,
            RenderLimits limits,
            int maxChars,
            TracedElement last,
            TracedElement callSite) {
        Diagnostic d = describe(t, timedOut, at, layout, fileOf, limits, maxChars);
        boolean exhausted = t instanceof LimitedWriter.LimitExceeded
                || t instanceof StackOverflowError
                || t instanceof OutOfMemoryError;
        if (!exhausted || last == null) return d;
        SourcePos where = pos(last.getTemplate().getSourceName(), last.getBeginLine(), last.getBeginColumn(), fileOf);
        String via = callSite == null || callSite == last
                ? ""
                : "called from "
                        + pos(
                                callSite.getTemplate().getSourceName(),
                                callSite.getBeginLine(),
                                callSite.getBeginColumn(),
                                fileOf);
        return d.at(where, via, "");
    }

    private static Diagnostic describe(
            Throwable t,
            boolean timedOut,
            BoundedExecutor.StuckAt at,
            String layout,
            UnaryOperator<String> fileOf,
            RenderLimits limits,
            int maxChars) {
        SourcePos file = SourcePos.of(fileOf.apply(layout));
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof ParseException pe && pe.getTemplateName() != null) {
                return Diagnostic.error(
                        DiagnosticCode.P201_TEMPLATE_SYNTAX,
                        pos(pe.getTemplateName(), pe.getLineNumber(), pe.getColumnNumber(), fileOf),
                        "layout syntax error: " + TemplateErrors.firstParagraph(pe.getEditorMessage()));
            }
        }
        if (timedOut) {
            SourcePos p = t instanceof TemplateException te
                            && te.getTemplateSourceName() != null
                            && te.getLineNumber() != null
                    ? pos(te.getTemplateSourceName(), te.getLineNumber(), col(te), fileOf)
                    : at != null ? pos(at.template(), at.line(), at.column(), fileOf) : file;
            return Diagnostic.error(
                            DiagnosticCode.P203_TEMPLATE_LIMIT,
                            p,
                            "rendering the layout took longer than "
                                    + limits.timeout().toSeconds() + " s and was stopped")
                    .withHint("look for a loop that never ends; the limit is set with --template-timeout");
        }
        if (TemplateErrors.loadFailure(t) != null) {
            SourcePos p = t instanceof TemplateException te
                    ? pos(te.getTemplateSourceName(), line(te), col(te), fileOf)
                    : file;
            return Diagnostic.error(DiagnosticCode.P204_TEMPLATE_FORBIDDEN, p, TemplateErrors.loadFailure(t))
                    .withHint(
                            "layouts may import only .ftlh/.ftl files inside templates/layouts/, not through symbolic links");
        }
        if (t instanceof TemplateException te) {
            String msg = TemplateErrors.firstParagraph(te.getMessageWithoutStackTop());
            boolean forbidden = msg.contains("not allowed")
                    || msg.contains("security")
                    || msg.contains("?api")
                    || msg.contains("api_builtin")
                    || msg.contains("Backing out");
            return Diagnostic.error(
                            forbidden ? DiagnosticCode.P204_TEMPLATE_FORBIDDEN : DiagnosticCode.P202_TEMPLATE_ERROR,
                            pos(te.getTemplateSourceName(), line(te), col(te), fileOf),
                            msg)
                    .withHint(
                            forbidden
                                    ? "layouts cannot create Java objects, reach Java APIs or read files outside templates/layouts/"
                                    : "");
        }
        if (t instanceof LimitedWriter.LimitExceeded) {
            return Diagnostic.error(
                            DiagnosticCode.P203_TEMPLATE_LIMIT,
                            file,
                            "the rendered page is larger than " + maxChars / (1024 * 1024) + " MiB and was stopped")
                    .withHint("look for a runaway loop in the layout");
        }
        if (t instanceof StackOverflowError) {
            return Diagnostic.error(
                            DiagnosticCode.P203_TEMPLATE_LIMIT,
                            file,
                            "recursion too deep: the template stack of " + TemplateErrors.mib(limits.stackBytes())
                                    + " ran out")
                    .withHint("a macro or function calls itself without end; the limit is set with --template-stack");
        }
        if (t instanceof OutOfMemoryError) {
            return Diagnostic.error(
                            DiagnosticCode.P203_TEMPLATE_LIMIT,
                            file,
                            "rendering the layout ran out of memory and was stopped")
                    .withHint("look for a value that grows without bound (e.g. a string doubled in a loop); "
                            + "the limit is the JVM heap, set with JDK_JAVA_OPTIONS=-Xmx<size>");
        }
        return Diagnostic.error(
                DiagnosticCode.P202_TEMPLATE_ERROR,
                file,
                "rendering the layout failed: " + TemplateErrors.firstParagraph(String.valueOf(t.getMessage())));
    }

    private static int line(TemplateException e) {
        return e.getLineNumber() == null ? 0 : e.getLineNumber();
    }

    private static int col(TemplateException e) {
        return e.getColumnNumber() == null ? 0 : e.getColumnNumber();
    }

    private static SourcePos pos(String template, int line, int column, UnaryOperator<String> fileOf) {
        return new SourcePos(fileOf.apply(template == null ? "" : template), Math.max(line, 0), Math.max(column, 0));
    }
}
