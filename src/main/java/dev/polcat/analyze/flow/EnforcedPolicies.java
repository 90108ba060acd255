package dev.polcat.analyze.flow;

import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.GlobalNetworkPolicy;
import dev.polcat.calico.KubernetesNetworkPolicy;
import dev.polcat.calico.KubernetesPolicyConversion;
import dev.polcat.calico.NetworkPolicy;
import dev.polcat.calico.StagedPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policies Felix enforces, from an environment's resources, in Calico's terms: GlobalNetworkPolicies,
 * NetworkPolicies, and Kubernetes NetworkPolicies as Calico converts them ({@code knp.default.NAME}, default
 * tier, order 1000). Staged policies are never enforced — unless {@code enforceStaged} asks "what if every
 * staged policy were enforced": then a staged policy with stagedAction Set replaces (or adds) the policy of
 * the same kind, namespace and name, and one with Delete removes it. Learn and Ignore (Calico Enterprise's
 * policy recommendation) change nothing and are reported in {@code warnings}.
 */
final class EnforcedPolicies {
    private EnforcedPolicies() {}

    static List<EnforcedPolicy> of(List<CalicoResource> resources, boolean enforceStaged, List<String> warnings) {
        Map<String, CalicoResource> byKey = new LinkedHashMap<>();
        java.util.Set<String> staged = new java.util.HashSet<>();
        for (CalicoResource r : resources) {
            if (r instanceof GlobalNetworkPolicy
                    || r instanceof NetworkPolicy
                    || r instanceof KubernetesNetworkPolicy) {
                byKey.put(r.key(), r);
            }
        }
        if (enforceStaged) {
            for (CalicoResource r : resources) {
                if (!(r instanceof StagedPolicy s)) continue;
                CalicoResource enforced = s.enforced();
                switch (s.stagedAction()) {
                    case SET -> {
                        byKey.put(enforced.key(), enforced);
                        staged.add(enforced.key());
                    }
                    case DELETE -> byKey.remove(enforced.key());
                    default ->
                        warnings.add(s.kind().yamlName() + " " + s.key() + ": stagedAction "
                                + s.stagedAction().yamlName() + " is not a change to enforced policy; left out");
                }
            }
        }
        List<EnforcedPolicy> out = new ArrayList<>();
        for (CalicoResource r : byKey.values()) {
            boolean s = staged.contains(r.key());
            if (r instanceof GlobalNetworkPolicy g)
                out.add(new EnforcedPolicy("GlobalNetworkPolicy", g.name(), "", g.spec(), s));
            if (r instanceof NetworkPolicy n) {
                out.add(new EnforcedPolicy(
                        "NetworkPolicy", n.name(), n.metadata().namespace(), n.spec(), s));
            }
            if (r instanceof KubernetesNetworkPolicy k) {
                NetworkPolicy n = KubernetesPolicyConversion.toCalico(k);
                out.add(new EnforcedPolicy(
                        "Kubernetes NetworkPolicy", n.name(), n.metadata().namespace(), n.spec(), s));
            }
        }
        return out;
    }

    /** Whether any resource is a staged policy (so that a staged view can differ from the enforced one). */
    static boolean hasStaged(List<CalicoResource> resources) {
        return resources.stream().anyMatch(r -> r instanceof StagedPolicy);
    }
}
