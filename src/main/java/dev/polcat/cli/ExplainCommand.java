package dev.polcat.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.polcat.analyze.ExplainedRule;
import dev.polcat.analyze.Finding;
import dev.polcat.analyze.run.PolicyExplanation;
import dev.polcat.diag.ControlChars;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.diag.SafeJson;
import dev.polcat.diag.SourcePos;
import dev.polcat.load.InputError;
import dev.polcat.load.InputFiles;
import dev.polcat.load.YamlFileArgs;
import dev.polcat.report.DiffMarkdown;
import dev.polcat.report.ValidationJson;
import dev.polcat.validate.FileReport;
import dev.polcat.validate.FileValidator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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

    record Explained(FileReport report, List<PolicyExplanation> policies) {}

    static final String NOT_READ = "not explained: polcat could not read every field of this resource (see the errors)";

    @Override
    public Integer call() throws IOException {
        FileValidator validator = new FileValidator();
        List<Explained> all = new ArrayList<>();
        boolean unreadable = false;
        List<YamlFileArgs.Found> found = new ArrayList<>();
        for (Path arg : files) found.addAll(YamlFileArgs.expand(arg));
        for (YamlFileArgs.Found each : found) {
            Path f = each.path();
            String display = f.toString().replace('\\', '/');
            FileReport r;
            if (each.isLink()) {
                all.add(new Explained(ValidateCommand.linkReport(display), List.of()));
                continue;
            }
            try {
                r = validator.validate(
                        display, new InputFiles(f.toAbsolutePath().getParent()).read(f.toAbsolutePath()));
            } catch (InputError e) {
                unreadable = true;
                r = new FileReport(
                        display,
                        List.of(),
                        List.of(Diagnostic.error(
                                        DiagnosticCode.P100_UNREADABLE_INPUT, SourcePos.of(display), e.getMessage())
                                .withHint(e.hint())));
            }
            List<PolicyExplanation> ex = new ArrayList<>();
            for (FileReport.ResourceReport rr : r.resources()) {
                if (rr.resource() == null) continue;
                // A resource with a field polcat could not read is never explained: a sentence that leaves out
                // what it did not understand would mislead more than no sentence.
                if (rr.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.P302_UNKNOWN_FIELD)) {
                    ex.add(new PolicyExplanation(rr.resource(), NOT_READ, List.of(), List.of()));
                    continue;
                }
                PolicyExplanation.of(rr.resource()).ifPresent(ex::add);
            }
            all.add(new Explained(r, ex));
        }
        String out = switch (format) {
            case text -> text(all);
            case markdown -> markdown(all);
            case json -> json(all);
        };
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        new DiagnosticPrinter(spec.commandLine().getErr(), false)
                .print(all.stream()
                        .flatMap(e -> java.util.stream.Stream.concat(
                                e.report().fileErrors().stream(),
                                e.report().resources().stream().flatMap(rr -> rr.diagnostics().stream())))
                        .toList());
        if (unreadable) return ExitCode.INPUT.code();
        boolean invalid = all.stream().anyMatch(e -> !e.report().isValid());
        boolean warned = all.stream()
                .anyMatch(e -> e.policies().stream().anyMatch(p -> !p.findings().isEmpty()));
        return invalid || strict && warned ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    private static String text(List<Explained> all) {
        StringBuilder b = new StringBuilder();
        for (Explained e : all) {
            for (PolicyExplanation p : e.policies()) {
                b.append(safe(e.report().file()))
                        .append(": ")
                        .append(p.policy().kind().yamlName())
                        .append(' ')
                        .append(safe(p.policy().name()))
                        .append('\n');
                b.append("  ").append(safe(p.summary())).append('\n');
                int width = p.rules().stream()
                        .mapToInt(r -> label(r).length())
                        .max()
                        .orElse(0);
                for (ExplainedRule r : p.rules()) {
                    b.append("  ")
                            .append(label(r))
                            .append(" ".repeat(width - label(r).length() + 2))
                            .append(safe(r.sentence()))
                            .append('\n');
                }
                for (Finding f : p.findings()) {
                    b.append("  warning: ")
                            .append(f.id())
                            .append(": ")
                            .append(safe(f.message()))
                            .append('\n');
                    if (!f.hint().isEmpty())
                        b.append("    hint: ").append(safe(f.hint())).append('\n');
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String label(ExplainedRule r) {
        String path = r.path().substring("spec.".length());
        return r.name().isEmpty() ? path : path + " " + safe(r.name());
    }

    private static String markdown(List<Explained> all) {
        StringBuilder b = new StringBuilder();
        for (Explained e : all) {
            for (PolicyExplanation p : e.policies()) {
                b.append("## ")
                        .append(p.policy().kind().yamlName())
                        .append(' ')
                        .append(DiffMarkdown.code(p.policy().name()))
                        .append("\n\n");
                b.append(DiffMarkdown.text(p.summary()))
                        .append(" (")
                        .append(DiffMarkdown.code(e.report().file()))
                        .append(")\n\n");
                b.append("| Rule | What it does |\n|---|---|\n");
                for (ExplainedRule r : p.rules()) {
                    b.append("| ")
                            .append(DiffMarkdown.code(label(r)))
                            .append(" | ")
                            .append(DiffMarkdown.text(r.sentence()))
                            .append(" |\n");
                }
                if (!p.findings().isEmpty()) {
                    b.append("\n**Caveats**\n\n");
                    for (Finding f : p.findings()) {
                        b.append("- ")
                                .append(DiffMarkdown.code(f.id()))
                                .append(' ')
                                .append(DiffMarkdown.text(f.message()))
                                .append(f.hint().isEmpty() ? "" : " — " + DiffMarkdown.text(f.hint()))
                                .append('\n');
                    }
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String json(List<Explained> all) throws IOException {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = SafeJson.factory().createGenerator(sw)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeNumberField("schemaVersion", 1);
            g.writeArrayFieldStart("files");
            for (Explained e : all) {
                g.writeStartObject();
                g.writeStringField("file", e.report().file());
                g.writeBooleanField("valid", e.report().isValid());
                ValidationJson.errors(g, e.report().fileErrors());
                g.writeArrayFieldStart("policies");
                for (PolicyExplanation p : e.policies()) policy(g, p, e.report());
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return sw + "\n";
    }

    private static void policy(JsonGenerator g, PolicyExplanation p, FileReport report) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", p.policy().kind().yamlName());
        g.writeStringField("name", p.policy().name());
        g.writeStringField("summary", p.summary());
        FileReport.ResourceReport rr = report.resources().stream()
                .filter(x -> x.resource() == p.policy())
                .findFirst()
                .orElseThrow();
        g.writeBooleanField("valid", rr.isValid());
        ValidationJson.errors(g, rr.diagnostics());
        g.writeArrayFieldStart("rules");
        for (ExplainedRule r : p.rules()) {
            g.writeStartObject();
            g.writeStringField("path", r.path());
            g.writeStringField("name", r.name());
            // Kubernetes NetworkPolicy rules carry no action: each one allows.
            g.writeStringField(
                    "action",
                    r.rule() == null
                            ? "Allow"
                            : r.rule().action() == null ? "" : r.rule().action().yamlName());
            g.writeStringField("explanation", r.sentence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (Finding f : p.findings()) {
            g.writeStartObject();
            g.writeStringField("id", f.id());
            g.writeStringField("severity", f.severity().label());
            g.writeStringField("path", f.rulePath());
            g.writeStringField("message", f.message());
            g.writeStringField("hint", f.hint());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Names, rule names and sentences quote the file: through the one escaper, one line each. */
    private static String safe(String s) {
        return ControlChars.escape(s);
    }
}
