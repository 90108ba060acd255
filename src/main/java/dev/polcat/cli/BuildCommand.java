package dev.polcat.cli;

import dev.polcat.build.Build;
import dev.polcat.build.BuildResult;
import dev.polcat.publish.PublishException;
import dev.polcat.publish.SiteWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Render every enabled policy for every environment, validate it, and write the site "
                + "(policy YAML under download/, HTML pages, catalog.json). A failed build leaves the output folder as it was.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions catalog;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: site/ in the catalog).")
    Path out;

    @Option(names = "--strict", description = "Treat warnings (lints) as errors.")
    boolean strict;

    @Option(names = "--no-verify", description = "Do not check expected flows and the lockout guard.")
    boolean noVerify;

    @Option(names = "--timings", description = "Print how long each stage took (to stderr).")
    boolean timings;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        BuildResult result;
        java.util.Map<String, Long> stages;
        try (ProgressLine progress = ProgressLine.forTerminal(spec.commandLine().getErr())) {
            result = new Build(progress).run(catalog.request().withStrict(strict).withVerify(!noVerify));
            stages = progress.timings();
        }
        Reporter reporter = new Reporter(spec, catalog.annotations());
        reporter.diagnostics(result.diagnostics());
        if (result.failed()) return reporter.failure(result.diagnostics());
        Path target = out != null ? out : catalog.catalog.resolve("site");
        long writeStart = System.nanoTime();
        try {
            new SiteWriter().write(target, result.artifacts());
        } catch (PublishException e) {
            spec.commandLine().getErr().println("polcat: error: " + e.getMessage());
            return ExitCode.INPUT.code();
        }
        if (timings) {
            stages.put("write", System.nanoTime() - writeStart);
            stages.forEach((k, v) -> spec.commandLine().getErr().printf(java.util.Locale.ROOT, "%-9s %7.0f ms%n", k, v / 1e6));
        }
        reporter.summary(result, start);
        return ExitCode.OK.code();
    }
}
