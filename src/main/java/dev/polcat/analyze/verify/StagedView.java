package dev.polcat.analyze.verify;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.FlowCheck;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.analyze.flow.Endpoint;
import dev.polcat.analyze.flow.FailsafePorts;
import dev.polcat.analyze.flow.Flow;
import dev.polcat.analyze.flow.FlowSimulator;
import dev.polcat.analyze.flow.Verdict;
import dev.polcat.catalog.FlowService;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.Diagnostics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One environment as it would be if every staged policy were enforced: its flow checks simulated again,
 * and the flows whose verdict would change — the checked flows, the systematic exposure probes, and every
 * workload's declared ports from every other workload — flows that would open first.
 */
public final class StagedView {
    /** A flow whose verdict changes: {@code context} says which check or probe it comes from. */
    public record Change(String flow, String context, boolean before, boolean after, Verdict verdict) {
        public boolean opens() {
            return after && !before;
        }
    }

    private final List<FlowCheck> checks = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final boolean hasStaged;

    public StagedView(EnvironmentAnalysis e) {
        EnvironmentFlows flows = new EnvironmentFlows(
                e.env(), e.policies().stream().map(PolicyAnalysis::policy).toList(), d -> new Diagnostics().add(d));
        this.hasStaged = flows.hasStaged();
        FlowSimulator staged = flows.staged();
        FlowSimulator stagedOff = staged.withFailsafe(FailsafePorts.disabled());
        Set<String> seen = new LinkedHashSet<>();
        for (FlowCheck c : e.checks()) {
            boolean off = c.mode() == FlowCheck.Failsafe.OFF;
            Verdict v = (off ? stagedOff : staged).simulate(c.flow());
            checks.add(c.withVerdict(v));
            String flow = c.flow().describe() + (off ? " (failsafe ports off)" : "");
            if (v.allowed() != c.verdict().allowed() && seen.add(flow)) {
                changes.add(new Change(
                        flow,
                        "[" + c.kind().word() + "] " + c.requirement(),
                        c.verdict().allowed(),
                        v.allowed(),
                        v));
            }
        }
        List<Probe> probes = flows.probes();
        if (!FlowMatrix.tooLarge(probes, flows.policyCount())) {
            Map<Probe, FlowMatrix.Result> now =
                    FlowMatrix.run(flows.simulator(), probes).results();
            for (Probe p : probes) {
                FlowMatrix.Result before = now.get(p);
                if (before == null) continue;
                Verdict v = staged.simulate(p.flow());
                if (v.allowed() != before.allowed() && seen.add(p.flow().describe())) {
                    changes.add(new Change(
                            p.flow().describe(),
                            "[" + FlowCheck.Kind.EXPOSURE.word() + "] " + p.describe(),
                            before.allowed(),
                            v.allowed(),
                            v));
                }
            }
        }
        for (Flow flow : workloadPaths(e.env())) {
            String path = flow.describe();
            if (seen.contains(path)) continue;
            Verdict before = flows.simulator().simulate(flow);
            Verdict after = staged.simulate(flow);
            if (before.allowed() != after.allowed() && seen.add(path)) {
                changes.add(new Change(
                        path, "[workloads] a port the destination declares", before.allowed(), after.allowed(), after));
            }
        }
        changes.sort(Comparator.comparing((Change c) -> !c.opens()).thenComparing(Change::flow));
    }

    /** Every workload's declared container ports, from every other workload: the pod-to-pod flows a staged policy most often changes. */
    static List<Flow> workloadPaths(Profile env) {
        List<Flow> out = new ArrayList<>();
        for (var to : env.workloads()) {
            for (var port : to.ports()) {
                for (var from : env.workloads()) {
                    if (from.equals(to)) continue;
                    out.add(Flow.path(
                            new Endpoint.WorkloadName(from.namespace(), from.name()),
                            new Endpoint.WorkloadName(to.namespace(), to.name()),
                            FlowService.of(port.protocol(), port.port())));
                }
            }
        }
        return out;
    }

    public boolean hasStaged() {
        return hasStaged;
    }

    /** The environment's flow checks, each simulated with every staged policy enforced. */
    public List<FlowCheck> checks() {
        return checks;
    }

    public List<Change> changes() {
        return changes;
    }
}
