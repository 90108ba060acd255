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
    /** One key's running totals; readers that recognise a repeated record add to it without hashing the key again. */
    static final class Tally {
        private final long[] allow = new long[FlowRecord.Reporter.values().length];
        private final long[] deny = new long[FlowRecord.Reporter.values().length];
        private long unknown;
        private long records;
        private FlowRecord.Action pending;
        private final int firstLine;

        private Tally(int firstLine) {
            this.firstLine = firstLine;
        }

        void add(
                FlowRecord.Action action,
                FlowRecord.Reporter reporter,
                long connections,
                FlowRecord.Action pendingAction) {
            records++;
            int side = reporter.ordinal();
            switch (action) {
                case ALLOW -> allow[side] += connections;
                case DENY -> deny[side] += connections;
                case UNKNOWN -> unknown += connections;
            }
            // A later record's trace wins: staged policies change, the newest trace says what they do now.
            if (pendingAction != null) pending = pendingAction;
        }
    }

    private final Map<ObservedFlow.Key, Tally> tallies = new HashMap<>();

    /** Adds the record, and answers its key's tally (for the next identical record). */
    Tally add(FlowRecord r) {
        Tally t = tallies.computeIfAbsent(r.key(), k -> new Tally(r.line()));
        t.add(r.action(), r.reporter(), r.connections(), r.pending());
        return t;
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
        ObservedFlow.Recorded recorded = known == 0
                ? ObservedFlow.Recorded.UNKNOWN
                : denied == 0
                        ? ObservedFlow.Recorded.ALLOWED
                        : denied == known ? ObservedFlow.Recorded.DENIED : ObservedFlow.Recorded.MIXED;
        return new ObservedFlow(k, known + t.unknown, denied, recorded, t.pending, t.records, t.firstLine);
    }
}
