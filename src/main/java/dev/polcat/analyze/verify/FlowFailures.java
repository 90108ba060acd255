package dev.polcat.analyze.verify;

import dev.polcat.analyze.FlowCheck;
import dev.polcat.analyze.flow.Direction;
import dev.polcat.analyze.flow.Flow;
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
            boolean lockout = c.kind() == FlowCheck.Kind.GUARD;
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
        if (first.kind() == FlowCheck.Kind.GUARD) {
            String what = first.requirement().substring(first.requirement().indexOf(" keeps ") + 7);
            message = "lockout: " + who + " would lose " + what + ": "
                    + first.flow().describe() + " is " + first.verdict().word() + " " + first.modeText();
        } else {
            message = (first.kind() == FlowCheck.Kind.EXAMPLE ? "policy example " : "expected ") + first.requirement()
                    + ", but "
                    + first.flow().describe() + " is " + first.verdict().word()
                    + (hosts.size() > 1
                            ? " (also for " + String.join(", ", hosts.subList(1, Math.min(hosts.size(), 4)))
                                    + (hosts.size() > 4 ? " and " + (hosts.size() - 4) + " more" : "") + ")"
                            : "");
        }
        return Diagnostic.error(
                        first.kind() == FlowCheck.Kind.GUARD
                                ? DiagnosticCode.P502_LOCKOUT
                                : DiagnosticCode.P501_EXPECTATION_FAILED,
                        first.pos(),
                        message)
                .inEnv(env.name())
                .withHint(first.verdict().explain() + "\nfull trail: polcat why --env " + env.name() + " "
                        + whyArgs(first.flow()) + (first.mode() == FlowCheck.Failsafe.OFF ? " --failsafe off" : ""));
    }

    /**
     * The endpoint a failure is reported for: the destination of an ingress flow, otherwise the source
     * (the host of an egress flow; the sending end of a path or a forwarded flow).
     */
    static String hostOf(Flow flow) {
        return (flow.direction() == Direction.INGRESS ? flow.to() : flow.from()).text();
    }

    /** The arguments of {@code polcat why} that check the flow: {@code FROM TO SERVICE [--via HOST]}. */
    static String whyArgs(Flow flow) {
        return flow.from().text() + " " + flow.to().text() + " " + flow.service()
                + (flow.via() == null ? "" : " --via " + flow.via().text());
    }
}
