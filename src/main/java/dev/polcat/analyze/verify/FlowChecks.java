package dev.polcat.analyze.verify;

import dev.polcat.analyze.FlowCheck;
import dev.polcat.analyze.flow.Flow;
import dev.polcat.analyze.flow.FlowSimulator;
import dev.polcat.analyze.flow.Verdict;
import dev.polcat.catalog.ExpectedFlow;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks an environment's expected flows: those its profile lists, and the examples of every policy it
 * enables. Each is simulated with the environment's own failsafe settings.
 */
public final class FlowChecks {
    private FlowChecks() {}

    public static List<FlowCheck> expectations(
            Profile env, List<PolicyTemplate> enabled, FlowSimulator sim, Consumer<Diagnostic> problems) {
        List<FlowCheck> out = new ArrayList<>();
        for (ExpectedFlow e : env.expectations()) out.addAll(check(FlowCheck.Kind.EXPECTED, e, env, sim, problems));
        for (PolicyTemplate p : enabled) {
            for (ExpectedFlow e : p.doc().examples()) {
                out.addAll(check(FlowCheck.Kind.EXAMPLE, e, env, sim, problems));
            }
        }
        return out;
    }

    private static List<FlowCheck> check(
            FlowCheck.Kind kind, ExpectedFlow e, Profile env, FlowSimulator sim, Consumer<Diagnostic> problems) {
        List<FlowCheck> out = new ArrayList<>();
        List<Flow> flows;
        try {
            flows = FlowRequest.flows(env, e.service(), e.from(), e.to(), e.via());
        } catch (IllegalArgumentException ex) {
            problems.accept(Diagnostic.error(
                            DiagnosticCode.P107_INVALID_VALUE,
                            e.pos(),
                            "cannot check " + e.describe() + ": " + ex.getMessage())
                    .inEnv(env.name()));
            return out;
        }
        for (Flow f : flows) {
            try {
                String requirement = e.describe() + (e.reason().isEmpty() ? "" : " (" + e.reason() + ")");
                Verdict v = sim.simulate(f);
                out.add(
                        kind == FlowCheck.Kind.EXAMPLE
                                ? FlowCheck.example(requirement, f, e.allow(), v, e.pos())
                                : FlowCheck.expected(requirement, f, e.allow(), v, e.pos()));
            } catch (IllegalArgumentException ex) {
                problems.accept(Diagnostic.error(
                                DiagnosticCode.P107_INVALID_VALUE,
                                e.pos(),
                                "cannot check " + f.describe() + ": " + ex.getMessage())
                        .inEnv(env.name()));
            }
        }
        return out;
    }
}
