package dev.polcat.calico;

import java.math.BigDecimal;

/** A policy tier; {@code order} null means last, {@code defaultAction} null means Deny. */
public record Tier(Metadata metadata, BigDecimal order, Action defaultAction) implements CalicoResource {
    @Override
    public Kind kind() {
        return Kind.TIER;
    }
}
