package dev.polcat.analyze.lint;

import dev.polcat.analyze.Finding;
import dev.polcat.calico.Kind;
import dev.polcat.calico.selector.ParsedSelector;
import dev.polcat.calico.selector.SelectorNode;
import dev.polcat.calico.selector.SelectorParseException;
import dev.polcat.diag.Severity;
import java.util.List;

/**
 * A GlobalNetworkPolicy meant for hosts with {@code all()} (or no) selector: it applies to pods as well.
 * Tuned on the real-world corpus: {@code all()} is the right selector for a cluster-wide pod policy (a
 * default deny, DNS for everyone), so the lint speaks only when the policy is evidently about hosts
 * (see {@link HostPolicyEvidence}); its 50 findings there, all on such pod policies, became none.
 */
final class AllSelectorSelectsWorkloads implements Lint {
    @Override
    public String id() {
        return "all-selector-selects-workloads";
    }

    @Override
    public String description() {
        return "A host policy (preDNAT, applyOnForward, doNotTrack, a host-only port, or a catalog whose profile lists hosts) "
                + "whose selector is all() (or empty) applies to workload endpoints (pods) as well as host endpoints, and "
                + "default-denies their other traffic. Select host endpoints by label instead.";
    }

    @Override
    public List<Finding> check(LintContext ctx) {
        var spec = ctx.policy().spec();
        if (ctx.policy().kind() != Kind.GLOBAL_NETWORK_POLICY
                || !spec.namespaceSelector().isEmpty()) return List.of();
        if (!selectsEverything(spec.selector()) || !HostPolicyEvidence.isEvidentlyHostPolicy(ctx)) return List.of();
        return List.of(new Finding(
                id(),
                Severity.WARNING,
                "selector " + (spec.selector().isEmpty() ? "(none)" : spec.selector())
                        + " also selects every workload endpoint (pod), not only host endpoints",
                "spec.selector",
                "label host endpoints (e.g. endpoint_type: management) and select that label"));
    }

    private static boolean selectsEverything(ParsedSelector selector) {
        if (selector.text().isBlank()) return true;
        try {
            return selector.selector().ast() instanceof SelectorNode.All;
        } catch (SelectorParseException e) {
            return false;
        }
    }
}
