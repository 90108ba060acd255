package dev.polcat.cli;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.FlowCheck;
import dev.polcat.analyze.verify.StagedView;
import dev.polcat.build.Build;
import dev.polcat.build.BuildResult;
import dev.polcat.diag.DiagnosticPrinter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Check every expected flow (profiles' expect:, policy docs' examples:) and the lockout guard "
                + "with the flow simulator; print each failure with its trail, and warn of exposure to the internet that "
                + "the profile does not declare public.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every flow holds",
            "1:A flow check failed (or the catalog has errors)",
            "2:Bad usage or unreadable input"
        })
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions catalog;

    @Option(
            names = {"-e", "--env"},
            paramLabel = "ENV",
            description = "Only this environment.")
    String env;

    @Option(
            names = {"-v", "--verbose"},
            description = "Also list the flows that hold.")
    boolean verbose;

    @Option(
            names = "--staged",
            description =
                    "Check what would hold if every staged policy were enforced (stagedAction Set "
                            + "replaces the policy of the same name, Delete removes it), and list the flows whose verdict that would change.")
    boolean staged;

    @Override
    public Integer call() {
        BuildResult result = new Build().analyze(catalog.request());
        PrintWriter out = spec.commandLine().getOut();
        if (result.analysis() == null) {
            Reporter reporter = new Reporter(spec, catalog.annotations());
            reporter.diagnostics(result.diagnostics());
            return reporter.failure(result.diagnostics());
        }
        if (env != null && result.catalog().environment(env).isEmpty()) {
            spec.commandLine().getErr().println(UnknownEnvironment.message(env, result.catalog()));
            return ExitCode.INPUT.code();
        }
        int failed = 0;
        int total = 0;
        for (EnvironmentAnalysis e : result.analysis().environments()) {
            if (env != null && !e.env().name().equals(env)) continue;
            StagedView view = staged ? new StagedView(e) : null;
            for (FlowCheck c : staged ? view.checks() : e.checks()) {
                total++;
                if (c.holds() && !verbose) continue;
                if (!c.holds()) failed++;
                out.printf(
                        "%s %s%s [%s] %s%n",
                        c.holds() ? "✔" : "✘",
                        e.env().name(),
                        staged ? " (staged)" : "",
                        c.kind().word(),
                        c.requirement());
                out.printf(
                        "    %s%s: %s%n",
                        c.flow().describe(),
                        c.modeText().isEmpty() ? "" : " (" + c.modeText() + ")",
                        c.verdict().explain());
                if (!c.holds()) c.verdict().trailText().lines().forEach(l -> out.println("      " + l));
            }
            if (staged) StagedReport.print(out, e.env().name(), view);
        }
        exposures(result);
        out.printf(
                "%d of %d flow checks hold%s%s%n",
                total - failed,
                total,
                staged ? " with every staged policy enforced" : "",
                failed == 0 ? "" : "; " + failed + " failed");
        out.flush();
        return failed == 0 ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
    }

    /** One warning per exposure probe the simulator could not evaluate: a row the report may lack. */
    static List<String> incomplete(EnvironmentAnalysis e) {
        return e.exposureSkipped().stream()
                .map(s -> "polcat: warning: " + DiagnosticPrinter.safe(e.env().name())
                        + ": exposure report incomplete: cannot simulate " + DiagnosticPrinter.safe(s))
                .toList();
    }

    /**
     * Exposure to the internet the profile does not declare public is not a flow check, but a reviewer running
     * verify must not miss it: the open-to-internet warnings are printed on stderr (build --strict makes them errors).
     */
    private void exposures(BuildResult result) {
        PrintWriter err = spec.commandLine().getErr();
        for (EnvironmentAnalysis e : result.analysis().environments()) {
            if (env != null && !e.env().name().equals(env)) continue;
            incomplete(e).forEach(err::println);
        }
        var found = result.diagnostics().merged().stream()
                .filter(d -> d.message().startsWith("open-to-internet:")
                        && (env == null || d.env().equals(env)))
                .toList();
        if (!found.isEmpty()) new DiagnosticPrinter(spec.commandLine().getErr(), catalog.annotations()).print(found);
    }
}
