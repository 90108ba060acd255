package dev.polcat.analyze.lint;

import dev.polcat.analyze.Finding;
import dev.polcat.analyze.HostCoverage;
import dev.polcat.calico.PolicyResource;
import dev.polcat.catalog.Host;
import dev.polcat.diag.Severity;
import java.util.ArrayList;
import java.util.List;

/** Two policies of a tier with the same order that select the same host: their order falls back to name. */
final class SameOrderOverlap implements Lint {
    @Override
    public String id() {
        return "same-order-overlap";
    }

    @Override
    public String description() {
        return "Two policies in the same tier with the same order select the same host: Calico then evaluates them by "
                + "name, so renaming one silently changes which wins. Give them distinct orders.";
    }

    @Override
    public List<Finding> check(LintContext ctx) {
        PolicyResource me = ctx.policy();
        if (me.spec().order() == null) return List.of();
        List<Finding> out = new ArrayList<>();
        for (PolicyResource other : ctx.environmentPolicies()) {
            if (other == me
                    || other.spec().order() == null
                    || other.spec().order().compareTo(me.spec().order()) != 0
                    || !other.spec().effectiveTier().equals(me.spec().effectiveTier())) {
                continue;
            }
            // Reported once per pair, on the policy that loses the tie, and in words that do not depend on
            // the environment, so one clash is one message however many environments have it.
            if (me.name().compareTo(other.name()) < 0) continue;
            if (ctx.env().hosts().stream().noneMatch(h -> selects(me, h) && selects(other, h))) continue;
            out.add(new Finding(
                    id(),
                    Severity.WARNING,
                    "same order " + me.spec().order().toPlainString() + " as policy " + other.name()
                            + ", and both select the same hosts; by name, " + other.name() + " is evaluated first",
                    "spec.order",
                    "give the two policies different orders"));
        }
        return out;
    }

    /** Only a policy that can apply to a host endpoint can overlap on a host. */
    static boolean selects(PolicyResource p, Host h) {
        return HostCoverage.selects(p, h);
    }
}
