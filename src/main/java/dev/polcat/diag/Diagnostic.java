package dev.polcat.diag;

import java.util.Comparator;

/**
 * One problem found in the input. {@code env}, {@code policy}, {@code field} and {@code hint} may be
 * empty. {@code field} is the Calico field path the problem concerns ({@code spec.ingress[0].protocol});
 * {@code context} names further places that help (the template a rendered file came from, the command
 * that shows it).
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
        String context) {

    public static final Comparator<Diagnostic> ORDER =
            Comparator.comparing(Diagnostic::pos)
                    .thenComparing(Diagnostic::severity)
                    .thenComparing(Diagnostic::code)
                    .thenComparing(Diagnostic::env)
                    .thenComparing(Diagnostic::policy)
                    .thenComparing(Diagnostic::field)
                    .thenComparing(Diagnostic::message)
                    .thenComparing(Diagnostic::hint)
                    .thenComparing(Diagnostic::context);

    public Diagnostic {
        env = env == null ? "" : env;
        policy = policy == null ? "" : policy;
        field = field == null ? "" : field;
        hint = hint == null ? "" : hint;
        context = context == null ? "" : context;
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
        return new Diagnostic(severity, code, pos, env, policy, field, message, newHint, context);
    }

    public Diagnostic inEnv(String newEnv) {
        return new Diagnostic(severity, code, pos, newEnv, policy, field, message, hint, context);
    }

    public Diagnostic forPolicy(String newPolicy) {
        return new Diagnostic(severity, code, pos, env, newPolicy, field, message, hint, context);
    }

    public Diagnostic atField(String newField) {
        return new Diagnostic(severity, code, pos, env, policy, newField, message, hint, context);
    }

    /** The message with its field path in front, as printed ("spec.ingress[0]: ..."). */
    public String fullMessage() {
        return field.isEmpty() ? message : field + ": " + message;
    }

    public Diagnostic withContext(String newContext) {
        return new Diagnostic(severity, code, pos, env, policy, field, message, hint, newContext);
    }

    /** For --strict: a warning becomes an error; a note stays a note. */
    public Diagnostic asError() {
        if (severity == Severity.NOTE) return this;
        return new Diagnostic(Severity.ERROR, code, pos, env, policy, field, message, hint, context);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
