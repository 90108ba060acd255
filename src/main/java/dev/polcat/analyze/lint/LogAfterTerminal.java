package dev.polcat.analyze.lint;

import dev.polcat.analyze.Finding;
import java.util.List;

/** A Log rule placed after an Allow/Deny/Pass that catches the same traffic: it never logs anything. */
final class LogAfterTerminal implements Lint {
    @Override
    public String id() {
        return "log-after-terminal";
    }

    @Override
    public String description() {
        return "A Log rule after a rule that already allows, denies or passes the same traffic logs nothing: "
                + "Log only continues to the next rule, so it must come before the rule it should record.";
    }

    @Override
    public List<Finding> check(LintContext ctx) {
        return ShadowedRule.shadowed(ctx, true, id());
    }
}
