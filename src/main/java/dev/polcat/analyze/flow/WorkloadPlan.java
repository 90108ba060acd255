package dev.polcat.analyze.flow;

import dev.polcat.calico.PolicyType;
import java.util.ArrayList;
import java.util.List;

/**
 * For one workload endpoint: the tiers of its ingress and egress chains with the policies that select
 * it (computed once per simulator). Workload endpoints have only the normal chains: no failsafe, no
 * untracked or preDNAT stage.
 */
final class WorkloadPlan {
    private final WorkloadInfo workload;
    private final List<TierPlan> ingress;
    private final List<TierPlan> egress;

    WorkloadPlan(WorkloadInfo workload, PolicyIndex index) {
        this.workload = workload;
        List<CompiledPolicy> selected = new ArrayList<>();
        for (CompiledPolicy p : index.policies()) if (p.selects(workload)) selected.add(p);
        this.ingress = HostPlan.tiers(Chain.NORMAL_INGRESS, selected, index);
        this.egress = HostPlan.tiers(Chain.NORMAL_EGRESS, selected, index);
    }

    WorkloadInfo workload() {
        return workload;
    }

    List<TierPlan> tiers(PolicyType direction) {
        return direction == PolicyType.INGRESS ? ingress : egress;
    }
}
