package dev.polcat.report;

import dev.polcat.analyze.diff.CatalogChange;
import dev.polcat.analyze.diff.ChangeKind;
import dev.polcat.analyze.diff.EnvironmentChange;
import dev.polcat.analyze.diff.FieldChange;
import dev.polcat.analyze.diff.FlowChange;
import dev.polcat.analyze.diff.ResourceChange;
import dev.polcat.analyze.diff.RuleChange;
import dev.polcat.diag.ControlChars;
import java.util.List;

/** The diff for a terminal: one block per changed environment, indented by resource and rule. */
public final class DiffText {
    private DiffText() {}

    public static String render(CatalogChange c) {
        StringBuilder b = new StringBuilder();
        b.append("polcat diff ")
                .append(s(c.base()))
                .append(" → ")
                .append(s(c.head()))
                .append('\n');
        if (c.isEmpty()) return b.append("no changes\n").toString();
        for (EnvironmentChange e : c.environments()) {
            if (e.isEmpty()) continue;
            b.append('\n').append("environment ").append(s(e.env()));
            if (e.kind() != ChangeKind.CHANGED)
                b.append(" (").append(e.kind().word()).append(')');
            b.append('\n');
            List<FlowChange> internet =
                    e.flows().stream().filter(FlowChange::isNewInternetExposure).toList();
            if (!internet.isEmpty()) {
                b.append("  New exposure to the internet:\n");
                for (FlowChange f : internet) {
                    b.append("  OPENS  ")
                            .append(f.flow())
                            .append(f.declaredPublic() ? "  (declared public)" : "  (not declared public)")
                            .append('\n');
                    if (!f.why().isEmpty())
                        b.append("         ").append(f.why()).append('\n');
                }
                b.append("  Other flows:\n");
            }
            for (FlowChange f : e.flows()) {
                if (f.isNewInternetExposure()) continue;
                b.append("  ")
                        .append(f.opens() ? "OPENS  " : "CLOSES ")
                        .append(s(f.flow()))
                        .append('\n');
                if (!f.why().isEmpty()) b.append("         ").append(s(f.why())).append('\n');
            }
            for (FieldChange v : e.values()) b.append("  value ").append(s(v)).append('\n');
            for (ResourceChange r : e.resources()) resource(b, r);
            e.caveatsAdded().forEach(x -> b.append("  + caveat ").append(s(x)).append('\n'));
            e.caveatsRemoved().forEach(x -> b.append("  - caveat ").append(s(x)).append('\n'));
        }
        return b.toString();
    }

    private static void resource(StringBuilder b, ResourceChange r) {
        b.append("  ").append(r.kind().word()).append(' ').append(s(r.key()));
        if (!r.key().endsWith("/" + r.policy()))
            b.append(" (policy ").append(s(r.policy())).append(')');
        b.append('\n');
        for (FieldChange f : r.fields()) b.append("    ").append(s(f)).append('\n');
        for (String m : r.meanings()) b.append("    means: ").append(s(m)).append('\n');
        for (RuleChange rc : r.rules()) {
            b.append("    ")
                    .append(rc.kind().word())
                    .append(" rule ")
                    .append(s(rc.where()))
                    .append(' ')
                    .append(s(rc.label()))
                    .append('\n');
            switch (rc.kind()) {
                case ADDED -> b.append("      + ").append(s(rc.afterText())).append('\n');
                case REMOVED -> b.append("      - ").append(s(rc.beforeText())).append('\n');
                default -> {
                    for (FieldChange f : rc.fields())
                        b.append("      ").append(s(f)).append('\n');
                }
            }
        }
    }

    /** Every value from the catalogs goes through the one escaper: one line each, no terminal controls. */
    private static String s(Object value) {
        return ControlChars.escape(String.valueOf(value));
    }
}
