package dev.polcat.diag;

import java.util.Comparator;

/**
 * One problem found in the input. {@code env}, {@code policy} and {@code hint} may be empty. {@code
 * context} names further places that help (the template a rendered file came from, the command that
 * shows it).
 */
public record Diagnostic(
        Severity severity,
        DiagnosticCode code,
        SourcePos pos,
        String env,
        String policy,
        String message,
        String hint,
        String context) {

    public static final Comparator<Diagnostic> ORDER =
            Comparator.comparing(Diagnostic::pos)
                    .thenComparing(Diagnostic::severity)
                    .thenComparing(Diagnostic::code)
                    .thenComparing(Diagnostic::env)
                    .thenComparing(Diagnostic::policy)
                    .thenComparing(Diagnostic::message);

    public Diagnostic {
        env = env == null ? "" : env;
        policy = policy == null ? "" : policy;
        hint = hint == null ? "" : hint;
        context = context == null ? "" : context;
    }

    public static Diagnostic error(DiagnosticCode code, SourcePos pos, String message) {
        return new Diagnostic(Severity.ERROR, code, pos, "", "", message, "", "");
    }

    public static Diagnostic warning(DiagnosticCode code, SourcePos pos, String message) {
        return new Diagnostic(Severity.WARNING, code, pos, "", "", message, "", "");
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(severity, code, pos, env, policy, message, newHint, context);
    }

    public Diagnostic inEnv(String newEnv) {
        return new Diagnostic(severity, code, pos, newEnv, policy, message, hint, context);
    }

    public Diagnostic forPolicy(String newPolicy) {
        return new Diagnostic(severity, code, pos, env, newPolicy, message, hint, context);
    }

    public Diagnostic withContext(String newContext) {
        return new Diagnostic(severity, code, pos, env, policy, message, hint, newContext);
    }

    public Diagnostic asError() {
        return new Diagnostic(Severity.ERROR, code, pos, env, policy, message, hint, context);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
