package dev.polcat.analyze.flow;

import dev.polcat.calico.PolicyType;

/** Which way a flow crosses a host endpoint. */
public enum Direction {
    /** To a host endpoint: {@link Flow#to()} is the host; its ingress rules apply. */
    INGRESS,
    /** From a host endpoint: {@link Flow#from()} is the host; its egress rules apply. */
    EGRESS,
    /**
     * Forwarded through a host endpoint ({@link Flow#via()}), neither from nor to the host itself: only
     * {@code applyOnForward} policies apply, there is no failsafe and no profile.
     */
    FORWARD,
    /**
     * From one endpoint to another, through both endpoints' policies: the egress policy of {@link Flow#from()}
     * (when it is a host or workload), then the ingress policy of {@link Flow#to()} (when it is one). Used for
     * flows to and from workloads.
     */
    PATH;

    /** The lower-case word used in trails ({@code ingress}). */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    PolicyType policyType() {
        return this == EGRESS ? PolicyType.EGRESS : PolicyType.INGRESS;
    }
}
