package dev.polcat.analyze.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.RuleExplainer;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.CalicoYamlWriter;
import dev.polcat.calico.PolicyResource;
import dev.polcat.calico.PolicySpec;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.StagedGlobalNetworkPolicy;
import dev.polcat.calico.StagedNetworkPolicy;
import dev.polcat.catalog.Profile;
import dev.polcat.validate.ValidatedPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two builds of a catalog the way a reviewer reads policy: per environment, resources by
 * kind/namespace/name, rules by identity, the profile values behind them and the caveats they carry.
 */
public final class SemanticDiff {
    private final RuleExplainer explainer = new RuleExplainer();
    private final FlowComparison flows;

    public SemanticDiff(FlowComparison flows) {
        this.flows = flows;
    }

    public CatalogChange compare(CatalogSide base, CatalogSide head) {
        TreeSet<String> envs = new TreeSet<>();
        base.catalog().environments().forEach(e -> envs.add(e.name()));
        head.catalog().environments().forEach(e -> envs.add(e.name()));
        List<EnvironmentChange> out = new ArrayList<>();
        for (String env : envs) {
            var b = base.analysis().environment(env).orElse(null);
            var h = head.analysis().environment(env).orElse(null);
            ChangeKind kind = b == null ? ChangeKind.ADDED : h == null ? ChangeKind.REMOVED : ChangeKind.CHANGED;
            out.add(environment(env, kind, b, h));
        }
        return new CatalogChange(base.label(), head.label(), out);
    }

    private EnvironmentChange environment(String env, ChangeKind kind, EnvironmentAnalysis b, EnvironmentAnalysis h) {
        Map<String, Owned> before = resources(b);
        Map<String, Owned> after = resources(h);
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<ResourceChange> changes = new ArrayList<>();
        for (String key : keys) {
            ResourceChange c = resource(key, before.get(key), after.get(key), h == null ? null : h.env());
            if (c != null) changes.add(c);
        }
        SortedMap<String, String> vb = Values.of(b);
        SortedMap<String, String> va = Values.of(h);
        TreeSet<String> cb = Caveats.of(b);
        TreeSet<String> ca = Caveats.of(h);
        List<String> added = ca.stream().filter(c -> !cb.contains(c)).toList();
        List<String> removed = cb.stream().filter(c -> !ca.contains(c)).toList();
        return new EnvironmentChange(
                env, kind, changes, RuleFields.compare(vb, va), added, removed, flows.compare(b, h));
    }

    private record Owned(String policy, CalicoResource resource) {}

    private static Map<String, Owned> resources(EnvironmentAnalysis e) {
        Map<String, Owned> out = new TreeMap<>();
        if (e == null) return out;
        for (var pa : e.policies()) {
            ValidatedPolicy v = pa.policy();
            for (CalicoResource r : v.resources())
                out.put(r.key(), new Owned(v.policy().name(), r));
        }
        return out;
    }

    private ResourceChange resource(String key, Owned b, Owned a, Profile env) {
        if (b != null
                && a != null
                && CalicoYamlWriter.write(b.resource()).equals(CalicoYamlWriter.write(a.resource()))) {
            return null;
        }
        ChangeKind kind = b == null ? ChangeKind.ADDED : a == null ? ChangeKind.REMOVED : ChangeKind.CHANGED;
        String policy = a != null ? a.policy() : b.policy();
        List<FieldChange> fields = new ArrayList<>();
        List<String> meanings = new ArrayList<>();
        List<RuleChange> rules = new ArrayList<>();
        if (kind == ChangeKind.CHANGED) {
            fields.addAll(RuleFields.compare(header(b.resource()), header(a.resource())));
            meanings.addAll(Meanings.of(b.resource(), a.resource(), env));
            PolicySpec sb = calicoSpec(b.resource());
            PolicySpec sa = calicoSpec(a.resource());
            if (sb != null && sa != null) {
                for (PolicyType dir : PolicyType.values()) {
                    rules.addAll(
                            RulePairing.compare(dir, sb.rules(dir), sa.rules(dir), r -> explainer.explain(r, dir)));
                }
            }
        }
        return new ResourceChange(kind, key, policy, fields, meanings, rules, yamlDiff(key, b, a));
    }

    /** The Calico rules of a policy or a staged Calico policy, compared rule by rule; null for other kinds. */
    private static PolicySpec calicoSpec(CalicoResource r) {
        if (r instanceof PolicyResource p) return p.spec();
        if (r instanceof StagedGlobalNetworkPolicy s) return s.spec();
        if (r instanceof StagedNetworkPolicy s) return s.spec();
        return null;
    }

    /**
     * Everything of a resource but its Calico rules, flattened (those are compared by identity instead); a
     * Kubernetes policy's rules stay in, so each changed peer or port is a field change.
     */
    private static SortedMap<String, String> header(CalicoResource r) {
        Map<String, Object> tree = CalicoYamlWriter.tree(r);
        if (calicoSpec(r) != null && tree.get("spec") instanceof Map<?, ?> spec) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            spec.forEach((k, v) -> {
                if (!k.equals("ingress") && !k.equals("egress")) copy.put(k.toString(), v);
            });
            tree = new java.util.LinkedHashMap<>(tree);
            tree.put("spec", copy);
        }
        return RuleFields.flatten(tree);
    }

    private static List<String> yamlDiff(String key, Owned b, Owned a) {
        List<String> before = b == null
                ? List.of()
                : Arrays.asList(CalicoYamlWriter.write(b.resource()).split("\n"));
        List<String> after = a == null
                ? List.of()
                : Arrays.asList(CalicoYamlWriter.write(a.resource()).split("\n"));
        return UnifiedDiffUtils.generateUnifiedDiff(
                "base/" + key, "head/" + key, before, DiffUtils.diff(before, after), 2);
    }
}
