package dev.polcat.analyze.verify;

import dev.polcat.analyze.FlowCheck;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports failed flow checks as errors at the line that set the requirement: one error per
 * requirement, naming every host it fails for and explaining the first failure. A lockout is reported
 * for the first failsafe mode it fails in.
 */
public final class FlowFailures {
    private FlowFailures() {}

    public static void report(Profile env, List<FlowCheck> checks, Diagnostics diags) {
        Map<String, List<FlowCheck>> groups = new LinkedHashMap<>();
        for (FlowCheck c : checks) {
            if (c.holds()) continue;
            boolean lockout = c.kind().equals("lockout");
            String what = lockout ? c.requirement().substring(c.requirement().indexOf(" keeps ") + 7) : c.requirement();
            groups.computeIfAbsent(c.kind() + "|" + c.pos() + "|" + what, k -> new ArrayList<>())
                    .add(c);
        }
        groups.values().forEach(g -> diags.add(diagnostic(env, g)));
    }

    private static Diagnostic diagnostic(Profile env, List<FlowCheck> group) {
        FlowCheck first = group.get(0);
        List<String> hosts =
                group.stream().map(c -> hostOf(c.flow())).distinct().toList();
        String who = hosts.size() <= 3
                ? String.join(", ", hosts)
                : String.join(", ", hosts.subList(0, 3)) + " and " + (hosts.size() - 3) + " more";
        String message;
        if (first.kind().equals("lockout")) {
            String what = first.requirement().substring(first.requirement().indexOf(" keeps ") + 7);
            message = "lockout: " + who + " would lose " + what + ": " + first.flow() + " is "
                    + first.verdict().word() + " " + first.mode();
        } else {
            message =
                    (first.kind().equals("example") ? "policy example " : "expected ") + first.requirement() + ", but "
                            + first.flow() + " is " + first.verdict().word()
                            + (hosts.size() > 1
                                    ? " (also for " + String.join(", ", hosts.subList(1, Math.min(hosts.size(), 4)))
                                            + (hosts.size() > 4 ? " and " + (hosts.size() - 4) + " more" : "") + ")"
                                    : "");
        }
        return Diagnostic.error(
                        first.kind().equals("lockout")
                                ? DiagnosticCode.P502_LOCKOUT
                                : DiagnosticCode.P501_EXPECTATION_FAILED,
                        first.pos(),
                        message)
                .inEnv(env.name())
                .withHint(first.verdict().explain() + "\nfull trail: polcat why --env " + env.name() + " "
                        + whyArgs(first.flow()) + (first.mode().contains("off") ? " --failsafe off" : ""));
    }

    /** The host whose endpoint the flow is checked on: "to X" for ingress, "from X" otherwise. */
    static String hostOf(String flow) {
        String[] t = flow.split(" ");
        if (t.length >= 6 && t[2].equals("from") && t[4].equals("to")) return t[0].equals("ingress") ? t[5] : t[3];
        return flow;
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
