package dev.polcat.calico;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * The order resources are listed in for applying and for reading: tiers, then network sets and host
 * endpoints (which policies refer to), then policies as Calico evaluates them within a tier: by
 * {@code order} (absent = last), then by name.
 */
public final class ApplyOrder {
    private ApplyOrder() {}

    public static final Comparator<CalicoResource> RESOURCES =
            Comparator.comparingInt(ApplyOrder::rank)
                    .thenComparing(ApplyOrder::tier)
                    .thenComparing(ApplyOrder::order, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(CalicoResource::name)
                    .thenComparing(r -> r.metadata().namespace());

    private static int rank(CalicoResource r) {
        return switch (r.kind()) {
            case TIER -> 0;
            case GLOBAL_NETWORK_SET, NETWORK_SET -> 1;
            case HOST_ENDPOINT -> 2;
            case GLOBAL_NETWORK_POLICY, NETWORK_POLICY -> 3;
        };
    }

    private static String tier(CalicoResource r) {
        return r instanceof PolicyResource p ? p.spec().effectiveTier() : "";
    }

    private static BigDecimal order(CalicoResource r) {
        if (r instanceof PolicyResource p) return p.spec().order();
        if (r instanceof Tier t) return t.order();
        return null;
    }
}
