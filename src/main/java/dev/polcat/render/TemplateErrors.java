package dev.polcat.render;

import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.SourcePos;
import dev.polcat.diag.Suggestions;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateProcessingTracer.TracedElement;
import freemarker.template.TemplateException;
import java.util.Collection;

/** Turns what FreeMarker throws into a diagnostic a template author can act on. */
final class TemplateErrors {
    private TemplateErrors() {}

    static Diagnostic of(
            Throwable t,
            boolean timedOut,
            PolicyTemplate policy,
            String env,
            Collection<String> knownNames,
            RenderLimits limits) {
        return of(t, timedOut, policy, env, knownNames, limits, null);
    }

    /**
     * {@code callSite}: the element of the policy template that called the library macro or function
     * that failed; the author's mistake is usually there (a bad argument), so it leads, and the
     * library's line follows as context. A syntax error in the library is the library's own mistake: it
     * stays at the library's line.
     */
    static Diagnostic of(
            Throwable t,
            boolean timedOut,
            PolicyTemplate policy,
            String env,
            Collection<String> knownNames,
            RenderLimits limits,
            TracedElement callSite) {
        Diagnostic d = describe(t, timedOut, policy, knownNames, limits);
        if (callSite != null
                && d.code() != DiagnosticCode.P201_TEMPLATE_SYNTAX
                && !d.pos().file().equals(policy.templateFile())) {
            SourcePos call = new SourcePos(
                    "templates/" + callSite.getTemplate().getSourceName(),
                    callSite.getBeginLine(),
                    callSite.getBeginColumn());
            d = new Diagnostic(
                    d.severity(),
                    d.code(),
                    call,
                    "",
                    "",
                    d.field(),
                    d.message(),
                    d.hint(),
                    "in " + d.pos() + ", called from here");
        }
        return d.inEnv(env).forPolicy(policy.name());
    }

    /**
     * A render stopped by the stack, the heap or the output cap. FreeMarker reports none of these, so the
     * position is the element that ran last ({@code last}, from the trace): a library's own line when it
     * was inside an imported file, with the line of the policy template that called into it as context.
     */
    static Diagnostic exhausted(
            Throwable t,
            PolicyTemplate policy,
            String env,
            RenderLimits limits,
            TracedElement last,
            TracedElement callSite) {
        Diagnostic d = describe(t, false, policy, java.util.List.of(), limits)
                .inEnv(env)
                .forPolicy(policy.name());
        if (last == null) return d;
        SourcePos at = new SourcePos(
                "templates/" + last.getTemplate().getSourceName(), last.getBeginLine(), last.getBeginColumn());
        String via = callSite == null || callSite == last
                ? ""
                : "called from templates/" + callSite.getTemplate().getSourceName() + ":" + callSite.getBeginLine()
                        + ":" + callSite.getBeginColumn();
        return d.at(at, via, "");
    }

    private static Diagnostic describe(
            Throwable t, boolean timedOut, PolicyTemplate policy, Collection<String> knownNames, RenderLimits limits) {
        SourcePos templatePos = SourcePos.of(policy.templateFile());
        ParseException inLibrary = parseErrorInside(t);
        if (inLibrary != null) t = inLibrary; // an imported file's syntax error, at the file's own line
        Diagnostic d;
        if (timedOut) {
            d = Diagnostic.error(
                            DiagnosticCode.P203_TEMPLATE_LIMIT,
                            templatePos,
                            "rendering took longer than " + limits.timeout().toSeconds() + " s and was stopped")
                    .withHint("look for a loop that never ends; the limit is set with --template-timeout");
        } else if (t instanceof ParseException pe) {
            d = Diagnostic.error(
                    DiagnosticCode.P201_TEMPLATE_SYNTAX,
                    pos(pe.getTemplateName(), pe.getLineNumber(), pe.getColumnNumber(), policy),
                    "template syntax error: " + firstParagraph(pe.getEditorMessage()));
        } else if (t instanceof InvalidReferenceException ire) {
            d = undefined(ire, policy, knownNames);
        } else if (t instanceof TemplateException te && loadFailure(te) != null) {
            d = Diagnostic.error(
                            DiagnosticCode.P204_TEMPLATE_FORBIDDEN,
                            pos(te.getTemplateSourceName(), lineOf(te), columnOf(te), policy),
                            loadFailure(te))
                    .withHint(LOAD_HINT);
        } else if (t instanceof TemplateException te) {
            d = runtime(te, policy);
        } else if (t instanceof LimitedWriter.LimitExceeded) {
            d = Diagnostic.error(
                            DiagnosticCode.P203_TEMPLATE_LIMIT,
                            templatePos,
                            "rendered output is larger than " + limits.maxOutputChars() / (1024 * 1024)
                                    + " MiB and was stopped")
                    .withHint(
                            "a policy this large is almost certainly a runaway loop; the limit is set with --max-output");
        } else if (t instanceof StackOverflowError) {
            d = Diagnostic.error(
                            DiagnosticCode.P203_TEMPLATE_LIMIT,
                            templatePos,
                            "recursion too deep: the template stack of " + mib(limits.stackBytes()) + " ran out")
                    .withHint("a macro or function calls itself without end; the limit is set with --template-stack");
        } else if (t instanceof OutOfMemoryError) {
            d = Diagnostic.error(
                            DiagnosticCode.P203_TEMPLATE_LIMIT,
                            templatePos,
                            "rendering ran out of memory and was stopped")
                    .withHint("look for a value that grows without bound (e.g. a string doubled in a loop); "
                            + "the limit is the JVM heap, set with JDK_JAVA_OPTIONS=-Xmx<size>");
        } else if (t instanceof freemarker.template.TemplateNotFoundException
                || t instanceof freemarker.template.MalformedTemplateNameException) {
            d = Diagnostic.error(DiagnosticCode.P204_TEMPLATE_FORBIDDEN, templatePos, loadFailure(t))
                    .withHint(LOAD_HINT);
        } else {
            d = Diagnostic.error(
                    DiagnosticCode.P202_TEMPLATE_ERROR,
                    templatePos,
                    "rendering failed: " + oneLine(String.valueOf(t.getMessage())));
        }
        return d;
    }

