package dev.polcat.load.flows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds records up by key, so that a million records of a few thousand flows are simulated a few thousand
 * times. Connections are tallied per reporting end: Goldmane (like Calico's flow logs) reports a
 * connection once at the source and once at the destination, so the larger of the two is the count.
 */
final class FlowAggregator {
    private static final class Tally {
        final long[] allow = new long[FlowRecord.Reporter.values().length];
        final long[] deny = new long[FlowRecord.Reporter.values().length];
        long unknown;
        long records;
        FlowRecord.Action pending;
        final int firstLine;

        Tally(int firstLine) {
            this.firstLine = firstLine;
        }
    }

    private final Map<ObservedFlow.Key, Tally> tallies = new HashMap<>();

    void add(FlowRecord r) {
        Tally t = tallies.computeIfAbsent(r.key(), k -> new Tally(r.line()));
        t.records++;
        int side = r.reporter().ordinal();
        switch (r.action()) {
            case ALLOW -> t.allow[side] += r.connections();
            case DENY -> t.deny[side] += r.connections();
            case UNKNOWN -> t.unknown += r.connections();
        }
        // A later record's trace wins: staged policies change, the newest trace says what they do now.
        if (r.pending() != null) t.pending = r.pending();
    }

    List<ObservedFlow> flows() {
        List<ObservedFlow> out = new ArrayList<>(tallies.size());
        tallies.forEach((k, t) -> out.add(flow(k, t)));
        out.sort(ObservedFlow.BUSIEST_FIRST);
        return out;
    }

    private static ObservedFlow flow(ObservedFlow.Key k, Tally t) {
        int src = FlowRecord.Reporter.SOURCE.ordinal();
        int dst = FlowRecord.Reporter.DESTINATION.ordinal();
        int other = FlowRecord.Reporter.UNKNOWN.ordinal();
        long known = Math.max(t.allow[src] + t.deny[src], t.allow[dst] + t.deny[dst]) + t.allow[other] + t.deny[other];
        long denied = Math.min(known, Math.max(t.deny[src], t.deny[dst]) + t.deny[other]);
        ObservedFlow.Recorded recorded = known == 0 ? ObservedFlow.Recorded.UNKNOWN
                : denied == 0 ? ObservedFlow.Recorded.ALLOWED
                : denied == known ? ObservedFlow.Recorded.DENIED : ObservedFlow.Recorded.MIXED;
        return new ObservedFlow(k, known + t.unknown, denied, recorded, t.pending, t.records, t.firstLine);
    }
}
