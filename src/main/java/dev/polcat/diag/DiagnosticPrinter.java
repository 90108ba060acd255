package dev.polcat.diag;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints diagnostics the way compilers do, so editors and CI can jump to them:
 * {@code file:line:col: error: message [P104] (env prod, policy failsafe)} and indented hints.
 */
public final class DiagnosticPrinter {
    private final PrintWriter out;
    private final boolean ciAnnotations;

    public DiagnosticPrinter(PrintWriter out, boolean ciAnnotations) {
        this.out = out;
        this.ciAnnotations = ciAnnotations;
    }

    public void print(List<Diagnostic> diags) {
        for (Diagnostic d : diags) print(d);
        out.flush();
    }

    public void print(Diagnostic d) {
        out.println(format(d));
        if (ciAnnotations) out.println(annotation(d));
    }

    public static String format(Diagnostic d) {
        StringBuilder b = new StringBuilder();
        b.append(safe(d.pos().toString()))
                .append(": ")
                .append(d.severity().label())
                .append(": ")
                .append(safe(d.fullMessage()))
                .append(" [")
                .append(d.code().id())
                .append(']');
        String where = where(d);
        if (!where.isEmpty()) b.append(" (").append(where).append(')');
        if (!d.excerpt().isEmpty()) {
            for (String line : d.excerpt().split("\n")) b.append("\n    ").append(safe(line));
        }
        if (!d.hint().isEmpty()) {
            for (String line : d.hint().strip().split("\n"))
                b.append("\n  hint: ").append(safe(line));
        }
        if (!d.context().isEmpty()) {
            for (String line : d.context().split("\n")) b.append("\n  ").append(safe(line));
        }
        return b.toString();
    }

    /** A GitHub Actions workflow command, so the error shows on the pull request's line. */
    public static String annotation(Diagnostic d) {
        StringBuilder b = new StringBuilder("::")
                .append(d.isError() ? "error" : d.severity() == Severity.NOTE ? "notice" : "warning");
        b.append(" file=").append(property(d.pos().file()));
        if (d.pos().hasLine()) b.append(",line=").append(d.pos().line());
        if (d.pos().col() > 0) b.append(",col=").append(d.pos().col());
        b.append(",title=").append(property("polcat " + d.code().id()));
        String msg = d.fullMessage()
                + (where(d).isEmpty() ? "" : " (" + where(d) + ")")
                + (d.hint().isEmpty() ? "" : "\n" + d.hint());
        String shown = String.join(
                "\n",
                java.util.Arrays.stream(msg.split("\n", -1))
                        .map(DiagnosticPrinter::safe)
                        .toList());
        return b.append("::").append(data(shown)).toString();
    }

    private static String where(Diagnostic d) {
        StringBuilder w = new StringBuilder();
        if (!d.env().isEmpty()) w.append("env ").append(d.env());
        String separator = d.environments().size() > 1 ? "; " : ", ";
        if (!d.policy().isEmpty())
            w.append(w.length() > 0 ? separator : "").append("policy ").append(d.policy());
        return safe(w.toString());
    }

    /** Input may carry terminal escapes or fake workflow commands: show control characters escaped. */
    public static String safe(String s) {
        return ControlChars.escape(s, "\t");
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(safe(s)).replace(":", "%3A").replace(",", "%2C");
    }
}
