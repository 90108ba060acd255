package dev.polcat.cli;

import dev.polcat.analyze.impact.ReplaySide;
import dev.polcat.build.Build;
import dev.polcat.build.BuildResult;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.diag.Diagnostics;
import dev.polcat.diag.Suggestions;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds one environment of a catalog version (load, render, validate: no site, no analysis) for replaying
 * flows. Prints why when the version does not build or lacks the environment, and answers null.
 */
final class ReplaySides {
    private final CatalogOptions catalog;
    private final String env;
    private final CommandSpec spec;

    ReplaySides(CatalogOptions catalog, String env, CommandSpec spec) {
        this.catalog = catalog;
        this.env = env;
        this.spec = spec;
    }

    ReplaySide workTree() {
        return built(catalog.catalog.toString(), new Build().check(catalog.request()));
    }

    ReplaySide version(String arg, Path scratch) {
        Path root = CatalogRevisions.root(
                catalog.catalog, arg, scratch, spec.commandLine().getErr());
        return root == null ? null : built(arg, new Build().check(catalog.requestFor(root)));
    }

    /** A version already built (diff's sides). */
    ReplaySide built(String label, BuildResult r) {
        PrintWriter err = spec.commandLine().getErr();
        Reporter reporter = new Reporter(spec, catalog.annotations());
        if (r.failed()) {
            err.println("polcat: " + DiagnosticPrinter.safe(label) + " does not build:");
            reporter.diagnostics(r.diagnostics());
            return null;
        }
        Profile p = r.catalog().environment(env).orElse(null);
        if (p == null) {
            String hint = Suggestions.hint(
                    env, r.catalog().environments().stream().map(Profile::name).toList());
            err.println("polcat: error: " + DiagnosticPrinter.safe(label) + " has no environment '"
                    + DiagnosticPrinter.safe(env) + "'" + (hint.isEmpty() ? "" : "; " + hint));
            return null;
        }
        Diagnostics problems = new Diagnostics();
        ReplaySide side = ReplaySide.of(label, p, r.policies(), problems::add);
        if (problems.hasErrors()) {
            reporter.diagnostics(problems);
            return null;
        }
        return side;
    }
}
