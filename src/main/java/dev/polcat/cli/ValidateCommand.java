package dev.polcat.cli;

import dev.polcat.build.Build;
import dev.polcat.build.BuildResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Render and validate everything, write nothing, and report every problem.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions catalog;

    @Option(names = "--strict", description = "Treat warnings (lints) as errors.")
    boolean strict;

    @Override
    public Integer call() {
        BuildResult result = new Build().run(catalog.request().withStrict(strict));
        Reporter reporter = new Reporter(spec, catalog.annotations());
        reporter.diagnostics(result.diagnostics());
        if (result.failed()) return reporter.failure(result.diagnostics());
        spec.commandLine().getOut().printf("valid: %d environments × %d policies%n",
                result.catalog().environments().size(), result.catalog().policies().size());
        return ExitCode.OK.code();
    }
}
