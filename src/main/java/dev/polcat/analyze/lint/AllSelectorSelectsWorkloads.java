package dev.polcat.analyze.lint;

import dev.polcat.analyze.Finding;
import dev.polcat.calico.Kind;
import dev.polcat.calico.selector.Selector;
import dev.polcat.calico.selector.SelectorNode;
import dev.polcat.calico.selector.SelectorParseException;
import dev.polcat.diag.Severity;
import java.util.List;

/** A GlobalNetworkPolicy with {@code all()} (or no) selector: it applies to pods as well as hosts. */
final class AllSelectorSelectsWorkloads implements Lint {
    @Override
    public String id() {
        return "all-selector-selects-workloads";
    }

    @Override
    public String description() {
        return "A GlobalNetworkPolicy whose selector is all() (or empty) applies to workload endpoints (pods) as well "
                + "as host endpoints, and default-denies their other traffic. Select host endpoints by label instead.";
    }

    @Override
    public List<Finding> check(LintContext ctx) {
        var spec = ctx.policy().spec();
        if (ctx.policy().kind() != Kind.GLOBAL_NETWORK_POLICY || !spec.namespaceSelector().isEmpty()) return List.of();
        if (!selectsEverything(spec.selector())) return List.of();
        return List.of(new Finding(id(), Severity.WARNING,
                "selector " + (spec.selector().isEmpty() ? "(none)" : spec.selector())
                        + " also selects every workload endpoint (pod), not only host endpoints",
                "spec.selector", "label host endpoints (e.g. endpoint_type: management) and select that label"));
    }

    private static boolean selectsEverything(String selector) {
        if (selector.isBlank()) return true;
        try {
            return Selector.parse(selector).ast() instanceof SelectorNode.All;
        } catch (SelectorParseException e) {
            return false;
        }
    }
}