    /**
     * A render stopped at its deadline, or never started because the run's time budget ran out. Blamed on
     * the line it was at (a library's own line when the loop is in an imported file): the position of the
     * expression that noticed the interrupt, or else where the watchdog saw it.
     */
    static Diagnostic timeout(
            Throwable t,
            BoundedExecutor.StuckAt at,
            boolean overBudget,
            PolicyTemplate policy,
            String env,
            RenderLimits limits) {
        if (overBudget) {
            return Diagnostic.error(
                            DiagnosticCode.P203_TEMPLATE_LIMIT,
                            SourcePos.of(policy.templateFile()),
                            "rendering stopped: the time budget of "
                                    + limits.budget().toSeconds() + " s for all renders ran out")
                    .withHint("the templates that used it up are reported above; the budget is set with --time-budget")
                    .inEnv(env)
                    .forPolicy(policy.name());
        }
        SourcePos pos = SourcePos.of(policy.templateFile());
        if (t instanceof TemplateException te && te.getTemplateSourceName() != null && te.getLineNumber() != null) {
            pos = pos(te.getTemplateSourceName(), lineOf(te), columnOf(te), policy);
        } else if (at != null) {
            pos = pos(at.template(), at.line(), at.column(), policy);
        }
        return Diagnostic.error(
                        DiagnosticCode.P203_TEMPLATE_LIMIT,
                        pos,
                        "rendering took longer than " + limits.timeout().toSeconds() + " s and was stopped")
                .withHint("look for a loop that never ends; the limit is set with --template-timeout")
                .inEnv(env)
                .forPolicy(policy.name());
    }

