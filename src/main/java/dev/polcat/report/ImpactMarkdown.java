package dev.polcat.report;

import static dev.polcat.report.DiffMarkdown.code;
import static dev.polcat.report.DiffMarkdown.text;

import dev.polcat.analyze.impact.ImpactReport;
import dev.polcat.analyze.impact.ImpactRow;
import dev.polcat.analyze.impact.Simulated;
import dev.polcat.load.flows.ObservedFlow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Observed traffic in Markdown: a pull-request comment of its own ({@code impact --format markdown}) or the
 * "Observed traffic" section of the diff's comment. Flows that would become denied come first, most used
 * first; every list stops at the character budget it is given and says how many it left out, so the
 * comment stays within GitHub's limit. Values from the flow log sit in code spans or escaped text.
 */
public final class ImpactMarkdown {
    private ImpactMarkdown() {}

    public static String render(ImpactReport r, String fullReportHint) {
        StringBuilder b = new StringBuilder("## polcat: observed traffic in ")
                .append(code(r.env()))
                .append(", ")
                .append(r.comparesTwoVersions() ? code(r.base()) + " → " + code(r.head()) : code(r.base()))
                .append("\n\n");
        b.append(body(r, DiffMarkdown.GITHUB_LIMIT - 2_000 - b.length(), fullReportHint));
        return b.toString();
    }

    /** The section for the diff's comment, in at most {@code budget} characters. */
    public static String section(ImpactReport r, int budget, String fullReportHint) {
        String head = "### Observed traffic in " + code(r.env()) + "\n\n";
        return head + body(r, budget - head.length(), fullReportHint);
    }

    private static String body(ImpactReport r, int budget, String hint) {
        StringBuilder b = new StringBuilder();
        var log = r.log();
        b.append("Replayed ")
                .append(code(log.file()))
                .append(" (")
                .append(log.format())
                .append("): ")
                .append(Counts.of(log.records(), "record"))
                .append(", ")
                .append(Counts.of(log.flows().size(), "distinct flow"))
                .append(", ")
                .append(Counts.of(log.connections(), "connection"))
                .append(".\n\n");
        int end = b.length() + budget - 300; // room for the trailing lines that say what was left out
        List<String> blocks = new ArrayList<>();
        if (r.comparesTwoVersions()) {
            blocks.add(list(
                    r.becomeDenied(),
                    r,
                    "> [!CAUTION]\n> **%s would become denied (%s), most used first:**\n",
                    "> ",
                    row -> row.after(),
                    "No observed flow would become denied.\n"));
            blocks.add(list(r.becomeAllowed(), r, "**%s would become allowed (%s):**\n", "", ImpactRow::after, ""));
        }
        String today = r.comparesTwoVersions() ? code(r.base()) : "the catalog";
        String driftTitle = (r.comparesTwoVersions() ? "" : "> [!CAUTION]\n> ")
                + "**Drift: %s (%s) where the cluster's recorded action differs from " + today.replace("%", "%%")
                + ":**\n";
        blocks.add(list(r.drift(), r, driftTitle, r.comparesTwoVersions() ? "" : "> ", ImpactRow::before, ""));
        blocks.add(unmatched(r));
        for (String block : blocks) {
            for (String line : block.split("\n", -1)) {
                boolean item = line.startsWith("- ") || line.startsWith("> - ");
                if (item && b.length() + line.length() + 1 > end) {
                    b.append(line.startsWith(">") ? "> " : "")
                            .append("- … more not shown: ")
                            .append(text(hint))
                            .append("\n\n");
                    return b.toString().replaceAll("\n{3,}", "\n\n");
                }
                b.append(line).append('\n');
            }
        }
        return b.toString().replaceAll("\n{3,}", "\n\n");
    }

    private static String list(
            List<ImpactRow> rows,
            ImpactReport r,
            String title,
            String quote,
            Function<ImpactRow, Simulated> side,
            String empty) {
        if (rows.isEmpty()) return empty.isEmpty() ? "" : empty + "\n";
        StringBuilder b = new StringBuilder(String.format(
                java.util.Locale.ROOT,
                title,
                Counts.of(rows.size(), "flow"),
                Counts.of(r.connections(rows), "connection")));
        for (ImpactRow row : rows) {
            Simulated sim = side.apply(row);
            b.append(quote)
                    .append("- ")
                    .append(code(row.observed().key().text()))
                    .append(" — ")
                    .append(Counts.of(row.observed().connections(), "connection"));
            if (row.observed().recorded() != ObservedFlow.Recorded.UNKNOWN) {
                b.append(", recorded ").append(row.observed().recorded().word());
            }
            b.append(" — ").append(text(sim.verdict().explain()));
            if (!sim.undecided().isEmpty()) b.append(" (not exact: the address is unknown)");
            b.append('\n');
        }
        return b.append('\n').toString();
    }

    private static String unmatched(ImpactReport r) {
        if (r.unmatched().isEmpty()) return "";
        StringBuilder b = new StringBuilder("**Not simulated (")
                .append(Counts.of(r.unmatched().size(), "flow"))
                .append(", ")
                .append(Counts.of(r.connections(r.unmatched()), "connection"))
                .append("):**\n");
        for (ImpactRow row : r.unmatched()) {
            Simulated why = !row.before().isMatched() || row.after() == null ? row.before() : row.after();
            b.append("- ")
                    .append(code(row.observed().key().text()))
                    .append(" — ")
                    .append(Counts.of(row.observed().connections(), "connection"))
                    .append(" — ")
                    .append(text(why.unmatched()))
                    .append('\n');
        }
        return b.append('\n').toString();
    }
}
