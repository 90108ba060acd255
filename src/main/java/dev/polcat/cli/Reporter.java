package dev.polcat.cli;

import dev.polcat.build.BuildResult;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
import dev.polcat.publish.Artifact;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/** How commands tell the user what happened: diagnostics on stderr, one summary line on stdout. */
final class Reporter {
    private final CommandSpec spec;
    private final boolean annotations;

    Reporter(CommandSpec spec, boolean annotations) {
        this.spec = spec;
        this.annotations = annotations;
    }

    void diagnostics(Diagnostics diags) {
        new DiagnosticPrinter(spec.commandLine().getErr(), annotations).print(diags.all());
    }

    /** Exit code for a failed run: 2 when input could not be read at all, else 1. */
    int failure(Diagnostics diags) {
        PrintWriter err = spec.commandLine().getErr();
        err.printf("polcat: %d error%s, %d warning%s%n", diags.errorCount(), diags.errorCount() == 1 ? "" : "s",
                diags.warningCount(), diags.warningCount() == 1 ? "" : "s");
        err.flush();
        boolean unreadable = diags.all().stream()
                .anyMatch(d -> d.isError() && d.code() == DiagnosticCode.P100_UNREADABLE_INPUT);
        return unreadable ? ExitCode.INPUT.code() : ExitCode.FINDINGS.code();
    }

    void summary(BuildResult r, long startNanos) {
        long policies = r.artifacts().stream().map(Artifact::path)
                .filter(p -> p.startsWith("download/") && p.endsWith(".yaml") && !p.endsWith("/all.yaml")).count();
        long pages = r.artifacts().stream().filter(a -> a.path().endsWith(".html")).count();
        double secs = (System.nanoTime() - startNanos) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "built %d environment%s × %d polic%s → %,d policy files, %,d pages in %.1f s%n",
                r.catalog().environments().size(), r.catalog().environments().size() == 1 ? "" : "s",
                r.catalog().policies().size(), r.catalog().policies().size() == 1 ? "y" : "ies",
                policies, pages, secs);
        out.flush();
    }
}
