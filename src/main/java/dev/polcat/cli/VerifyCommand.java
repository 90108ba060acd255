package dev.polcat.cli;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.verify.FlowCheck;
import dev.polcat.build.Build;
import dev.polcat.build.BuildResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check every expected flow (profiles' expect:, policy docs' examples:) and the lockout guard "
                + "with the flow simulator; print each failure with its trail.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Every flow holds", "1:A flow check failed (or the catalog has errors)", "2:Bad usage or unreadable input"})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions catalog;

    @Option(names = {"-e", "--env"}, paramLabel = "ENV", description = "Only this environment.")
    String env;

    @Option(names = {"-v", "--verbose"}, description = "Also list the flows that hold.")
    boolean verbose;

    @Override
    public Integer call() {
        BuildResult result = new Build().analyze(catalog.request());
        PrintWriter out = spec.commandLine().getOut();
        if (result.analysis() == null) {
            Reporter reporter = new Reporter(spec, catalog.annotations());
            reporter.diagnostics(result.diagnostics());
            return reporter.failure(result.diagnostics());
        }
        int failed = 0;
        int total = 0;
        for (EnvironmentAnalysis e : result.analysis().environments()) {
            if (env != null && !e.env().name().equals(env)) continue;
            for (FlowCheck c : e.checks()) {
                total++;
                if (c.holds() && !verbose) continue;
                if (!c.holds()) failed++;
                out.printf("%s %s [%s] %s%n", c.holds() ? "✔" : "✘", e.env().name(), c.kind(), c.requirement());
                out.printf("    %s%s: %s%n", c.flow(), c.mode().isEmpty() ? "" : " (" + c.mode() + ")", c.verdict().explain());
                if (!c.holds()) c.verdict().trailText().lines().forEach(l -> out.println("      " + l));
            }
        }
        out.printf("%d of %d flow checks hold%s%n", total - failed, total, failed == 0 ? "" : "; " + failed + " failed");
        out.flush();
        return failed == 0 ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
    }
}
