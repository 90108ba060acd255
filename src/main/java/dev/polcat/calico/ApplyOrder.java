package dev.polcat.calico;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * The order resources are listed in for applying and for reading: cluster configuration (failsafe ports
 * and BGP, in place before any host policy), tiers, then network sets and host endpoints (which policies
 * refer to), then policies as Calico evaluates them within a tier: by {@code order} (absent = last), then
 * by name; staged policies last, as they change nothing.
 */
public final class ApplyOrder {
    private ApplyOrder() {}

    public static final Comparator<CalicoResource> RESOURCES = Comparator.comparingInt(ApplyOrder::rank)
            .thenComparing(ApplyOrder::tier)
            .thenComparing(ApplyOrder::order, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CalicoResource::name)
            .thenComparing(r -> r.metadata().namespace());

    private static int rank(CalicoResource r) {
        return switch (r.kind()) {
            case FELIX_CONFIGURATION, BGP_CONFIGURATION, BGP_PEER -> 0;
            case TIER -> 1;
            case GLOBAL_NETWORK_SET, NETWORK_SET -> 2;
            case HOST_ENDPOINT -> 3;
            case GLOBAL_NETWORK_POLICY, NETWORK_POLICY, KUBERNETES_NETWORK_POLICY -> 4;
            case STAGED_GLOBAL_NETWORK_POLICY, STAGED_NETWORK_POLICY, STAGED_KUBERNETES_NETWORK_POLICY -> 5;
        };
    }

    private static String tier(CalicoResource r) {
        if (r instanceof PolicyResource p) return p.spec().effectiveTier();
        if (r instanceof StagedGlobalNetworkPolicy s) return s.spec().effectiveTier();
        if (r instanceof StagedNetworkPolicy s) return s.spec().effectiveTier();
        return r instanceof KubernetesNetworkPolicy || r instanceof StagedKubernetesNetworkPolicy ? "default" : "";
    }

    private static BigDecimal order(CalicoResource r) {
        if (r instanceof PolicyResource p) return p.spec().order();
        if (r instanceof StagedGlobalNetworkPolicy s) return s.spec().order();
        if (r instanceof StagedNetworkPolicy s) return s.spec().order();
        // Calico enforces a Kubernetes NetworkPolicy at order 1000 in the default tier (conversion.go).
        if (r instanceof KubernetesNetworkPolicy || r instanceof StagedKubernetesNetworkPolicy)
            return BigDecimal.valueOf(1000);
        if (r instanceof Tier t) return t.order();
        return null;
    }
}
