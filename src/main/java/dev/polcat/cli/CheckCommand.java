package dev.polcat.cli;

import dev.polcat.build.Build;
import dev.polcat.build.BuildResult;
import dev.polcat.publish.Artifact;
import dev.polcat.publish.SiteComparison;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Rebuild in memory and compare with the committed site: is site/ up to date?",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:site/ is up to date",
            "1:site/ is stale (or the catalog has errors)",
            "2:Bad usage or unreadable input"
        })
final class CheckCommand implements Callable<Integer> {
    private static final int DIFFS_SHOWN = 3;
    private static final int DIFF_LINES = 40;

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions catalog;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            description = "The site to check (default: site/ in the catalog).")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path target = out != null ? out : catalog.catalog.resolve("site");
        SiteComparison.Comparing comparing = SiteComparison.against(target);
        Reporter.Counted counted = new Reporter.Counted(comparing);
        BuildResult result = new Build().run(catalog.request(), counted);
        Reporter reporter = new Reporter(spec, catalog.annotations());
        reporter.diagnostics(result.diagnostics());
        if (result.failed()) return reporter.failure(result.diagnostics());
        SiteComparison cmp = comparing.result();
        PrintWriter o = spec.commandLine().getOut();
        if (cmp.isUpToDate()) {
            o.printf("%s is up to date (%d files)%n", target, counted.total());
            o.flush();
            return ExitCode.OK.code();
        }
        cmp.stale().forEach(p -> o.println("stale:   " + target.resolve(p)));
        cmp.missing().forEach(p -> o.println("missing: " + target.resolve(p)));
        cmp.extra().forEach(p -> o.println("extra:   " + target.resolve(p)));
        int shown = 0;
        // The policy YAML says most about what changed; show its diffs before the pages'.
        List<Artifact> byInterest = cmp.staleSamples().stream()
                .sorted(java.util.Comparator.comparing((Artifact a) ->
                        !(a.path().startsWith("download/") && a.path().endsWith(".yaml"))))
                .toList();
        for (Artifact want : byInterest) {
            if (shown++ == DIFFS_SHOWN) break;
            o.println(cmp.diff(target, want, DIFF_LINES));
        }
        if (cmp.stale().size() > DIFFS_SHOWN)
            o.println("(diffs of " + (cmp.stale().size() - DIFFS_SHOWN) + " more stale files not shown)");
        o.println("site is out of date: run `polcat build" + (out != null ? " --out " + out : "")
                + "` and commit the result");
        o.flush();
        return ExitCode.FINDINGS.code();
    }
}
