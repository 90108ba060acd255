package dev.polcat.analyze.verify;

import dev.polcat.catalog.Profile;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports failed flow checks as errors at the line that set the requirement. A lockout is reported once
 * per host and flow, for the first failsafe mode it fails in.
 */
public final class FlowFailures {
    private FlowFailures() {}

    public static void report(Profile env, List<FlowCheck> checks, Diagnostics diags) {
        Set<String> seen = new HashSet<>();
        for (FlowCheck c : checks) {
            if (c.holds() || !seen.add(c.kind() + c.requirement() + c.flow())) continue;
            boolean lockout = c.kind().equals("lockout");
            String message = lockout
                    ? "lockout: " + c.requirement().replaceFirst(" keeps ", " would lose ") + ": " + c.flow() + " is "
                            + c.verdict().word() + " " + c.mode()
                    : (c.kind().equals("example") ? "policy example " : "expected ") + c.requirement() + ", but " + c.flow()
                            + " is " + c.verdict().word();
            diags.add(Diagnostic.error(lockout ? DiagnosticCode.P502_LOCKOUT : DiagnosticCode.P501_EXPECTATION_FAILED, c.pos(), message)
                    .inEnv(env.name())
                    .withHint(c.verdict().explain() + "\nfull trail: polcat why --env " + env.name() + " " + whyArgs(c.flow())));
        }
    }

    /** "ingress tcp/22 from X to Y" → "X Y tcp/22" (the arguments of polcat why). */
    static String whyArgs(String flow) {
        String[] t = flow.split(" ");
        if (t.length >= 6 && t[2].equals("from") && t[4].equals("to")) {
            return t[3] + " " + t[5] + " " + t[1] + (t.length >= 8 && t[6].equals("via") ? " --via " + t[7] : "");
        }
        return flow;
    }
}
