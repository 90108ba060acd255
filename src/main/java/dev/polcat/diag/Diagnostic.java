package dev.polcat.diag;

import java.util.Comparator;
import java.util.List;

/**
 * One problem found in the input. {@code env}, {@code policy}, {@code field} and {@code hint} may be
 * empty. {@code field} is the Calico field path the problem concerns ({@code spec.ingress[0].protocol});
 * {@code context} names further places that help (the template a rendered file came from, the command
 * that shows it); {@code excerpt} is the text the position points into, shown under the message (the
 * rendered line and a caret under the column).
 */
public record Diagnostic(
        Severity severity,
        DiagnosticCode code,
        SourcePos pos,
        String env,
        String policy,
        String field,
        String message,
        String hint,
        String context,
        String excerpt) {

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::pos)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::env)
            .thenComparing(Diagnostic::policy)
            .thenComparing(Diagnostic::field)
            .thenComparing(Diagnostic::message)
            .thenComparing(Diagnostic::hint)
            .thenComparing(Diagnostic::context)
            .thenComparing(Diagnostic::excerpt);

    public Diagnostic {
        env = env == null ? "" : env;
        policy = policy == null ? "" : policy;
        field = field == null ? "" : field;
        hint = hint == null ? "" : hint;
        context = context == null ? "" : context;
        excerpt = excerpt == null ? "" : excerpt;
    }

    public Diagnostic(
            Severity severity,
            DiagnosticCode code,
            SourcePos pos,
            String env,
            String policy,
            String field,
            String message,
            String hint,
            String context) {
        this(severity, code, pos, env, policy, field, message, hint, context, "");
    }

    public static Diagnostic error(DiagnosticCode code, SourcePos pos, String message) {
        return new Diagnostic(Severity.ERROR, code, pos, "", "", "", message, "", "");
    }

    public static Diagnostic warning(DiagnosticCode code, SourcePos pos, String message) {
        return new Diagnostic(Severity.WARNING, code, pos, "", "", "", message, "", "");
    }

    public static Diagnostic note(DiagnosticCode code, SourcePos pos, String message) {
        return new Diagnostic(Severity.NOTE, code, pos, "", "", "", message, "", "");
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(severity, code, pos, env, policy, field, message, newHint, context, excerpt);
    }

    public Diagnostic inEnv(String newEnv) {
        return new Diagnostic(severity, code, pos, newEnv, policy, field, message, hint, context, excerpt);
    }

    public Diagnostic forPolicy(String newPolicy) {
        return new Diagnostic(severity, code, pos, env, newPolicy, field, message, hint, context, excerpt);
    }

    public Diagnostic atField(String newField) {
        return new Diagnostic(severity, code, pos, env, policy, newField, message, hint, context, excerpt);
    }

    /** The environments it was found in: {@code env} is one name, or several joined by ", " once merged. */
    public List<String> environments() {
        return env.isEmpty() ? List.of() : List.of(env.split(", "));
    }

    /** The message with its field path in front, as printed ("spec.ingress[0]: ..."). */
    public String fullMessage() {
        return field.isEmpty() ? message : field + ": " + message;
    }

    public Diagnostic withContext(String newContext) {
        return new Diagnostic(severity, code, pos, env, policy, field, message, hint, newContext, excerpt);
    }

    /** Moved to where the author wrote it, with the text it points into shown underneath. */
    public Diagnostic at(SourcePos newPos, String newContext, String newExcerpt) {
        return new Diagnostic(severity, code, newPos, env, policy, field, message, hint, newContext, newExcerpt);
    }

    /** For --strict: a warning becomes an error; a note stays a note. */
    public Diagnostic asError() {
        if (severity == Severity.NOTE) return this;
        return new Diagnostic(Severity.ERROR, code, pos, env, policy, field, message, hint, context, excerpt);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
