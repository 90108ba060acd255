package dev.polcat.analyze.impact;

import dev.polcat.load.flows.FlowLog;
import dev.polcat.load.flows.ObservedFlow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replays a flow log against one or two versions of an environment and sorts every flow into what the
 * reviewer must see: flows that become denied or allowed, flows whose recorded action disagrees with the
 * catalog today, and flows that could not be simulated (never silently dropped).
 */
public final class TrafficImpact {
    private TrafficImpact() {}

    /** {@code head} null: replay {@code base} alone and compare with what the cluster recorded. */
    public static ImpactReport replay(String env, FlowLog log, ReplaySide base, ReplaySide head) {
        Map<ObservedFlow.Key, Simulated> before = base.simulate(log.flows(), log.file());
        Map<ObservedFlow.Key, Simulated> after = head == null ? null : head.simulate(log.flows(), log.file());
        List<ImpactRow> denied = new ArrayList<>();
        List<ImpactRow> allowedNow = new ArrayList<>();
        List<ImpactRow> drift = new ArrayList<>();
        List<ImpactRow> unmatched = new ArrayList<>();
        List<ImpactRow> allowed = new ArrayList<>();
        for (ObservedFlow f : log.flows()) {
            ImpactRow row = new ImpactRow(f, before.get(f.key()), after == null ? null : after.get(f.key()));
            Simulated b = row.before();
            Simulated a = row.after();
            if (!b.isMatched() || a != null && !a.isMatched()) {
                unmatched.add(row);
                continue;
            }
            if (a != null && b.allowed() && !a.allowed()) denied.add(row);
            if (a != null && !b.allowed() && a.allowed()) allowedNow.add(row);
            if (row.drifts()) drift.add(row);
            if (row.latest().allowed()) allowed.add(row);
        }
        return new ImpactReport(
                env,
                log,
                base.label(),
                head == null ? null : head.label(),
                denied,
                allowedNow,
                drift,
                unmatched,
                allowed);
    }
}
