package dev.polcat.analyze.flow;

import dev.polcat.calico.PolicyType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * For one host endpoint: every chain's tiers with the policies whose selector matches the host's
 * labels (computed once per simulator), and the policies that would match but can never apply.
 */
final class HostPlan {
    private final HostInfo host;
    private final Map<Chain, List<TierPlan>> chains = new EnumMap<>(Chain.class);
    private final Map<PolicyType, List<String>> inapplicable = new EnumMap<>(PolicyType.class);

    HostPlan(HostInfo host, PolicyIndex index) {
        this.host = host;
        List<CompiledPolicy> selected = new ArrayList<>();
        for (CompiledPolicy p : index.policies()) if (p.selects(host)) selected.add(p);
        for (Chain chain : Chain.values()) chains.put(chain, tiers(chain, selected, index));
        for (PolicyType d : PolicyType.values()) inapplicable.put(d, new ArrayList<>());
        for (PolicyIndex.Inapplicable p : index.inapplicable()) {
            if (p.selector() == null || !p.selector().matches(host.labels())) continue;
            for (PolicyType d : p.types()) {
                inapplicable.get(d).add(p.label() + " would select " + host.name() + "'s labels, but " + p.why());
            }
        }
    }

    static List<TierPlan> tiers(Chain chain, List<CompiledPolicy> selected, PolicyIndex index) {
        List<TierPlan> out = new ArrayList<>();
        List<CompiledPolicy> current = new ArrayList<>();
        String tier = null;
        for (CompiledPolicy p : selected) {
            if (!chain.holds(p)) continue;
            if (!p.tier().equals(tier) && !current.isEmpty()) {
                out.add(new TierPlan(tier, index.tier(tier).defaultAction(), current));
                current = new ArrayList<>();
            }
            tier = p.tier();
            current.add(p);
        }
        if (!current.isEmpty()) out.add(new TierPlan(tier, index.tier(tier).defaultAction(), current));
        return List.copyOf(out);
    }

    HostInfo host() {
        return host;
    }

    List<TierPlan> tiers(Chain chain) {
        return chains.get(chain);
    }

    /** Notes on policies that match the host's labels in this direction but never apply to host endpoints. */
    List<String> inapplicable(PolicyType direction) {
        return inapplicable.get(direction);
    }
}
