package dev.polcat.analyze;

import dev.polcat.validate.ValidatedPolicy;
import java.util.List;

/** What the analysis found about one policy in one environment. */
public record PolicyAnalysis(ValidatedPolicy policy, List<ExplainedRule> rules) {
    public PolicyAnalysis {
        rules = List.copyOf(rules);
    }
}
