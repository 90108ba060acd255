package dev.polcat.site;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.ExplainedRule;
import dev.polcat.analyze.PolicyAnalysis;

/** Links from other pages to one rule of a policy page, as the simulator names it (resource and path). */
final class RuleLinks {
    private RuleLinks() {}

    /**
     * The rule's permalink on its policy page, with that page showing the environment
     * ({@code policies/P.html?env=ENV#rule-ID}), from {@code root}; the policy page's top when the rule is not
     * one of the policy's explained rules, and "" when no policy of the environment renders {@code resource}.
     */
    static String href(PageContext ctx, EnvironmentAnalysis e, String resource, String rulePath, String root) {
        for (PolicyAnalysis pa : e.policies()) {
            for (ExplainedRule r : pa.rules()) {
                if (r.resource().equals(resource) && r.path().equals(rulePath)) {
                    String policy = pa.policy().policy().name();
                    String id = ctx.ruleId(policy, e.env().name(), r);
                    String page = root + SitePaths.policyPage(policy) + "?env="
                            + e.env().name();
                    return id.isEmpty() ? page : page + "#" + id;
                }
            }
        }
        for (PolicyAnalysis pa : e.policies()) {
            if (pa.policy().policies().stream().anyMatch(p -> p.name().equals(resource))) {
                return root + SitePaths.policyPage(pa.policy().policy().name());
            }
        }
        return "";
    }
}
