package dev.polcat.report;

import dev.polcat.analyze.ExplainedRule;
import dev.polcat.analyze.Finding;
import dev.polcat.analyze.run.PolicyExplanation;
import java.util.List;

/** {@code polcat explain --format markdown}: a section per policy with a table of its rules and its caveats. */
public final class ExplainMarkdown {
    private ExplainMarkdown() {}

    public static String render(List<ExplainedFile> all) {
        StringBuilder b = new StringBuilder();
        for (ExplainedFile e : all) {
            for (PolicyExplanation p : e.policies()) {
                b.append("## ")
                        .append(p.policy().kind().yamlName())
                        .append(' ')
                        .append(DiffMarkdown.code(p.policy().name()))
                        .append("\n\n");
                b.append(DiffMarkdown.text(p.summary()))
                        .append(" (")
                        .append(DiffMarkdown.code(e.report().file()))
                        .append(")\n\n");
                b.append("| Rule | What it does |\n|---|---|\n");
                for (ExplainedRule r : p.rules()) {
                    b.append("| ")
                            .append(DiffMarkdown.code(ExplainedFile.label(r)))
                            .append(" | ")
                            .append(DiffMarkdown.text(r.sentence()))
                            .append(" |\n");
                }
                if (!p.findings().isEmpty()) {
                    b.append("\n**Caveats**\n\n");
                    for (Finding f : p.findings()) {
                        b.append("- ")
                                .append(DiffMarkdown.code(f.id()))
                                .append(' ')
                                .append(DiffMarkdown.text(f.message()))
                                .append(f.hint().isEmpty() ? "" : " — " + DiffMarkdown.text(f.hint()))
                                .append('\n');
                    }
                }
                b.append('\n');
            }
        }
        return b.toString();
    }
}
