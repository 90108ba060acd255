package dev.polcat.analyze.flow;

import dev.polcat.calico.PolicyType;
import dev.polcat.calico.selector.Selector;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A policy with its selectors and rules pre-compiled. {@code name} is how trails name it ({@code failsafe},
 * or {@code shop/allow-web} for a namespaced policy); {@code namespace} is "" for a global policy;
 * {@code namespaceSelector} and {@code serviceAccountSelector} are null when not set.
 */
record CompiledPolicy(
        String name,
        String namespace,
        String tier,
        BigDecimal order,
        Selector selector,
        Selector namespaceSelector,
        Selector serviceAccountSelector,
        boolean doNotTrack,
        boolean preDNAT,
        boolean applyOnForward,
        Set<PolicyType> types,
        List<CompiledRule> ingress,
        List<CompiledRule> egress) {

    List<CompiledRule> rules(PolicyType direction) {
        return direction == PolicyType.INGRESS ? ingress : egress;
    }

    /** Only global policies without namespaceSelector and serviceAccountSelector reach host endpoints (CALICO.md section 2). */
    boolean canSelectHosts() {
        return namespace.isEmpty() && namespaceSelector == null && serviceAccountSelector == null;
    }

    boolean selects(HostInfo host) {
        return canSelectHosts() && selector.matches(host.labels());
    }

    /**
     * Whether the policy applies to the workload: a namespaced policy only in its namespace, each set
     * selector matching; doNotTrack and preDNAT policies are host-endpoint-only (Felix renders them in the
     * raw and mangle tables of host endpoints), so they never apply to workloads.
     */
    boolean selects(WorkloadInfo w) {
        if (doNotTrack || preDNAT) return false;
        if (!namespace.isEmpty() && !namespace.equals(w.namespace())) return false;
        if (namespaceSelector != null && !namespaceSelector.matches(w.namespaceLabels())) return false;
        if (serviceAccountSelector != null && !serviceAccountSelector.matches(w.accountLabels())) return false;
        return selector.matches(w.labels());
    }
}
