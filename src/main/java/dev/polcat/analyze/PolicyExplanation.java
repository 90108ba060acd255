package dev.polcat.analyze;

import dev.polcat.analyze.lint.LintContext;
import dev.polcat.analyze.lint.Lints;
import dev.polcat.calico.PolicyResource;
import dev.polcat.calico.PolicySpec;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Rule;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One policy explained on its own (for {@code polcat explain}): a summary of what it selects and when it
 * applies, every rule as a sentence, and the caveats the lints detect.
 */
public record PolicyExplanation(PolicyResource policy, String summary, List<ExplainedRule> rules, List<Finding> findings) {

    private static final RuleExplainer EXPLAINER = new RuleExplainer();

    public static PolicyExplanation of(PolicyResource p) {
        Profile none = new Profile("-", "", "", false, List.of(), Map.of(), Map.of(), List.of(), List.of(),
                dev.polcat.catalog.FailsafeSettings.DEFAULTS, dev.polcat.catalog.LockoutTargets.NONE, SourcePos.of("-"));
        List<ExplainedRule> rules = new ArrayList<>();
        for (PolicyType dir : PolicyType.values()) {
            List<Rule> list = p.spec().rules(dir);
            for (int i = 0; i < list.size(); i++) {
                Rule r = list.get(i);
                rules.add(new ExplainedRule(p.name(), dir, i, r.name(), "", EXPLAINER.explain(r, dir), "", r));
            }
        }
        return new PolicyExplanation(p, summary(p.spec()), rules, Lints.run(new LintContext(none, p, List.of(p))));
    }

    static String summary(PolicySpec s) {
        StringBuilder b = new StringBuilder();
        b.append(s.order() == null ? "no order (evaluated last in its tier)" : "order " + s.order().stripTrailingZeros().toPlainString());
        b.append(" in tier ").append(s.effectiveTier());
        b.append("; selects ").append(s.selector().isEmpty() ? "all()" : s.selector());
        if (!s.namespaceSelector().isEmpty()) b.append(" in namespaces ").append(s.namespaceSelector());
        b.append("; applies to ").append(String.join(" and ", s.effectiveTypes().stream().map(PolicyType::yamlName).toList()))
                .append(" traffic");
        if (s.doNotTrack()) b.append("; untracked (doNotTrack)");
        if (s.preDNAT()) b.append("; pre-DNAT");
        if (s.applyOnForward()) b.append("; also to forwarded traffic");
        return b.toString();
    }
}
