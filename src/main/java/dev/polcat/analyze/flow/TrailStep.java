package dev.polcat.analyze.flow;

import java.util.Objects;

/**
 * One step of a simulation. {@code tier}, {@code policy}, {@code rule} ({@code spec.ingress[2]}) and
 * {@code ruleName} (the rule's {@code polcat.dev/rule} annotation) are "" when the step is not about one;
 * {@code detail} says what happened ("matched Allow", "no rule matched; fell through").
 */
public record TrailStep(
        Stage stage, String tier, String policy, String rule, String ruleName, Outcome outcome, String detail) {

    public TrailStep {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(outcome, "outcome");
        tier = tier == null ? "" : tier;
        policy = policy == null ? "" : policy;
        rule = rule == null ? "" : rule;
        ruleName = ruleName == null ? "" : ruleName;
        detail = detail == null ? "" : detail;
    }

    static TrailStep of(Stage stage, Outcome outcome, String detail) {
        return new TrailStep(stage, "", "", "", "", outcome, detail);
    }

    /** {@code spec.ingress[0] (ssh-in)}, or just the index when the rule has no name; "" for no rule. */
    public String ruleText() {
        if (rule.isEmpty() || ruleName.isEmpty()) return rule;
        return rule + " (" + ruleName + ")";
    }

    /** One line: {@code normal: tier default: policy failsafe: spec.ingress[0] (ssh): matched Allow}. */
    public String text() {
        StringBuilder sb = new StringBuilder(stage.label()).append(": ");
        if (!tier.isEmpty()) sb.append("tier ").append(tier).append(": ");
        if (!policy.isEmpty()) sb.append("policy ").append(policy).append(": ");
        if (!rule.isEmpty()) sb.append(ruleText()).append(": ");
        return sb.append(detail).toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
