package dev.polcat.calico;

import dev.polcat.calico.selector.ParsedSelector;
import java.math.BigDecimal;
import java.util.List;

/**
 * The spec shared by GlobalNetworkPolicy and NetworkPolicy. {@code order} is null when absent (applied
 * last); {@code types} is empty when omitted (Calico defaults it, see {@link #effectiveTypes()}). The
 * global-only fields are false/empty on a NetworkPolicy.
 */
public record PolicySpec(
        String tier,
        BigDecimal order,
        ParsedSelector selector,
        ParsedSelector namespaceSelector,
        ParsedSelector serviceAccountSelector,
        List<PolicyType> types,
        List<Rule> ingress,
        List<Rule> egress,
        boolean doNotTrack,
        boolean preDNAT,
        boolean applyOnForward,
        List<String> performanceHints) {

    public PolicySpec {
        tier = tier == null ? "" : tier;
        selector = selector == null ? ParsedSelector.EMPTY : selector;
        namespaceSelector = namespaceSelector == null ? ParsedSelector.EMPTY : namespaceSelector;
        serviceAccountSelector = serviceAccountSelector == null ? ParsedSelector.EMPTY : serviceAccountSelector;
        types = List.copyOf(types);
        ingress = List.copyOf(ingress);
        egress = List.copyOf(egress);
        performanceHints = List.copyOf(performanceHints);
    }

    /** Parses the three selectors once, here, where the spec is read or built. */
    public PolicySpec(
            String tier,
            BigDecimal order,
            String selector,
            String namespaceSelector,
            String serviceAccountSelector,
            List<PolicyType> types,
            List<Rule> ingress,
            List<Rule> egress,
            boolean doNotTrack,
            boolean preDNAT,
            boolean applyOnForward,
            List<String> performanceHints) {
        this(
                tier,
                order,
                ParsedSelector.of(selector),
                ParsedSelector.of(namespaceSelector),
                ParsedSelector.of(serviceAccountSelector),
                types,
                ingress,
                egress,
                doNotTrack,
                preDNAT,
                applyOnForward,
                performanceHints);
    }

    public String effectiveTier() {
        return tier.isEmpty() ? "default" : tier;
    }

    /** Calico's defaulting of an omitted {@code types} (api/pkg/defaults/networkpolicy.go). */
    public List<PolicyType> effectiveTypes() {
        if (!types.isEmpty()) return types;
        if (egress.isEmpty()) return List.of(PolicyType.INGRESS);
        if (ingress.isEmpty()) return List.of(PolicyType.EGRESS);
        return List.of(PolicyType.INGRESS, PolicyType.EGRESS);
    }

    public boolean appliesTo(PolicyType direction) {
        return effectiveTypes().contains(direction);
    }

    public List<Rule> rules(PolicyType direction) {
        return direction == PolicyType.INGRESS ? ingress : egress;
    }
}
