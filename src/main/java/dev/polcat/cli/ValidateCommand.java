package dev.polcat.cli;

import dev.polcat.build.Build;
import dev.polcat.build.BuildResult;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.diag.SourcePos;
import dev.polcat.load.InputError;
import dev.polcat.load.InputFiles;
import dev.polcat.load.YamlFileArgs;
import dev.polcat.report.ValidationJson;
import dev.polcat.validate.FileReport;
import dev.polcat.validate.FileValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Without arguments: render and validate the whole catalog, write nothing, report every problem.",
            "With FILE or DIR arguments: validate any Calico YAML (single or multi-document, or a List), written "
                    + "by hand or by anyone, exactly as Calico would — offline, no cluster needed."
        })
final class ValidateCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions catalog;

    @Option(names = "--strict", description = "Treat warnings (lints) as errors.")
    boolean strict;

    @Option(
            names = {"-f", "--format"},
            defaultValue = "text",
            description = "text or json (for a catalog: every diagnostic once, with its environments).")
    Format format;

    @Parameters(
            arity = "0..*",
            paramLabel = "FILE|DIR",
            description = "Calico YAML files, or folders of *.yaml / *.yml files.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        return paths.isEmpty() ? validateCatalog() : validateFiles();
    }

    private int validateCatalog() {
        BuildResult result = new Build().analyze(catalog.request().withStrict(strict));
        if (format == Format.json) {
            spec.commandLine()
                    .getOut()
                    .print(ValidationJson.catalog(result.diagnostics().merged()));
            spec.commandLine().getOut().flush();
            return result.failed() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
        }
        Reporter reporter = new Reporter(spec, catalog.annotations());
        reporter.diagnostics(result.diagnostics());
        if (result.failed()) return reporter.failure(result.diagnostics());
        spec.commandLine()
                .getOut()
                .printf(
                        "valid: %d environments × %d policies%n",
                        result.catalog().environments().size(),
                        result.catalog().policies().size());
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }

    private int validateFiles() throws IOException {
        FileValidator validator = new FileValidator();
        List<FileReport> reports = new ArrayList<>();
        boolean unreadable = false;
        for (Path arg : paths) {
            for (YamlFileArgs.Found found : YamlFileArgs.expand(arg)) {
                Path f = found.path();
                Path root = f.toAbsolutePath().getParent();
                String display = f.toString().replace('\\', '/');
                if (found.isLink()) {
                    reports.add(linkReport(display));
                    continue;
                }
                try {
                    reports.add(validator.validate(display, new InputFiles(root).read(f)));
                } catch (InputError e) {
                    unreadable = true;
                    reports.add(new FileReport(
                            display,
                            List.of(),
                            List.of(Diagnostic.error(
                                            DiagnosticCode.P100_UNREADABLE_INPUT, SourcePos.of(display), e.getMessage())
                                    .withHint(e.hint()))));
                }
            }
        }
        if (strict) reports = reports.stream().map(ValidateCommand::strictly).toList();
        if (format == Format.json) {
            spec.commandLine().getOut().print(ValidationJson.render(reports));
        } else {
            printText(reports);
        }
        spec.commandLine().getOut().flush();
        if (unreadable) return ExitCode.INPUT.code();
        return reports.stream().allMatch(FileReport::isValid) ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
    }

    private void printText(List<FileReport> reports) {
        DiagnosticPrinter printer = new DiagnosticPrinter(spec.commandLine().getErr(), catalog.annotations());
        int resources = 0;
        int invalid = 0;
        int skipped = 0;
        for (FileReport r : reports) {
            printer.print(r.fileErrors());
            for (FileReport.ResourceReport rr : r.resources()) {
                printer.print(rr.diagnostics());
                if (rr.isSkipped()) {
                    skipped++;
                    continue;
                }
                resources++;
                if (!rr.isValid()) invalid++;
            }
        }
        long badFiles = reports.stream().filter(r -> !r.fileErrors().isEmpty()).count();
        spec.commandLine()
                .getOut()
                .printf(
                        "%d file%s, %d resource%s: %s%n",
                        reports.size(),
                        reports.size() == 1 ? "" : "s",
                        resources,
                        (resources == 1 ? "" : "s")
                                + (skipped == 0
                                        ? ""
                                        : " (" + skipped + " other Kubernetes object" + (skipped == 1 ? "" : "s")
                                                + " skipped)"),
                        invalid == 0 && badFiles == 0
                                ? "all valid"
                                : invalid + " invalid" + (badFiles > 0 ? ", " + badFiles + " unreadable" : ""));
    }

    private static FileReport strictly(FileReport r) {
        return new FileReport(
                r.file(),
                r.resources().stream()
                        .map(rr -> new FileReport.ResourceReport(
                                rr.kind(),
                                rr.name(),
                                rr.resource(),
                                rr.diagnostics().stream()
                                        .map(Diagnostic::asError)
                                        .toList()))
                        .toList(),
                r.fileErrors());
    }

    /** A symbolic link found in a folder: an error naming it (exit 1), never skipped in silence. */
    static FileReport linkReport(String display) {
        return new FileReport(
                display,
                List.of(),
                List.of(Diagnostic.error(
                                DiagnosticCode.P100_UNREADABLE_INPUT, SourcePos.of(display), YamlFileArgs.LINK_MESSAGE)
                        .withHint(YamlFileArgs.LINK_HINT)));
    }
}
