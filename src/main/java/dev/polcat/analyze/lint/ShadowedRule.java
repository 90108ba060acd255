package dev.polcat.analyze.lint;

import dev.polcat.analyze.Finding;
import dev.polcat.calico.Action;
import dev.polcat.diag.Severity;
import java.util.ArrayList;
import java.util.List;

/** A rule that can never match: an earlier Allow, Deny or Pass of the same policy decides all its traffic. */
final class ShadowedRule implements Lint {
    @Override
    public String id() {
        return "shadowed-rule";
    }

    @Override
    public String description() {
        return "A rule no packet can reach: an earlier rule of the same policy and direction already decides all of its "
                + "traffic. Usually a leftover or a rule in the wrong place.";
    }

    @Override
    public List<Finding> check(LintContext ctx) {
        return shadowed(ctx, false, id());
    }

    /** Shared with {@link LogAfterTerminal}: {@code logRules} picks which shadowed rules to report. */
    static List<Finding> shadowed(LintContext ctx, boolean logRules, String id) {
        List<Finding> out = new ArrayList<>();
        List<RuleRefs> rules = RuleRefs.of(ctx.policy());
        for (RuleRefs later : rules) {
            if (later.rule().action() == null || (later.rule().action() == Action.LOG) != logRules) continue;
            for (RuleRefs earlier : rules) {
                if (earlier.direction() != later.direction() || earlier.index() >= later.index()) continue;
                Action a = earlier.rule().action();
                if (a == null || !a.isTerminal() || !RuleCoverage.covers(earlier.rule(), later.rule())) continue;
                out.add(new Finding(
                        id,
                        Severity.WARNING,
                        (logRules ? "Log rule " : "rule ") + later.label() + " never matches: " + earlier.label() + " ("
                                + a.yamlName() + ") already decides all of its traffic",
                        later.path(),
                        logRules
                                ? "move the Log rule before the rule it should log, or remove it"
                                : "remove the rule, or move it before " + earlier.path() + " if it should win"));
                break;
            }
        }
        return out;
    }
}
