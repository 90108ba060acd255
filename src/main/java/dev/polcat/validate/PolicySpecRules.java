package dev.polcat.validate;

import dev.polcat.calico.Kind;
import dev.polcat.calico.PolicyResource;
import dev.polcat.calico.PolicySpec;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Rule;
import dev.polcat.calico.selector.ParsedSelector;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The spec of a GlobalNetworkPolicy or NetworkPolicy (validate*PolicySpec, CRD schema and CEL): tier,
 * selectors, types, rule counts and performanceHints; then every rule.
 */
final class PolicySpecRules {
    static final int MAX_RULES = 1024;
    static final String HINT = "AssumeNeededOnEveryNode";

    private PolicySpecRules() {}

    static void check(PolicyResource r, Problems p) {
        PolicySpec s = r.spec();
        Kind kind = r.kind();
        if (!s.tier().isEmpty() && !K8sNames.isSubdomain(s.tier())) {
            p.add(
                    "spec.tier",
                    "tier " + Problems.quote(s.tier()) + " is not a valid tier name; use "
                            + "lowercase letters, digits and '-'",
                    "omit tier for the default tier");
        }
        selector(s.selector(), "spec.selector", p);
        if (kind == Kind.GLOBAL_NETWORK_POLICY) selector(s.namespaceSelector(), "spec.namespaceSelector", p);
        selector(s.serviceAccountSelector(), "spec.serviceAccountSelector", p);
        types(s.types(), p);
        if (kind == Kind.GLOBAL_NETWORK_POLICY) HostPolicyFlagRules.check(s, p);
        hints(s.performanceHints(), p);
        rules(s.ingress(), "spec.ingress", PolicyType.INGRESS, kind, p);
        rules(s.egress(), "spec.egress", PolicyType.EGRESS, kind, p);
    }

    private static void selector(ParsedSelector selector, String path, Problems p) {
        SelectorRules.check(selector, path, p);
        SelectorRules.noGlobal(selector.text(), path, p);
    }

    private static void types(List<PolicyType> types, Problems p) {
        Set<PolicyType> seen = EnumSet.noneOf(PolicyType.class);
        for (int i = 0; i < types.size(); i++) {
            if (!seen.add(types.get(i))) {
                p.add(
                        Problems.item("spec.types", i),
                        "'" + types.get(i).yamlName()
                                + "' type specified more than once; types holds Ingress and/or Egress, each once",
                        "remove the repeat");
            }
        }
    }

    private static void hints(List<String> hints, Problems p) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < hints.size(); i++) {
            String at = Problems.item("spec.performanceHints", i);
            String h = hints.get(i);
            if (!h.equals(HINT)) {
                p.add(
                        at,
                        "unknown performance hint " + Problems.quote(h) + "; the only hint is " + HINT,
                        h.equalsIgnoreCase(HINT) ? "hints are case-sensitive: " + HINT : "");
            } else if (!seen.add(h)) {
                p.add(at, "duplicate performance hint " + Problems.quote(h) + "; list it once", "remove the repeat");
            }
        }
    }

    private static void rules(List<Rule> rules, String path, PolicyType direction, Kind kind, Problems p) {
        if (rules.size() > MAX_RULES) {
            p.add(
                    path,
                    rules.size() + " rules; at most " + MAX_RULES + " "
                            + direction.yamlName().toLowerCase(java.util.Locale.ROOT) + " rules are allowed per policy",
                    "split the policy");
        }
        for (int i = 0; i < rules.size(); i++) {
            RuleRules.check(rules.get(i), Problems.item(path, i), direction, kind, p);
        }
    }
}
