package dev.polcat.cli;

import dev.polcat.analyze.verify.StagedView;
import java.io.PrintWriter;

/** Prints what enforcing an environment's staged policies would change (for {@code verify --staged}). */
final class StagedReport {
    private StagedReport() {}

    static void print(PrintWriter out, String env, StagedView view) {
        if (!view.hasStaged()) {
            out.printf("%s: no staged policies%n", env);
            return;
        }
        if (view.changes().isEmpty()) {
            out.printf("%s: enforcing the staged policies changes no checked or systematic flow%n", env);
            return;
        }
        int n = view.changes().size();
        out.printf("%s: enforcing the staged policies would change %d flow%s:%n", env, n, n == 1 ? "" : "s");
        for (StagedView.Change c : view.changes()) {
            out.printf(
                    "  %s %s: %s → %s  %s%n",
                    c.opens() ? "+" : "-", c.flow(), word(c.before()), word(c.after()), c.context());
            out.printf("      %s%n", c.verdict().explain());
        }
    }

    private static String word(boolean allowed) {
        return allowed ? "allowed" : "denied";
    }
}
