package dev.polcat.analyze.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The result of matching one rule: its coverage of the flow, the first reason it does not match (for
 * NONE), and the reasons it matches only in part (for SOME). Reasons are kept as a fixed part (computed
 * when the rule was compiled) and a part about the flow, and joined only when read.
 */
final class RuleMatch {
    /** A rule that matches all of the flow (read only: nothing is added to it). */
    static final RuleMatch FULL = new RuleMatch();

    private Coverage coverage = Coverage.ALL;
    private String failureRule = "";
    private Supplier<String> failureFlow = () -> "";
    private List<String> partial = List.of();

    Coverage coverage() {
        return coverage;
    }

    /** Records one criterion; returns false when the rule can no longer match, so callers can stop. */
    boolean add(Coverage c, String aboutRule, String aboutFlow) {
        return add(c, aboutRule, () -> aboutFlow);
    }

    /**
     * {@link #add(Coverage, String, String)} with the part about the flow made only when read: a brief
     * trail never reads why a rule did not match.
     */
    boolean add(Coverage c, String aboutRule, Supplier<String> aboutFlow) {
        if (c == Coverage.ALL) return true;
        if (this == FULL) throw new IllegalStateException("RuleMatch.FULL is shared and never changes");
        if (c == Coverage.NONE) {
            coverage = Coverage.NONE;
            failureRule = aboutRule;
            failureFlow = aboutFlow;
            return false;
        }
        coverage = Coverage.SOME;
        if (partial.isEmpty()) partial = new ArrayList<>(2);
        partial.add(aboutRule + aboutFlow.get());
        return true;
    }

    /** {@code no match: <why>}. */
    String noMatchText() {
        return "no match: " + failureRule + failureFlow.get();
    }

    /** Why the rule matches only part of the flow ({@code "source nets ... may not hold all of ..."; ...}). */
    String partialReasons() {
        return String.join("; ", partial);
    }
}
