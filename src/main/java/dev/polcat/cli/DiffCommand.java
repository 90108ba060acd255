package dev.polcat.cli;

import dev.polcat.analyze.diff.CatalogChange;
import dev.polcat.analyze.diff.CatalogSide;
import dev.polcat.analyze.diff.FlowComparison;
import dev.polcat.analyze.diff.SemanticDiff;
import dev.polcat.analyze.impact.ImpactReport;
import dev.polcat.analyze.impact.ReplaySide;
import dev.polcat.analyze.impact.TrafficImpact;
import dev.polcat.analyze.verify.FlowDiff;
import dev.polcat.build.Build;
import dev.polcat.build.BuildResult;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.diag.Diagnostics;
import dev.polcat.load.flows.FlowLog;
import dev.polcat.report.DiffJson;
import dev.polcat.report.DiffMarkdown;
import dev.polcat.report.DiffText;
import dev.polcat.report.ImpactText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "Compare two versions of the catalog rule by rule, per environment. Each side is a catalog "
                + "folder or a git revision of the repository (read with git, the work tree is not touched).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:No changes",
            "1:Changes found",
            "2:Bad usage, or a side that does not build",
            "3:With --fail-on internet-exposure: a flow becomes reachable from the internet that the head profile does "
                    + "not declare public"
        })
final class DiffCommand implements Callable<Integer> {
    enum Format {
        text,
        markdown,
        json
    }

    enum FailOn {
        internet_exposure
    }

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions catalog;

    @Parameters(index = "0", paramLabel = "BASE", description = "Folder or git revision (e.g. origin/main).")
    String base;

    @Parameters(
            index = "1",
            paramLabel = "HEAD",
            description = "Folder or git revision (e.g. HEAD, or . for the work tree).")
    String head;

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
            names = "--fail-on",
            paramLabel = "WHAT",
            converter = FailOnConverter.class,
            description = "internet-exposure: exit 3 when a flow becomes reachable from the internet (0.0.0.0/0, ::/0) "
                    + "that the head profile does not declare under public:.")
    FailOn failOn;

    @Option(
            names = "--flows",
            paramLabel = "ENV=FILE",
            description = "Replay a flow log observed in ENV (Goldmane/Whisker "
                    + "JSON, Calico Enterprise flow logs or CSV/TSV) against BASE and HEAD, and add what would break to the report "
                    + "(\"Observed traffic\"). Repeat for more environments.")
    java.util.Map<String, Path> flowLogs = new java.util.TreeMap<>();

    static final class FailOnConverter implements picocli.CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            if (value.equals("internet-exposure")) return FailOn.internet_exposure;
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not one of: internet-exposure");
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path tmp = Files.createTempDirectory("polcat-diff-");
        try {
            CatalogSide b = side(base, tmp.resolve("base"), err);
            CatalogSide h = b == null ? null : side(head, tmp.resolve("head"), err);
            if (b == null || h == null) return ExitCode.INPUT.code();
            List<ImpactReport> traffic = traffic(b, h);
            if (traffic == null) return ExitCode.INPUT.code();
            CatalogChange change = new SemanticDiff(flows()).compare(b, h);
            String report = switch (format) {
                case text ->
                    DiffText.render(change)
                            + traffic.stream()
                                    .map(r -> "\n" + ImpactText.render(r))
                                    .collect(Collectors.joining());
                case markdown ->
                    DiffMarkdown.render(
                            change,
                            "Run `polcat diff --format markdown " + base + " " + head + "` for the full report.",
                            traffic);
                case json -> DiffJson.render(change, traffic);
            };
            if (!ReportOutput.print(output, report, spec)) return ExitCode.INPUT.code();
            if (failOn == FailOn.internet_exposure && change.hasUndeclaredInternetExposure()) {
                spec.commandLine()
                        .getErr()
                        .println("polcat: error: flows become reachable from the internet that the head "
                                + "profile does not declare public (see \"New exposure to the internet\")");
                return ExitCode.INTERNET_EXPOSURE.code();
            }
            return change.isEmpty() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
        } finally {
            deleteTree(tmp);
        }
    }

    /** Each --flows log replayed against both sides; null after printing why one cannot be. */
    private List<ImpactReport> traffic(CatalogSide b, CatalogSide h) {
        List<ImpactReport> out = new ArrayList<>();
        for (var e : flowLogs.entrySet()) {
            String env = e.getKey();
            FlowLog log = FlowLogs.read(e.getValue(), e.getValue().toString(), spec, catalog.annotations());
            if (log.failed()) return null;
            Profile pb = b.catalog().environment(env).orElse(null);
            Profile ph = h.catalog().environment(env).orElse(null);
            if (pb == null || ph == null) {
                spec.commandLine()
                        .getErr()
                        .println("polcat: error: --flows " + DiagnosticPrinter.safe(env) + "=...: "
                                + DiagnosticPrinter.safe(pb == null ? b.label() : h.label()) + " has no environment '"
                                + DiagnosticPrinter.safe(env) + "'");
                return null;
            }
            Diagnostics problems = new Diagnostics();
            ReplaySide before = ReplaySide.of(b.label(), pb, b.policies(), problems::add);
            ReplaySide after = ReplaySide.of(h.label(), ph, h.policies(), problems::add);
            out.add(TrafficImpact.replay(env, log, before, after));
        }
        return out;
    }

    FlowComparison flows() {
        return new FlowDiff();
    }

    private CatalogSide side(String arg, Path scratch, PrintWriter err) {
        Path root = CatalogRevisions.root(catalog.catalog, arg, scratch, err);
        if (root == null) return null;
        String label = arg;
        // A side whose flow checks fail still has a meaning worth reviewing; build and verify report those.
        BuildResult r = new Build().analyze(catalog.requestFor(root).withVerify(false));
        if (r.failed()) {
            err.println("polcat: " + label + " does not build:");
            new Reporter(spec, catalog.annotations()).diagnostics(r.diagnostics());
            return null;
        }
        return new CatalogSide(label, r.catalog(), r.policies(), r.analysis());
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
