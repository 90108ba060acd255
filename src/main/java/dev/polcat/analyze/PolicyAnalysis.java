package dev.polcat.analyze;

import dev.polcat.validate.ValidatedPolicy;
import java.util.List;

/** What the analysis found about one policy in one environment: its rules explained and its caveats. */
public record PolicyAnalysis(ValidatedPolicy policy, List<ExplainedRule> rules, List<Finding> findings) {
    public PolicyAnalysis {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
    }
}
