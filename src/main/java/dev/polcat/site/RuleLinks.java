package dev.polcat.site;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.ExplainedRule;
import dev.polcat.analyze.PolicyAnalysis;

/** Links from other pages to one rule of a policy page, as the simulator names it (resource and path). */
final class RuleLinks {
    private RuleLinks() {}

    /**
     * The rule's anchor on its policy page ({@code ENV-ANCHOR}, as {@link PolicyPage} writes it), from
     * {@code root}; the policy page's top when the rule is not one of the policy's explained rules, and ""
     * when no policy of the environment renders {@code resource}.
     */
    static String href(EnvironmentAnalysis e, String resource, String rulePath, String root) {
        for (PolicyAnalysis pa : e.policies()) {
            for (ExplainedRule r : pa.rules()) {
                if (r.resource().equals(resource) && r.path().equals(rulePath)) {
                    return root + SitePaths.policyPage(pa.policy().policy().name()) + "#" + e.env().name() + "-" + r.anchor();
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
