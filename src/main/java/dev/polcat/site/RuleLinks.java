package dev.polcat.site;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.ExplainedRule;
import dev.polcat.analyze.PolicyAnalysis;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/** Links from other pages to one rule of a policy page, as the simulator names it (resource and path). */
final class RuleLinks {
    private RuleLinks() {}

    /**
     * {@link #href} of one environment, each rule's link made once: an exposure report asks for the same
     * few rules once per row (50,000 rows an environment at 20 policies × 5 environments), and each
     * answer searches every rule of the environment. For one page, on one thread.
     */
    static BiFunction<String, String, String> of(PageContext ctx, EnvironmentAnalysis e, String root) {
        Map<String, String> links = new HashMap<>();
        // every rule of the environment by resource and path, the first policy's: one pass, not one per rule asked
        Map<String, PolicyAnalysis> owners = new HashMap<>();
        Map<String, ExplainedRule> rules = new HashMap<>();
        for (PolicyAnalysis pa : e.policies()) {
            for (ExplainedRule r : pa.rules()) {
                String key = r.resource() + "\u0000" + r.path();
                if (owners.putIfAbsent(key, pa) == null) rules.put(key, r);
            }
        }
        return (resource, rulePath) -> links.computeIfAbsent(resource + "\u0000" + rulePath, k -> {
            PolicyAnalysis pa = owners.get(k);
            return pa == null ? href(ctx, e, resource, rulePath, root) : link(ctx, e, pa, rules.get(k), root);
        });
    }

    /**
     * The rule's permalink on its policy page, with that page showing the environment
     * ({@code policies/P.html?env=ENV#rule-ID}), from {@code root}; the policy page's top when the rule is not
     * one of the policy's explained rules, and "" when no policy of the environment renders {@code resource}.
     */
    static String href(PageContext ctx, EnvironmentAnalysis e, String resource, String rulePath, String root) {
        for (PolicyAnalysis pa : e.policies()) {
            for (ExplainedRule r : pa.rules()) {
                if (r.resource().equals(resource) && r.path().equals(rulePath)) return link(ctx, e, pa, r, root);
            }
        }
        for (PolicyAnalysis pa : e.policies()) {
            if (pa.policy().policies().stream().anyMatch(p -> p.name().equals(resource))) {
                return root + SitePaths.policyPage(pa.policy().policy().name());
            }
        }
        return "";
    }

    private static String link(
            PageContext ctx, EnvironmentAnalysis e, PolicyAnalysis pa, ExplainedRule r, String root) {
        String policy = pa.policy().policy().name();
        String id = ctx.ruleId(policy, e.env().name(), r);
        String page = root + SitePaths.policyPage(policy) + "?env=" + e.env().name();
        return id.isEmpty() ? page : page + "#" + id;
    }
}
