package dev.polcat.cli;

import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.diag.SourcePos;
import dev.polcat.load.InputError;
import dev.polcat.load.InputFiles;
import dev.polcat.load.YamlFileArgs;
import dev.polcat.report.ExplainJson;
import dev.polcat.report.ExplainMarkdown;
import dev.polcat.report.ExplainText;
import dev.polcat.report.ExplainedFile;
import dev.polcat.validate.FileReport;
import dev.polcat.validate.FileValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = "Explain any Calico policy YAML in plain English, rule by rule, with the caveats polcat detects. "
                + "It also validates the file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Valid (warnings allowed unless --strict)",
            "1:Invalid, or warnings with --strict",
            "2:Unreadable input"
        })
final class ExplainCommand implements Callable<Integer> {
    enum Format {
        text,
        markdown,
        json
    }

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE|DIR",
            description =
                    "Calico or Kubernetes policy YAML files (single or multi-document, or a List), or folders of *.yaml / *.yml files.")
    List<Path> files;

    @Option(
            names = {"-f", "--format"},
            defaultValue = "text",
            description = "text, markdown or json.")
    Format format;

    @Option(names = "--strict", description = "Exit 1 when a caveat is detected.")
    boolean strict;

    @Override
    public Integer call() throws IOException {
        FileValidator validator = new FileValidator();
        List<ExplainedFile> all = new ArrayList<>();
        boolean unreadable = false;
        List<YamlFileArgs.Found> found = new ArrayList<>();
        for (Path arg : files) found.addAll(YamlFileArgs.expand(arg));
        for (YamlFileArgs.Found each : found) {
            Path f = each.path();
            String display = f.toString().replace('\\', '/');
            if (each.isLink()) {
                all.add(ExplainedFile.unexplained(ValidateCommand.linkReport(display)));
                continue;
            }
            try {
                all.add(ExplainedFile.of(validator.validate(
                        display, new InputFiles(f.toAbsolutePath().getParent()).read(f.toAbsolutePath()))));
            } catch (InputError e) {
                unreadable = true;
                all.add(ExplainedFile.unexplained(new FileReport(
                        display,
                        List.of(),
                        List.of(Diagnostic.error(
                                        DiagnosticCode.P100_UNREADABLE_INPUT, SourcePos.of(display), e.getMessage())
                                .withHint(e.hint())))));
            }
        }
        String out = switch (format) {
            case text -> ExplainText.render(all);
            case markdown -> ExplainMarkdown.render(all);
            case json -> ExplainJson.render(all);
        };
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        new DiagnosticPrinter(spec.commandLine().getErr(), false)
                .print(all.stream()
                        .flatMap(e -> Stream.concat(
                                e.report().fileErrors().stream(),
                                e.report().resources().stream().flatMap(rr -> rr.diagnostics().stream())))
                        .toList());
        if (unreadable) return ExitCode.INPUT.code();
        boolean invalid = all.stream().anyMatch(e -> !e.report().isValid());
        boolean warned = all.stream()
                .anyMatch(e -> e.policies().stream().anyMatch(p -> !p.findings().isEmpty()));
        return invalid || strict && warned ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }
}
