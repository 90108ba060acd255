package dev.polcat.cli;

import dev.polcat.analyze.impact.ImpactReport;
import dev.polcat.analyze.impact.TrafficImpact;
import dev.polcat.load.flows.FlowLog;
import dev.polcat.load.flows.FlowLogReader;
import dev.polcat.report.ExpectSuggestions;
import dev.polcat.report.ImpactJson;
import dev.polcat.report.ImpactMarkdown;
import dev.polcat.report.ImpactText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "impact",
        mixinStandardHelpOptions = true,
        description = {
            "Replay observed traffic against a change: every flow of a flow log (Goldmane/Whisker JSON, "
                    + "Calico Enterprise flow logs, or a CSV/TSV list src,dst,proto,port[,count]) is simulated under BASE and "
                    + "HEAD, weighted by its connections. Reports the flows that would become denied (with the deciding rule "
                    + "and trail), those that would become allowed, those whose recorded action disagrees with BASE, and those "
                    + "that could not be simulated.",
            "Without versions, the catalog as it is (the work tree) is compared with what the cluster recorded: drift "
                    + "between the catalog and the cluster. With one version, it is BASE and the work tree is HEAD. Each "
                    + "version is a catalog folder or a git revision, as for diff."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:No observed flow would become denied",
            "1:An observed flow would become denied (without versions: a flow the cluster allowed is denied by the catalog)",
            "2:Bad usage, an unreadable flow log (more than 1%% bad records), or a version that does not build"
        })
final class ImpactCommand implements Callable<Integer> {
    enum Format {
        text,
        markdown,
        json
    }

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions catalog;

    @Option(
            names = "--flows",
            required = true,
            paramLabel = "FILE",
            description = "The flow log (format detected by content).")
    Path flows;

    @Option(
            names = {"-e", "--env"},
            required = true,
            paramLabel = "ENV",
            description = "The environment the flows were observed in.")
    String env;

    @Parameters(
            arity = "0..2",
            paramLabel = "VERSION",
            description = "BASE and HEAD: folders or git revisions (default: the work tree alone).")
    List<String> versions = List.of();

    @Option(
            names = {"-f", "--format"},
            defaultValue = "text",
            description = "text, markdown (a pull-request comment) or json.")
    Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(
            names = "--suggest-expect",
            description = "Print expect: entries for the most-used flows HEAD allows, to freeze "
                    + "today's behaviour as tests, instead of the report.")
    boolean suggestExpect;

    @Option(
            names = "--top",
            defaultValue = "20",
            paramLabel = "N",
            description = "How many flows --suggest-expect prints (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        catalog.checkIsCatalog();
        // The log is read while the versions build: neither needs the other, and a big log takes seconds.
        CompletableFuture<FlowLog> reading =
                CompletableFuture.supplyAsync(() -> FlowLogReader.read(flows, flows.toString()));
        Path tmp = Files.createTempDirectory("polcat-impact-");
        try {
            ReplaySides sides = new ReplaySides(catalog, env, spec);
            var base = versions.isEmpty() ? sides.workTree() : sides.version(versions.get(0), tmp.resolve("base"));
            var head = base == null || versions.isEmpty()
                    ? null
                    : versions.size() == 1 ? sides.workTree() : sides.version(versions.get(1), tmp.resolve("head"));
            FlowLog log = FlowLogs.print(reading.join(), spec, catalog.annotations());
            if (log.failed() || base == null || !versions.isEmpty() && head == null) return ExitCode.INPUT.code();
            ImpactReport r = TrafficImpact.replay(env, log, base, head);
            String report = suggestExpect
                    ? ExpectSuggestions.render(r, (head == null ? base : head).env(), Math.max(1, top))
                    : switch (format) {
                        case text -> ImpactText.render(r);
                        case markdown ->
                            ImpactMarkdown.render(r, "run `polcat impact --format markdown` for the full report.");
                        case json -> ImpactJson.render(r);
                    };
            if (!ReportOutput.print(output, report, spec)) return ExitCode.INPUT.code();
            err.flush();
            return !suggestExpect && r.breaksTraffic() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
        } finally {
            DiffCommand.deleteTree(tmp);
        }
    }
}
