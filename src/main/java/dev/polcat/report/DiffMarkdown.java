package dev.polcat.report;

import dev.polcat.analyze.diff.CatalogChange;
import dev.polcat.analyze.diff.ChangeKind;
import dev.polcat.analyze.diff.EnvironmentChange;
import dev.polcat.analyze.diff.FieldChange;
import dev.polcat.analyze.diff.FlowChange;
import dev.polcat.analyze.diff.ResourceChange;
import dev.polcat.analyze.diff.RuleChange;
import dev.polcat.analyze.impact.ImpactReport;
import dev.polcat.diag.ControlChars;
import dev.polcat.diag.Html;
import java.util.ArrayList;
import java.util.List;

/**
 * The diff as a pull-request comment: flows that open first, a summary table, then one collapsible
 * section per changed policy. Stays under GitHub's 65,536-character comment limit by dropping detail
 * sections (and saying so) when the full report would not fit. Every value from the catalog is put in
 * a code span, so no profile value can inject Markdown or HTML into the comment.
 */
public final class DiffMarkdown {
    public static final int GITHUB_LIMIT = 65_536;
    private static final int BUDGET = GITHUB_LIMIT - 2_000;

    private DiffMarkdown() {}

    public static String render(CatalogChange c, String fullReportHint) {
        return render(c, fullReportHint, List.of());
    }

    /**
     * With {@code traffic} (diff --flows): an "Observed traffic" section per environment after the summary,
     * together at most a third of the comment, so the policy details keep their room.
     */
    public static String render(CatalogChange c, String fullReportHint, List<ImpactReport> traffic) {
        StringBuilder head = new StringBuilder();
        head.append("## polcat: policy changes ")
                .append(code(c.base()))
                .append(" → ")
                .append(code(c.head()))
                .append("\n\n");
        if (c.isEmpty()) {
            head.append("No policy changes in any environment.\n");
            if (!traffic.isEmpty()) head.append('\n');
            traffic(traffic, head, fullReportHint);
            return head.toString();
        }
        flows(c, head);
        summary(c, head);
        traffic(traffic, head, fullReportHint);
        List<String> sections = new ArrayList<>();
        for (EnvironmentChange e : c.environments()) {
            if (!e.isEmpty()) sections.addAll(sections(e));
        }
        StringBuilder out = new StringBuilder(head);
        int shown = 0;
        for (String s : sections) {
            if (out.length() + s.length() > BUDGET) break;
            out.append(s);
            shown++;
        }
        if (shown < sections.size()) {
            out.append("\n> **Report truncated:** ")
                    .append(sections.size() - shown)
                    .append(" of ")
                    .append(sections.size())
                    .append(" sections are not shown, to stay under GitHub's comment limit. ")
                    .append(fullReportHint)
                    .append('\n');
        }
        return out.toString();
    }

    private static void traffic(List<ImpactReport> traffic, StringBuilder b, String hint) {
        if (traffic.isEmpty()) return;
        int each = BUDGET / 3 / traffic.size();
        for (ImpactReport r : traffic)
            b.append(ImpactMarkdown.section(
                    r, each, "run `polcat impact --env " + r.env() + " --flows FILE BASE HEAD` for every flow"));
    }

    private static void flows(CatalogChange c, StringBuilder b) {
        List<String> internet = new ArrayList<>();
        List<String> opens = new ArrayList<>();
        List<String> closes = new ArrayList<>();
        for (EnvironmentChange e : c.environments()) {
            for (FlowChange f : e.flows()) {
                if (f.isNewInternetExposure()) {
                    internet.add("- **Opens** " + code(f.flow()) + " in **" + text(e.env()) + "**"
                            + (f.declaredPublic() ? " (declared public)" : " — **not declared public**")
                            + (f.why().isEmpty() ? "" : " — " + text(f.why())));
                    continue;
                }
                (f.opens() ? opens : closes)
                        .add("- " + (f.opens() ? "**Opens** " : "**Closes** ") + code(f.flow()) + " in **"
                                + text(e.env()) + "**" + (f.why().isEmpty() ? "" : " — " + text(f.why())));
            }
        }
        if (!internet.isEmpty()) {
            b.append("> [!CAUTION]\n> **New exposure to the internet: ")
                    .append(internet.size())
                    .append(internet.size() == 1 ? " flow becomes" : " flows become")
                    .append(" reachable from anywhere:**\n");
            internet.stream().limit(50).forEach(o -> b.append("> ").append(o).append('\n'));
            if (internet.size() > 50)
                b.append("> - … and ").append(internet.size() - 50).append(" more\n");
            b.append('\n');
        }
        if (!opens.isEmpty()) {
            b.append("> [!WARNING]\n> **")
                    .append(opens.size())
                    .append(opens.size() == 1 ? " flow becomes" : " flows become")
                    .append(" allowed:**\n");
            opens.stream().limit(50).forEach(o -> b.append("> ").append(o).append('\n'));
            if (opens.size() > 50)
                b.append("> - … and ").append(opens.size() - 50).append(" more\n");
            b.append('\n');
        }
        if (!closes.isEmpty()) {
            b.append("**")
                    .append(closes.size())
                    .append(closes.size() == 1 ? " flow becomes" : " flows become")
                    .append(" denied:**\n");
            closes.stream().limit(50).forEach(o -> b.append(o).append('\n'));
            if (closes.size() > 50)
                b.append("- … and ").append(closes.size() - 50).append(" more\n");
            b.append('\n');
        }
    }

