package dev.polcat.analyze.impact;

import dev.polcat.load.flows.ObservedFlow;

/**
 * One observed flow with its verdict in each version: {@code before} is today's catalog (BASE, or the only
 * version), {@code after} the proposed one (HEAD; null when only one version is replayed).
 */
public record ImpactRow(ObservedFlow observed, Simulated before, Simulated after) {
    /** The simulation that speaks for the change: HEAD's, or the only one. */
    public Simulated latest() {
        return after != null ? after : before;
    }

    /** What the cluster recorded disagrees with today's verdict. */
    public boolean drifts() {
        if (!before.isMatched()) return false;
        return switch (observed.recorded()) {
            case ALLOWED -> !before.allowed();
            case DENIED -> before.allowed();
            default -> false;
        };
    }
}
