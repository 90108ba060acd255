package dev.polcat.cli;

import dev.polcat.bench.SyntheticCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "generate-catalog",
        mixinStandardHelpOptions = true,
        description = "Write a synthetic catalog for benchmarks: deterministic from --seed, valid by construction.")
final class GenerateCatalogCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "An empty or new folder.")
    Path dir;

    @Option(names = "--policies", defaultValue = "100", description = "Number of policies (default ${DEFAULT-VALUE}).")
    int policies;

    @Option(names = "--envs", defaultValue = "10", description = "Number of environments (default ${DEFAULT-VALUE}).")
    int envs;

    @Option(names = "--hosts", defaultValue = "20", description = "Hosts per environment (default ${DEFAULT-VALUE}).")
    int hosts;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(dir)
                && (!Files.isDirectory(dir) || Files.list(dir).findAny().isPresent())) {
            spec.commandLine().getErr().println("polcat: error: " + dir + " is not empty");
            return ExitCode.INPUT.code();
        }
        new SyntheticCatalog(policies, envs, hosts, seed).writeTo(dir);
        spec.commandLine()
                .getOut()
                .printf("wrote %d policies × %d environments (%d hosts each) to %s%n", policies, envs, hosts, dir);
        return ExitCode.OK.code();
    }
}
