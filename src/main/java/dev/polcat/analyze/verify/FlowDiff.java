package dev.polcat.analyze.verify;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.FlowCheck;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.analyze.PublicDeclarations;
import dev.polcat.analyze.diff.FlowChange;
import dev.polcat.analyze.diff.FlowComparison;
import dev.polcat.analyze.flow.FlowSimulator;
import dev.polcat.analyze.flow.Verdict;
import dev.polcat.diag.Diagnostics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flows whose verdict changes between two versions of an environment: the systematic set (every
 * host × every service either version mentions × anywhere and each declared network) plus the expected
 * flows and lockout-guard flows of both versions. Flows that open come first.
 */
public final class FlowDiff implements FlowComparison {

    @Override
    public List<FlowChange> compare(EnvironmentAnalysis before, EnvironmentAnalysis after) {
        if (before == null || after == null) return List.of();
        EnvironmentFlows b = flows(before);
        EnvironmentFlows a = flows(after);
        Set<Probe> probes = new LinkedHashSet<>(b.probes());
        probes.addAll(a.probes());
        List<FlowChange> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        if (!FlowMatrix.tooLarge(new ArrayList<>(probes), Math.max(b.policyCount(), a.policyCount()))) {
            List<Probe> all = new ArrayList<>(probes);
            matrix(all, b.simulator(), a.simulator(), "", after, out, reported);
            matrix(all, b.withoutFailsafe(), a.withoutFailsafe(), " (failsafe ports off)", after, out, reported);
        }
        checks(b, a, before, out, reported);
        checks(b, a, after, out, reported);
        out.sort(Comparator.comparing((FlowChange f) -> !f.isNewInternetExposure())
                .thenComparing(f -> !f.opens())
                .thenComparing(FlowChange::flow));
        return out.stream().distinct().toList();
    }

    /**
     * Verdict changes over the probes. With failsafe ports on, a change to a failsafe port is invisible;
     * the second pass, with them off, shows what the policies alone now open or close.
     */
    private static void matrix(
            List<Probe> probes,
            FlowSimulator before,
            FlowSimulator after,
            String suffix,
            EnvironmentAnalysis head,
            List<FlowChange> out,
            Set<String> reported) {
        // A probe one version cannot simulate (its host is gone) shows as a host change instead.
        Map<Probe, FlowMatrix.Result> vb = FlowMatrix.run(before, probes).results();
        Map<Probe, FlowMatrix.Result> va = FlowMatrix.run(after, probes).results();
        for (Probe p : probes) {
            FlowMatrix.Result x = vb.get(p);
            FlowMatrix.Result y = va.get(p);
            if (x == null || y == null || x.allowed() == y.allowed()) continue;
            boolean already = out.stream().anyMatch(f -> f.flow().equals(p.describe()));
            if (!already) reported.add(p.flow().describe());
            if (!already) {
                out.add(new FlowChange(
                        p.describe() + suffix,
                        x.allowed(),
                        y.allowed(),
                        y.explanation(),
                        p.isFromInternet(),
                        PublicDeclarations.declares(head.env(), p.host(), p.service())));
            }
        }
    }

    /**
     * Expected, example and guarded flows of either version, checked with failsafe ports off on both
     * sides. Each flow once: the guard checks a flow in both failsafe modes, and the matrix may have
     * reported it already.
     */
    private static void checks(
            EnvironmentFlows b,
            EnvironmentFlows a,
            EnvironmentAnalysis side,
            List<FlowChange> out,
            Set<String> reported) {
        for (FlowCheck c : side.checks()) {
            var flow = c.flow();
            if (!reported.add(flow.describe())) continue;
            // A flow that names a host or workload the other version lacks cannot be compared: that
            // change shows as a host (or workload) change of the environment.
            if (!(b.withoutFailsafe().evaluate(flow) instanceof Verdict x)) continue;
            if (!(a.withoutFailsafe().evaluate(flow) instanceof Verdict y)) continue;
            if (x.allowed() != y.allowed()) {
                out.add(new FlowChange(
                        flow.describe() + " (" + c.requirement() + ", failsafe ports off)",
                        x.allowed(),
                        y.allowed(),
                        y.explain()));
            }
        }
    }

    private static EnvironmentFlows flows(EnvironmentAnalysis e) {
        return new EnvironmentFlows(
                e.env(), e.policies().stream().map(PolicyAnalysis::policy).toList(), d -> new Diagnostics().add(d));
    }
}
