package dev.polcat.analyze.flow;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of matching one rule: its coverage of the flow, the first reason it does not match (for
 * NONE), and the reasons it matches only in part (for SOME).
 */
final class RuleMatch {
    private Coverage coverage = Coverage.ALL;
    private String failure = "";
    private List<String> partial = List.of();

    Coverage coverage() {
        return coverage;
    }

    /** Records one criterion; returns false when the rule can no longer match, so callers can stop. */
    boolean add(Coverage c, String why) {
        if (c == Coverage.ALL) return true;
        if (c == Coverage.NONE) {
            coverage = Coverage.NONE;
            failure = why;
            return false;
        }
        coverage = Coverage.SOME;
        if (partial.isEmpty()) partial = new ArrayList<>(2);
        partial.add(why);
        return true;
    }

    /** Why the rule does not match. */
    String failure() {
        return failure;
    }

    /** Why the rule matches only part of the flow ({@code "source nets ... hold only part of ..."; ...}). */
    String partialReasons() {
        return String.join("; ", partial);
    }
}
