package dev.polcat.report;

import dev.polcat.analyze.ExplainedRule;
import dev.polcat.analyze.Finding;
import dev.polcat.analyze.run.PolicyExplanation;
import dev.polcat.diag.ControlChars;
import java.util.List;

/** {@code polcat explain} for a terminal: each policy, its summary, one aligned line per rule, its caveats. */
public final class ExplainText {
    private ExplainText() {}

    public static String render(List<ExplainedFile> all) {
        StringBuilder b = new StringBuilder();
        for (ExplainedFile e : all) {
            for (PolicyExplanation p : e.policies()) {
                b.append(safe(e.report().file()))
                        .append(": ")
                        .append(p.policy().kind().yamlName())
                        .append(' ')
                        .append(safe(p.policy().name()))
                        .append('\n');
                b.append("  ").append(safe(p.summary())).append('\n');
                int width = p.rules().stream()
                        .mapToInt(r -> ExplainedFile.label(r).length())
                        .max()
                        .orElse(0);
                for (ExplainedRule r : p.rules()) {
                    String label = ExplainedFile.label(r);
                    b.append("  ")
                            .append(label)
                            .append(" ".repeat(width - label.length() + 2))
                            .append(safe(r.sentence()))
                            .append('\n');
                }
                for (Finding f : p.findings()) {
                    b.append("  warning: ")
                            .append(f.id())
                            .append(": ")
                            .append(safe(f.message()))
                            .append('\n');
                    if (!f.hint().isEmpty())
                        b.append("    hint: ").append(safe(f.hint())).append('\n');
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    /** Names, rule names and sentences quote the file: through the one escaper, one line each. */
    private static String safe(String s) {
        return ControlChars.escape(s);
    }
}
