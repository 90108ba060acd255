package dev.polcat.analyze.diff;

import dev.polcat.calico.Rule;
import java.util.List;

/**
 * Which rules are "the same rule" in two renderings of a policy, exactly as {@code polcat diff} decides
 * it: by name, else by identical content, else the most similar rule with the same action and protocol.
 * The compare page uses it to line environments up rule by rule.
 */
public final class RuleIdentity {
    private RuleIdentity() {}

    /** For each rule of {@code after}, the index of the same rule in {@code before}, or -1 when it has none. */
    public static int[] match(List<Rule> before, List<Rule> after) {
        return RulePairing.match(before, after);
    }
}
