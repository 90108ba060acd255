package dev.polcat.analyze.impact;

import dev.polcat.load.flows.FlowLog;
import java.util.List;

/**
 * The impact of a change on observed traffic in one environment. Every list is busiest first.
 * {@code becomeDenied}/{@code becomeAllowed}: verdicts that change from BASE to HEAD (empty when only one
 * version was replayed); {@code drift}: flows whose recorded action disagrees with BASE's (or the only
 * version's) verdict; {@code unmatched}: flows that could not be simulated, with why; {@code allowed}: flows
 * HEAD allows (for {@code --suggest-expect}).
 */
public record ImpactReport(
        String env,
        FlowLog log,
        String base,
        String head,
        List<ImpactRow> becomeDenied,
        List<ImpactRow> becomeAllowed,
        List<ImpactRow> drift,
        List<ImpactRow> unmatched,
        List<ImpactRow> allowed) {
    public ImpactReport {
        becomeDenied = List.copyOf(becomeDenied);
        becomeAllowed = List.copyOf(becomeAllowed);
        drift = List.copyOf(drift);
        unmatched = List.copyOf(unmatched);
        allowed = List.copyOf(allowed);
    }

    public boolean comparesTwoVersions() {
        return head != null;
    }

    /**
     * Traffic the cluster carries today would be denied: a flow becomes denied from BASE to HEAD, or — with one
     * version — a flow the cluster allowed is denied by the catalog (applying it would cut the flow).
     */
    public boolean breaksTraffic() {
        if (comparesTwoVersions()) return !becomeDenied.isEmpty();
        return drift.stream().anyMatch(r -> !r.before().allowed());
    }

    public long connections(List<ImpactRow> rows) {
        return rows.stream().mapToLong(r -> r.observed().connections()).sum();
    }
}
