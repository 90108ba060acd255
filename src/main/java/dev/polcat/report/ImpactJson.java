package dev.polcat.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.polcat.analyze.flow.TrailStep;
import dev.polcat.analyze.impact.ImpactReport;
import dev.polcat.analyze.impact.ImpactRow;
import dev.polcat.analyze.impact.Simulated;
import dev.polcat.diag.SafeJson;
import java.util.List;
import java.util.Locale;

/** {@code polcat impact --format json}, and each environment's entry of the diff's {@code observedTraffic}; see the README. */
public final class ImpactJson {
    private ImpactJson() {}

    /** {@code schemaVersion} only at the top of {@code impact}'s output, not in the diff's entries. */
    record Impact(
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer schemaVersion,
            String environment,
            FlowLogSummary flowLog,
            String base,
            String head,
            boolean breaksTraffic,
            List<Row> becomeDenied,
            List<Row> becomeAllowed,
            List<Row> drift,
            List<Row> unmatched) {}

    record FlowLogSummary(String file, String format, long records, long skipped, int flows, long connections) {}

    record Row(
            String source,
            String destination,
            String service,
            long connections,
            long deniedConnections,
            String recorded,
            String staged,
            int line,
            Simulation before,
            @JsonInclude(JsonInclude.Include.NON_NULL) Simulation after) {}

    /** A simulated flow ({@code flow}, {@code verdict}, {@code why}, {@code trail}) or why it was not ({@code unmatched}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Simulation(
            String flow,
            String verdict,
            String why,
            List<String> trail,
            String unmatched,
            List<String> notes,
            List<String> undecided) {}

    public static String render(ImpactReport r) {
        return SafeJson.write(impact(1, r));
    }

    /** The report as one entry of the diff's {@code observedTraffic}. */
    static Impact entry(ImpactReport r) {
        return impact(null, r);
    }

    private static Impact impact(Integer schemaVersion, ImpactReport r) {
        return new Impact(
                schemaVersion,
                r.env(),
                new FlowLogSummary(
                        r.log().file(),
                        r.log().format(),
                        r.log().records(),
                        r.log().skipped(),
                        r.log().flows().size(),
                        r.log().connections()),
                r.base(),
                r.head(),
                r.breaksTraffic(),
                rows(r.becomeDenied()),
                rows(r.becomeAllowed()),
                rows(r.drift()),
                rows(r.unmatched()));
    }

    private static List<Row> rows(List<ImpactRow> rows) {
        return rows.stream()
                .map(row -> {
                    var o = row.observed();
                    return new Row(
                            o.key().source().text(),
                            o.key().destination().text(),
                            o.key().service(),
                            o.connections(),
                            o.denied(),
                            o.recorded().word(),
                            o.pending() == null ? null : o.pending().name().toLowerCase(Locale.ROOT),
                            o.firstLine(),
                            simulation(row.before()),
                            row.after() == null ? null : simulation(row.after()));
                })
                .toList();
    }

    private static Simulation simulation(Simulated s) {
        if (s.isMatched()) {
            return new Simulation(
                    s.flow(),
                    s.allowed() ? "allow" : "deny",
                    s.verdict().explain(),
                    s.verdict().trail().stream().map(TrailStep::text).toList(),
                    null,
                    s.notes(),
                    s.undecided());
        }
        return new Simulation(null, null, null, null, s.unmatched(), s.notes(), s.undecided());
    }
}