    private static void summary(CatalogChange c, StringBuilder b) {
        b.append(
                "| Environment | Policies added | changed | removed | Rules added | changed | removed | moved | Values changed |\n");
        b.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (EnvironmentChange e : c.environments()) {
            if (e.isEmpty()) continue;
            String name = text(e.env())
                    + (e.kind() == ChangeKind.CHANGED ? "" : " (" + e.kind().word() + ")");
            b.append("| ")
                    .append(name)
                    .append(" | ")
                    .append(e.count(ChangeKind.ADDED))
                    .append(" | ")
                    .append(e.count(ChangeKind.CHANGED))
                    .append(" | ")
                    .append(e.count(ChangeKind.REMOVED))
                    .append(" | ")
                    .append(e.ruleCount(ChangeKind.ADDED))
                    .append(" | ")
                    .append(e.ruleCount(ChangeKind.CHANGED))
                    .append(" | ")
                    .append(e.ruleCount(ChangeKind.REMOVED))
                    .append(" | ")
                    .append(e.ruleCount(ChangeKind.MOVED))
                    .append(" | ")
                    .append(e.values().size())
                    .append(" |\n");
        }
        b.append('\n');
    }

    private static List<String> sections(EnvironmentChange e) {
        List<String> out = new ArrayList<>();
        StringBuilder top = new StringBuilder("### ").append(text(e.env())).append("\n\n");
        for (FieldChange v : e.values()) top.append("- value ").append(field(v)).append('\n');
        e.caveatsAdded()
                .forEach(x -> top.append("- new caveat: ").append(text(x)).append('\n'));
        e.caveatsRemoved()
                .forEach(x -> top.append("- caveat gone: ").append(text(x)).append('\n'));
        out.add(top.append('\n').toString());
        for (ResourceChange r : e.resources()) out.add(resource(r));
        return out;
    }

    private static String resource(ResourceChange r) {
        StringBuilder b = new StringBuilder("<details><summary><b>")
                .append(Html.escape(r.policy()))
                .append("</b> ")
                .append(Html.escape(r.key()))
                .append(" — ")
                .append(r.kind().word());
        if (!r.rules().isEmpty())
            b.append(", ").append(r.rules().size()).append(r.rules().size() == 1 ? " rule" : " rules");
        b.append("</summary>\n\n");
        for (FieldChange f : r.fields()) b.append("- ").append(field(f)).append('\n');
        for (String m : r.meanings()) b.append("- means: ").append(text(m)).append('\n');
        for (RuleChange rc : r.rules()) {
            b.append("- **")
                    .append(rc.kind().word())
                    .append("** ")
                    .append(code(rc.where()))
                    .append(' ')
                    .append(code(rc.label()))
                    .append('\n');
            switch (rc.kind()) {
                case ADDED -> b.append("  - ").append(text(rc.afterText())).append('\n');
                case REMOVED -> b.append("  - ").append(text(rc.beforeText())).append('\n');
                default ->
                    rc.fields().forEach(f -> b.append("  - ").append(field(f)).append('\n'));
            }
        }
        List<String> diff = r.yamlDiff();
        if (!diff.isEmpty()) {
            String fence = "```";
            b.append('\n').append(fence).append("diff\n");
            diff.stream()
                    .limit(60)
                    .forEach(l -> b.append(l.replace("```", "'''")).append('\n'));
            if (diff.size() > 60) b.append("… ").append(diff.size() - 60).append(" more lines\n");
            b.append(fence).append('\n');
        }
        return b.append("\n</details>\n\n").toString();
    }

    private static String field(FieldChange f) {
        return code(f.path()) + ": " + (f.before().isEmpty() ? "_(none)_" : code(f.before())) + " → "
                + (f.after().isEmpty() ? "_(none)_" : code(f.after()));
    }

    /** A code span that no content can break out of: the fence is longer than any backtick run inside. */
    public static String code(String s) {
        String oneLine = ControlChars.escape(s.replace('\n', ' ').replace('\r', ' '));
        int longest = 0;
        int run = 0;
        for (char ch : oneLine.toCharArray()) {
            run = ch == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
        return fence + pad + oneLine + pad + fence;
    }

    /** Plain text in Markdown: HTML and Markdown punctuation escaped. */
    public static String text(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch :
                ControlChars.escape(s.replace('\n', ' ').replace('\r', ' ')).toCharArray()) {
            switch (ch) {
                case '<', '>', '&' -> b.append(Html.escape(String.valueOf(ch)));
                case '\\', '`', '*', '_', '[', ']', '|', '#', '!', '~' ->
                    b.append('\\').append(ch);
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
