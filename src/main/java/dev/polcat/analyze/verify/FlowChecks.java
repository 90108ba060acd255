package dev.polcat.analyze.verify;

import dev.polcat.analyze.FlowCheck;
import dev.polcat.analyze.flow.Flow;
import dev.polcat.analyze.flow.FlowSimulator;
import dev.polcat.analyze.flow.Simulation;
import dev.polcat.analyze.flow.Verdict;
import dev.polcat.catalog.ExpectedFlow;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.SourcePos;
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
        FlowRequest.Requested requested = FlowRequest.flows(env, e);
        if (requested instanceof FlowRequest.Bad bad) {
            problems.accept(cannotCheck(env, bad.pos(), e.describe(), bad.message()));
            return out;
        }
        String requirement = e.describe() + (e.reason().isEmpty() ? "" : " (" + e.reason() + ")");
        for (Flow f : ((FlowRequest.Flows) requested).flows()) {
            Simulation s = sim.evaluate(f);
            if (s instanceof Simulation.Refused r) {
                problems.accept(cannotCheck(env, e.pos(), f.describe(), r.reason()));
            } else if (kind == FlowCheck.Kind.EXAMPLE) {
                out.add(FlowCheck.example(requirement, f, e.allow(), (Verdict) s, e.pos()));
            } else {
                out.add(FlowCheck.expected(requirement, f, e.allow(), (Verdict) s, e.pos()));
            }
        }
        return out;
    }

    private static Diagnostic cannotCheck(Profile env, SourcePos pos, String what, String why) {
        return Diagnostic.error(DiagnosticCode.P107_INVALID_VALUE, pos, "cannot check " + what + ": " + why)
                .inEnv(env.name());
    }
}
