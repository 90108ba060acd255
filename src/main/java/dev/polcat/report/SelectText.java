package dev.polcat.report;

import dev.polcat.diag.ControlChars;
import java.util.List;

/** {@code polcat select}: each selector's canonical form and, per target, whether it matches. */
public final class SelectText {
    private SelectText() {}

    public static String render(List<SelectorMatches> results, List<SelectorMatches.Target> targets) {
        StringBuilder b = new StringBuilder();
        for (SelectorMatches r : results) {
            if (b.length() > 0) b.append('\n');
            if (!r.isValid()) {
                b.append("invalid: ").append(safe(r.error())).append('\n');
                for (String line : r.caret().split("\n"))
                    b.append("  ").append(ControlChars.escape(line, "\t")).append('\n');
                continue;
            }
            b.append(safe(r.selector().canonical())).append('\n');
            if (targets.isEmpty()) continue;
            int width = targets.stream()
                    .mapToInt(t -> safe(t.name()).length())
                    .max()
                    .orElse(0);
            for (int i = 0; i < targets.size(); i++) {
                SelectorMatches.Target t = targets.get(i);
                String name = safe(t.name());
                b.append("  ")
                        .append(r.matches().get(i) ? "✔ matches  " : "✘ no match ")
                        .append(name)
                        .append(" ".repeat(width - name.length() + 2))
                        .append(safe(String.join(
                                ", ",
                                t.labels().entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue())
                                        .toList())))
                        .append('\n');
            }
        }
        return b.toString();
    }

    /** Selectors, hosts and labels come from input: through the one escaper, one line each. */
    private static String safe(String s) {
        return ControlChars.escape(s);
    }
}
