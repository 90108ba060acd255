package dev.polcat.report;

import dev.polcat.analyze.impact.ImpactReport;
import dev.polcat.analyze.impact.ImpactRow;
import dev.polcat.analyze.impact.Simulated;
import dev.polcat.diag.ControlChars;
import dev.polcat.load.flows.FlowLog;
import java.util.List;

/**
 * {@code polcat impact} for a terminal: what would become denied (with the deciding rule and the trail),
 * what would become allowed, drift between the cluster and the catalog, and what could not be simulated.
 * Every value from the flow log or the catalog goes through the control-character escaper.
 */
public final class ImpactText {
    private ImpactText() {}

    public static String render(ImpactReport r) {
        StringBuilder b = new StringBuilder();
        FlowLog log = r.log();
        b.append("polcat impact ")
                .append(s(r.env()))
                .append(": ")
                .append(s(log.file()))
                .append(" (")
                .append(log.format())
                .append(", ")
                .append(Counts.of(log.records(), "record"))
                .append(", ")
                .append(Counts.of(log.flows().size(), "flow"))
                .append(", ")
                .append(Counts.of(log.connections(), "connection"))
                .append(")\n");
        b.append(
                        r.comparesTwoVersions()
                                ? "replayed against " + s(r.base()) + " and " + s(r.head())
                                : "replayed against " + s(r.base()) + ", compared with what the cluster recorded")
                .append("\n");
        if (r.comparesTwoVersions()) {
            section(b, "Would become denied", r.becomeDenied(), r, true, false);
            section(b, "Would become allowed", r.becomeAllowed(), r, false, false);
        }
        section(
                b,
                "Recorded action differs from " + (r.comparesTwoVersions() ? s(r.base()) : "the catalog"),
                r.drift(),
                r,
                false,
                true);
        unmatched(b, r);
        return b.toString();
    }

    private static void section(
            StringBuilder b, String title, List<ImpactRow> rows, ImpactReport r, boolean trail, boolean today) {
        b.append('\n').append(title).append(": ");
        if (rows.isEmpty()) {
            b.append("none\n");
            return;
        }
        b.append(Counts.of(rows.size(), "flow"))
                .append(", ")
                .append(Counts.of(r.connections(rows), "connection"))
                .append('\n');
        for (ImpactRow row : rows) {
            Simulated sim = today ? row.before() : row.latest();
            b.append("  ")
                    .append(s(row.observed().key().text()))
                    .append("  (")
                    .append(Counts.of(row.observed().connections(), "connection"))
                    .append("; recorded ")
                    .append(row.observed().recorded().word());
            if (row.observed().pending() != null)
                b.append(", staged policies: ")
                        .append(row.observed().pending().name().toLowerCase(java.util.Locale.ROOT));
            b.append(")\n");
            b.append("      ").append(s(sim.verdict().explain())).append('\n');
            b.append("      simulated as ").append(s(sim.flow())).append('\n');
            for (String n : sim.notes()) b.append("      note: ").append(s(n)).append('\n');
            for (String u : sim.undecided())
                b.append("      not exact, the address is unknown: ")
                        .append(s(u))
                        .append('\n');
            if (trail)
                sim.verdict()
                        .trailText()
                        .lines()
                        .forEach(l -> b.append("        ").append(s(l)).append('\n'));
        }
    }

    private static void unmatched(StringBuilder b, ImpactReport r) {
        b.append("\nNot simulated: ");
        if (r.unmatched().isEmpty()) {
            b.append("none\n");
            return;
        }
        b.append(Counts.of(r.unmatched().size(), "flow"))
                .append(", ")
                .append(Counts.of(r.connections(r.unmatched()), "connection"))
                .append('\n');
        for (ImpactRow row : r.unmatched()) {
            Simulated why = !row.before().isMatched() || row.after() == null ? row.before() : row.after();
            b.append("  ")
                    .append(s(row.observed().key().text()))
                    .append("  (")
                    .append(Counts.of(row.observed().connections(), "connection"))
                    .append("): ")
                    .append(s(why.unmatched()))
                    .append('\n');
        }
    }

    private static String s(String value) {
        return ControlChars.escape(value);
    }
}
