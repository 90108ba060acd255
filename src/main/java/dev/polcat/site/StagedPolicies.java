package dev.polcat.site;

import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.CalicoYamlWriter;
import dev.polcat.calico.GlobalNetworkPolicy;
import dev.polcat.calico.KubernetesNetworkPolicy;
import dev.polcat.calico.NetworkPolicy;
import dev.polcat.calico.StagedAction;
import dev.polcat.calico.StagedGlobalNetworkPolicy;
import dev.polcat.calico.StagedKubernetesNetworkPolicy;
import dev.polcat.calico.StagedNetworkPolicy;
import dev.polcat.calico.StagedPolicy;
import dev.polcat.calico.Tier;
import dev.polcat.catalog.Profile;
import dev.polcat.publish.Artifact;
import dev.polcat.validate.ValidatedPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code download/ENV/staged/ENV-NAME.staged.yaml}: each policy as its Staged* equivalent (same spec,
 * {@code stagedAction: Set}; a Kubernetes NetworkPolicy as a StagedKubernetesNetworkPolicy), for the first
 * step of a rollout. Staged policies are evaluated but never enforced, so what they would allow and deny
 * can be watched before the real ones are applied. A copy that would have the name of a staged policy
 * the catalog itself defines is left out: applying it would overwrite that policy, and removing the
 * copies afterwards would delete it. Staged policies in a tier need the tier, which an empty tier's
 * {@code ENV-tiers.yaml} creates without changing any verdict.
 */
final class StagedPolicies {
    private StagedPolicies() {}

    static String fileName(String env, String policy) {
        return env + "-" + policy + ".staged.yaml";
    }

    static String path(String env, String policy) {
        return YamlBundle.folder(env) + "staged/" + fileName(env, policy);
    }

    static String tiersPath(String env) {
        return YamlBundle.folder(env) + "staged/" + env + "-tiers.yaml";
    }

    /** {@code Kind/namespace/name} of every staged policy the environment's own policies define. */
    static Set<String> defined(List<ValidatedPolicy> policies) {
        return policies.stream()
                .flatMap(v -> v.resources().stream())
                .filter(r -> r instanceof StagedPolicy)
                .map(StagedPolicies::key)
                .collect(Collectors.toSet());
    }

    /** The staged copies of {@code v}'s enforced policies, less those whose name the catalog stages itself. */
    static List<StagedPolicy> copies(ValidatedPolicy v, Set<String> defined) {
        List<StagedPolicy> out = new ArrayList<>();
        for (CalicoResource r : v.resources()) {
            copy(r).filter(c -> !defined.contains(key(c))).ifPresent(out::add);
        }
        return out;
    }

    static Optional<Artifact> artifact(FileHeader header, Profile env, ValidatedPolicy v, Set<String> defined) {
        List<StagedPolicy> copies = copies(v, defined);
        if (copies.isEmpty()) return Optional.empty();
        StringBuilder b = new StringBuilder(header.lines(env));
        b.append("# Policy:      ")
                .append(v.policy().name())
                .append(" (")
                .append(v.policy().templateFile())
                .append("), staged: evaluated, never enforced\n");
        b.append("# Apply with:  calicoctl apply -f ")
                .append(fileName(env.name(), v.policy().name()))
                .append('\n');
        for (CalicoResource r : v.resources()) {
            copy(r).filter(c -> defined.contains(key(c)))
                    .ifPresent(c -> b.append("# Not staged:  ")
                            .append(key(c))
                            .append(" (the catalog defines a staged policy of that name)\n"));
        }
        for (StagedPolicy c : copies) b.append("---\n").append(CalicoYamlWriter.write(c));
        return Optional.of(Artifact.text(path(env.name(), v.policy().name()), b.toString()));
    }

    /** Every tier of the environment, for staged policies in them; empty when there is none. */
    static Optional<Artifact> tiers(FileHeader header, Profile env, List<ValidatedPolicy> policies) {
        Map<String, Tier> tiers = tierResources(policies);
        if (tiers.isEmpty()) return Optional.empty();
        StringBuilder b = new StringBuilder(header.lines(env));
        b.append("# The tiers the staged policies are in: a tier holding no enforced policy changes no verdict.\n");
        b.append("# Apply with:  calicoctl apply -f ").append(env.name()).append("-tiers.yaml\n");
        tiers.values().forEach(t -> b.append("---\n").append(CalicoYamlWriter.write(t)));
        return Optional.of(Artifact.text(tiersPath(env.name()), b.toString()));
    }

    static Map<String, Tier> tierResources(List<ValidatedPolicy> policies) {
        Map<String, Tier> out = new TreeMap<>();
        for (ValidatedPolicy v : policies) {
            for (CalicoResource r : v.resources()) {
                if (r instanceof Tier t) out.putIfAbsent(t.metadata().name(), t);
            }
        }
        return out;
    }

    private static Optional<StagedPolicy> copy(CalicoResource r) {
        if (r instanceof GlobalNetworkPolicy g)
            return Optional.of(new StagedGlobalNetworkPolicy(g.metadata(), StagedAction.SET, g.spec()));
        if (r instanceof NetworkPolicy n)
            return Optional.of(new StagedNetworkPolicy(n.metadata(), StagedAction.SET, n.spec()));
        if (r instanceof KubernetesNetworkPolicy k)
            return Optional.of(new StagedKubernetesNetworkPolicy(k.metadata(), StagedAction.SET, k.spec()));
        return Optional.empty();
    }

    private static String key(CalicoResource r) {
        String ns = r.metadata().namespace();
        return r.kind().yamlName() + "/" + (ns.isEmpty() ? "" : ns + "/")
                + r.metadata().name();
    }
}
