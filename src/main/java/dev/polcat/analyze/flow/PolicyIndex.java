package dev.polcat.analyze.flow;

import dev.polcat.calico.Action;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.PolicySpec;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Rule;
import dev.polcat.calico.Tier;
import dev.polcat.calico.selector.Selector;
import dev.polcat.calico.selector.SelectorParseException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every enforced policy of an environment compiled once, sorted as Felix evaluates them: tiers by order
 * (absent = last) then name, policies by order (absent = last) then name. Only GlobalNetworkPolicies
 * without namespaceSelector and serviceAccountSelector can apply to host endpoints; the others are also
 * listed as {@link #inapplicable()} so that host trails can say why they do not apply. A policy Felix would
 * reject (a selector that does not parse, an unknown protocol) is dropped with a warning, as Felix treats
 * it as missing.
 */
final class PolicyIndex {
    record TierDef(String name, BigDecimal order, Action defaultAction) {}

    /** A policy that never applies to host endpoints, and why; {@code selector} null when it does not parse. */
    record Inapplicable(String label, Selector selector, List<PolicyType> types, String why) {}

    private static final Map<String, TierDef> BUILT_IN = Map.of(
            "default", new TierDef("default", BigDecimal.valueOf(1_000_000), Action.DENY),
            "kube-admin", new TierDef("kube-admin", BigDecimal.valueOf(1_000), Action.PASS),
            "kube-baseline", new TierDef("kube-baseline", BigDecimal.valueOf(10_000_000), Action.PASS));

    private final Map<String, TierDef> tiers = new HashMap<>(BUILT_IN);
    private final List<CompiledPolicy> policies = new ArrayList<>();
    private final List<Inapplicable> inapplicable = new ArrayList<>();
    private int ruleCount;

    PolicyIndex(
            List<CalicoResource> resources, List<EnforcedPolicy> enforced, SelectorSets sets, List<String> warnings) {
        for (CalicoResource r : resources) {
            if (r instanceof Tier t) {
                tiers.put(
                        t.name(),
                        new TierDef(t.name(), t.order(), t.defaultAction() == null ? Action.DENY : t.defaultAction()));
            }
        }
        for (EnforcedPolicy p : enforced) add(p, sets, warnings);
        for (CompiledPolicy p : policies) {
            tiers.computeIfAbsent(p.tier(), name -> {
                warnings.add("tier " + name + " (of policy " + p.name()
                        + ") is not defined; treated as the last tier, default Deny");
                return new TierDef(name, null, Action.DENY);
            });
        }
        Comparator<BigDecimal> order = Comparator.nullsLast(Comparator.naturalOrder());
        Comparator<TierDef> tierOrder =
                Comparator.comparing(TierDef::order, order).thenComparing(TierDef::name);
        policies.sort(Comparator.comparing((CompiledPolicy p) -> tiers.get(p.tier()), tierOrder)
                .thenComparing(CompiledPolicy::order, order)
                .thenComparing(CompiledPolicy::name));
    }

    /** How many rules were compiled: their ids are 0 to this, exclusive. */
    int ruleCount() {
        return ruleCount;
    }

    /** Every policy in evaluation order (tiers consecutive). */
    List<CompiledPolicy> policies() {
        return policies;
    }

    TierDef tier(String name) {
        return tiers.get(name);
    }

    List<Inapplicable> inapplicable() {
        return inapplicable;
    }

    private void add(EnforcedPolicy p, SelectorSets sets, List<String> warnings) {
        PolicySpec spec = p.spec();
        String label = p.label();
        Selector selector;
        Selector namespaces;
        Selector accounts;
        try {
            selector = spec.selector().selector();
            namespaces = spec.namespaceSelector().isEmpty()
                    ? null
                    : spec.namespaceSelector().selector();
            accounts = spec.serviceAccountSelector().isEmpty()
                    ? null
                    : spec.serviceAccountSelector().selector();
        } catch (SelectorParseException e) {
            warnings.add(label + ": selector does not parse (" + e.getMessage() + "); Felix ignores the policy");
            return;
        }
        if (!p.isGlobal()) {
            inapplicable.add(new Inapplicable(
                    label, selector, spec.effectiveTypes(), "a NetworkPolicy never applies to host endpoints"));
        } else if (namespaces != null || accounts != null) {
            String field = namespaces == null ? "serviceAccountSelector" : "namespaceSelector";
            inapplicable.add(new Inapplicable(
                    label,
                    selector,
                    spec.effectiveTypes(),
                    "it sets " + field + ", so it selects only workload endpoints, never host endpoints"));
        }
        try {
            policies.add(new CompiledPolicy(
                    p.displayName(),
                    p.namespace(),
                    spec.effectiveTier(),
                    spec.order(),
                    selector,
                    namespaces,
                    accounts,
                    spec.doNotTrack(),
                    spec.preDNAT(),
                    spec.applyOnForward(),
                    EnumSet.copyOf(spec.effectiveTypes()),
                    rules(spec.ingress(), "spec.ingress", p.namespace(), sets, warnings),
                    rules(spec.egress(), "spec.egress", p.namespace(), sets, warnings)));
        } catch (SelectorParseException | IllegalArgumentException e) {
            warnings.add(label + ": " + e.getMessage() + "; Felix ignores the policy");
        }
    }

    private List<CompiledRule> rules(
            List<Rule> rules, String field, String namespace, SelectorSets sets, List<String> warnings)
            throws SelectorParseException {
        List<CompiledRule> out = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            out.add(new CompiledRule(ruleCount++, rules.get(i), field + "[" + i + "]", namespace, sets, warnings));
        }
        return List.copyOf(out);
    }
}