    /** FreeMarker wraps an imported or included file's syntax error in "Template importing failed". */
    private static ParseException parseErrorInside(Throwable t) {
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof ParseException pe && pe.getTemplateName() != null) return pe;
        }
        return null;
    }

    private static final String LOAD_HINT =
            "templates may include or import only .ftl/.ftlh files inside templates/, not through symbolic links or dot-folders";

    /**
     * An {@code <#include>}/{@code <#import>} that was refused or found nothing, said in polcat's words:
     * FreeMarker's own message names the loader object and does not say that refusals look like "not found".
     */
    static String loadFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof freemarker.template.MalformedTemplateNameException m) {
                return "cannot load template '" + m.getTemplateName() + "': " + m.getMalformednessDescription();
            }
            if (c instanceof freemarker.template.TemplateNotFoundException n) {
                return "cannot load template '" + n.getTemplateName() + "': not found, or not allowed";
            }
            if (c.getCause() == c) break;
        }
        return null;
    }

    private static Diagnostic undefined(InvalidReferenceException e, PolicyTemplate policy, Collection<String> known) {
        String expr = e.getBlamedExpressionString();
        SourcePos pos = pos(e.getTemplateSourceName(), lineOf(e), columnOf(e), policy);
        // Special variables (.vars.x) start with a dot: keep it, or the hint would read "<#if ??>".
        String root = expr == null
                ? ""
                : expr.startsWith(".")
                        ? "." + expr.substring(1).split("[.\\[?(!]", 2)[0]
                        : expr.split("[.\\[?(!]", 2)[0];
        if (expr != null && expr.equals(root) && !known.contains(root)) {
            return Diagnostic.error(
                            DiagnosticCode.P202_TEMPLATE_ERROR, pos, "'" + root + "' is not a declared parameter")
                    .withHint(Suggestions.closest(root, known)
                                    .map(s -> "did you mean '" + s + "'? ")
                                    .orElse("") + "declare it under parameters: in "
                            + policy.doc().pos().file());
        }
        return Diagnostic.error(DiagnosticCode.P202_TEMPLATE_ERROR, pos, "'" + expr + "' is undefined or null")
                .withHint("optional parameters without a default are null: test with <#if " + root
                        + "??>, or give a default with " + (expr == null ? "x" : expr) + "!\"...\"");
    }

    private static Diagnostic runtime(TemplateException te, PolicyTemplate policy) {
        SourcePos pos = pos(te.getTemplateSourceName(), lineOf(te), columnOf(te), policy);
        if (te instanceof freemarker.core.UnexpectedTypeException) return wrongType(te, policy, pos);
        String full = te.getMessageWithoutStackTop() == null ? "template error" : te.getMessageWithoutStackTop();
        if (full.startsWith("pc.")) {
            // polcat's own helpers: the first line says what is wrong, the rest (a caret under a selector) shows where.
            String[] lines = full.split("\n", 2);
            return Diagnostic.error(DiagnosticCode.P202_TEMPLATE_ERROR, pos, lines[0].strip())
                    .withHint(lines.length > 1 ? lines[1].stripTrailing() : "");
        }
        String msg = firstParagraph(full);
        boolean forbidden = msg.contains("not allowed")
                || msg.contains("security")
                || msg.contains("?api")
                || msg.contains("api_builtin")
                || msg.contains("Backing out");
        return Diagnostic.error(
                        forbidden ? DiagnosticCode.P204_TEMPLATE_FORBIDDEN : DiagnosticCode.P202_TEMPLATE_ERROR,
                        pos,
                        msg)
                .withHint(
                        forbidden
                                ? "templates cannot create Java objects, reach Java APIs or read files outside templates/"
                                : msg.contains("prints as YAML, not as text")
                                        ? "make text of the numbers first: ports?map(p -> p?c)?join(\", \")"
                                        : "");
    }

    /** A list or map where text was expected, said with the parameter's declared type, not FreeMarker's classes. */
    private static Diagnostic wrongType(TemplateException te, PolicyTemplate policy, SourcePos pos) {
        String expr = te.getBlamedExpressionString() == null ? "this value" : te.getBlamedExpressionString();
        String raw = String.valueOf(te.getMessageWithoutStackTop());
        String kind = raw.contains("evaluated to a sequence")
                ? "a list"
                : raw.contains("evaluated to a") && raw.contains("hash") ? "a map" : "not text";
        String declared = policy.doc().parameters().stream()
                .filter(d -> d.name().equals(expr))
                .findFirst()
                .map(d -> "parameter '" + expr + "' is " + d.type().spelling() + ", ")
                .orElse("'" + expr + "' is ");
        String expected = raw.contains("For \"${...}\"") ? "${...} prints one value" : "this place expects one value";
        return Diagnostic.error(DiagnosticCode.P202_TEMPLATE_ERROR, pos, declared + kind + "; " + expected)
                .withHint("use ${pc.flow(" + expr + ")} for a YAML list, or <#list " + expr + " as x>...</#list>");
    }

    static String mib(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
    }

    private static int lineOf(TemplateException e) {
        return e.getLineNumber() == null ? 0 : e.getLineNumber();
    }

    private static int columnOf(TemplateException e) {
        return e.getColumnNumber() == null ? 0 : e.getColumnNumber();
    }

    private static SourcePos pos(String templateName, int line, int col, PolicyTemplate policy) {
        String file = templateName == null ? policy.templateFile() : "templates/" + templateName;
        return new SourcePos(file, Math.max(line, 0), Math.max(col, 0));
    }

    /** FreeMarker adds tips and FTL stack traces after a blank line or a ---- rule; keep the message. */
    static String firstParagraph(String s) {
        if (s == null) return "template error";
        String cut = s.split("\n\\s*\n|\n----", 2)[0];
        // A built-in that failed on one item ("?join failed at index 0 with this error:") quotes the
        // cause in a ---begin-message--- block: keep it, or the message ends in a dangling colon.
        int quoted = s.indexOf("---begin-message---");
        if (quoted >= 0)
            cut = cut + " "
                    + firstParagraph(
                            s.substring(quoted + "---begin-message---".length()).strip());
        return oneLine(cut)
                .replace(MARKUP_NUMBER, "a number in a YAML template prints as YAML, not as text")
                .replaceAll(" Tip: Use value\\?string.*", "");
    }

    /** FreeMarker's words for a number met where text is needed (e.g. ?join over numbers) in a .ftl template. */
    private static final String MARKUP_NUMBER =
            "Value was formatted to convert it to string, but the result was markup of ouput format "
                    + "\"YAML(mimeType=\\\"application/yaml\\\", class=" + YamlOutputFormat.class.getName() + ")\".";

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\n\\s*", " ").strip();
    }
}
