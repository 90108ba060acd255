package dev.polcat.analyze.lint;

import dev.polcat.analyze.Finding;
import dev.polcat.analyze.flow.WorkloadLabels;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.GlobalNetworkSet;
import dev.polcat.calico.Kind;
import dev.polcat.calico.NetworkSet;
import dev.polcat.calico.selector.ParsedSelector;
import dev.polcat.calico.selector.Selector;
import dev.polcat.calico.selector.SelectorParseException;
import dev.polcat.catalog.Namespace;
import dev.polcat.diag.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy selector, or a rule's selector, that matches nothing in the environment, or names a label
 * value no endpoint has ({@code role in {"worker", "master"}} where hosts say {@code control-plane}): a
 * typo that silently narrows a policy. Endpoints are the environment's hosts and workloads, with the
 * labels Calico gives them ({@link #endpoints}); a rule selector also matches network sets. Environments
 * that list no endpoints are not checked, and a policy for pods (namespaced, or with a namespaceSelector)
 * is not checked in an environment that lists no workloads: its pods are simply not described there.
 */
final class SelectsNothing implements Lint {
    static final String ID = "selects-nothing";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A policy or rule selector that matches no host (rule selectors: nor network set) in the environment, or "
                + "a label value no host has, with the labels and values that do exist.";
    }

    @Override
    public List<Finding> check(LintContext ctx) {
        List<Map<String, String>> endpoints = endpoints(ctx);
        if (endpoints.isEmpty() || ctx.env().workloads().isEmpty() && forPods(ctx)) return List.of();
        List<Finding> out = new ArrayList<>();
        var spec = ctx.policy().spec();
        if (ctx.policy().kind() == Kind.GLOBAL_NETWORK_POLICY
                && spec.namespaceSelector().isEmpty()) {
            check("spec.selector", "selector", spec.selector(), endpoints, ctx, out);
        }
        List<Map<String, String>> withSets = new ArrayList<>(endpoints);
        for (CalicoResource r : ctx.environmentResources()) {
            if (r instanceof GlobalNetworkSet || r instanceof NetworkSet)
                withSets.add(r.metadata().labels());
        }
        for (RuleRefs r : RuleRefs.of(ctx.policy())) {
            check(
                    r.path() + ".source.selector",
                    r.label() + " source.selector",
                    r.rule().source().selector(),
                    withSets,
                    ctx,
                    out);
            check(
                    r.path() + ".destination.selector",
                    r.label() + " destination.selector",
                    r.rule().destination().selector(),
                    withSets,
                    ctx,
                    out);
        }
        return out;
    }

    /** The label sets a selector can match in this environment: its hosts' and its workloads' endpoint labels. */
    static List<Map<String, String>> endpoints(LintContext ctx) {
        List<Map<String, String>> out = new ArrayList<>();
        ctx.env().hosts().forEach(h -> out.add(h.labels()));
        Map<String, Namespace> namespaces = new HashMap<>();
        ctx.env().namespaces().forEach(n -> namespaces.put(n.name(), n));
        ctx.env().workloads().forEach(w -> out.add(WorkloadLabels.of(w, namespaces.get(w.namespace()))));
        return out;
    }

    /** A policy that applies to pods, or any rule of it that picks pods by namespace. */
    private static boolean forPods(LintContext ctx) {
        var spec = ctx.policy().spec();
        if (ctx.policy().kind() != Kind.GLOBAL_NETWORK_POLICY
                || !spec.namespaceSelector().isEmpty()) return true;
        return RuleRefs.of(ctx.policy()).stream()
                .anyMatch(r -> !r.rule().source().namespaceSelector().isEmpty()
                        || !r.rule().destination().namespaceSelector().isEmpty());
    }

    private static void check(
            String path,
            String what,
            ParsedSelector selector,
            List<Map<String, String>> labelled,
            LintContext ctx,
            List<Finding> out) {
        String text = selector.text();
        if (text.isBlank()) return;
        Selector s;
        try {
            s = selector.selector();
        } catch (SelectorParseException e) {
            return;
        }
        String env = ctx.env().name();
        List<String> unknown = LabelValues.unknown(s.ast(), labelled);
        boolean none = labelled.stream().noneMatch(s::matches);
        if (!none && unknown.isEmpty()) return;
        String message =
                what + " " + text + (none ? " selects nothing in " + env : " names a value nothing has in " + env);
        String hint = unknown.isEmpty() ? LabelValues.describe(labelled) : String.join("; ", unknown);
        out.add(new Finding(ID, Severity.WARNING, message, path, hint));
    }
}
