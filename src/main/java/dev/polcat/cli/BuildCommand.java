package dev.polcat.cli;

import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.history.HistoryReader;
import dev.polcat.load.GitCommit;
import dev.polcat.load.InputError;
import dev.polcat.publish.PublishException;
import dev.polcat.publish.SiteWriter;
import dev.polcat.site.PolicyHistory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description =
                "Render every enabled policy for every environment, validate it, and write the site "
                        + "(policy YAML under download/, HTML pages, catalog.json). A failed build leaves the output folder as it was.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions catalog;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            description = "Output folder (default: site/ in the catalog).")
    Path out;

    @Option(names = "--strict", description = "Treat warnings (lints) as errors.")
    boolean strict;

    @Option(
            names = "--no-verify",
            description = "Do not simulate expected flows and the lockout guard, and publish no flow checks.")
    boolean noVerify;

    @Option(
            names = "--stamp-commit",
            description = "Name the catalog's git commit in the header of every downloadable file. For sites built "
                    + "in CI and published, not for a committed site/ (it cannot name the commit that holds it).")
    boolean stampCommit;

    @Option(
            names = "--history",
            description =
                    "Give each policy page a History section: the last " + HistoryReader.PER_POLICY + " git commits "
                            + "that changed its template, doc or values, with a rule-level summary per environment. Reads git; "
                            + "summaries are cached by commit in .polcat/cache/history/ of the catalog. Off by default, so a "
                            + "committed site/ does not depend on the repository's history.")
    boolean history;

    @Option(names = "--timings", description = "Print how long each stage took (to stderr).")
    boolean timings;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path target = out != null ? out : catalog.catalog.resolve("site");
        Reporter reporter = new Reporter(spec, catalog.annotations());
        BuildResult result;
        Map<String, Long> stages;
        Reporter.Counted counted;
        try (SiteWriter.Staged site = new SiteWriter().open(target);
                ProgressLine progress =
                        ProgressLine.forTerminal(spec.commandLine().getErr())) {
            counted = new Reporter.Counted(site);
            String stamp = stampCommit ? GitCommit.of(catalog.catalog).orElse(null) : null;
            BuildRequest request = noVerify ? catalog.request().withoutFlowChecks() : catalog.request();
            PolicyHistory pages = history
                    ? new HistoryReader(request, catalog.catalog.resolve(".polcat/cache/history")).read()
                    : PolicyHistory.NONE;
            result = new Build(progress, pages).run(request.withStrict(strict).withCommit(stamp), counted);
            stages = progress.timings();
            reporter.diagnostics(result.diagnostics());
            if (result.failed()) return reporter.failure(result.diagnostics());
            long commit = System.nanoTime();
            site.commit();
            stages.put("commit", System.nanoTime() - commit);
        } catch (PublishException e) {
            spec.commandLine().getErr().println("polcat: error: " + e.getMessage());
            return ExitCode.INPUT.code();
        } catch (InputError e) {
            spec.commandLine().getErr().println("polcat: error: --stamp-commit: " + e.getMessage());
            return ExitCode.INPUT.code();
        }
        if (timings) {
            stages.forEach((k, v) -> spec.commandLine().getErr().printf(Locale.ROOT, "%-9s %7.0f ms%n", k, v / 1e6));
        }
        reporter.summary(result, counted, start);
        return ExitCode.OK.code();
    }
}
