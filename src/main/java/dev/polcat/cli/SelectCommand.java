package dev.polcat.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.polcat.calico.selector.Selector;
import dev.polcat.calico.selector.SelectorParseException;
import dev.polcat.catalog.Catalog;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.ControlChars;
import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.diag.Diagnostics;
import dev.polcat.diag.SafeJson;
import dev.polcat.diag.Suggestions;
import dev.polcat.load.CatalogLoader;
import dev.polcat.load.InputError;
import dev.polcat.load.LabelSets;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "select",
        mixinStandardHelpOptions = true,
        description = "Parse Calico selectors, print their canonical form, and show which hosts of an environment "
                + "(or which given label sets) each one matches.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Every selector is valid", "1:A selector is invalid", "2:Bad usage or unreadable input"})
final class SelectCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions catalog;

    @Parameters(
            arity = "1..*",
            paramLabel = "SELECTOR",
            description = "One or more selectors (quote them in the shell).")
    List<String> selectors;

    @Option(
            names = {"-e", "--env"},
            paramLabel = "ENV",
            description = "Match against this environment's hosts.")
    String env;

    @Option(
            names = {"-l", "--labels"},
            paramLabel = "LABELS",
            description = "A label set: k=v,k2=v2 or a JSON object. Repeat for several.")
    List<String> labels = new ArrayList<>();

    @Option(names = "--labels-file", paramLabel = "FILE", description = "A YAML or JSON list of label maps.")
    Path labelsFile;

    @Option(
            names = {"-f", "--format"},
            defaultValue = "text",
            description = "text or json.")
    Format format;

    /** A label set to match: a host of the environment, or the n-th one given on the command line. */
    record Target(String name, int index, SortedMap<String, String> labels) {
        boolean isHost() {
            return index == 0;
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Target> targets = new ArrayList<>();
        try {
            if (env != null && !addHosts(targets, err)) return ExitCode.INPUT.code();
            int n = 1;
            for (String l : labels) targets.add(new Target("labels #" + n, n++, LabelSets.parseInline(l)));
            if (labelsFile != null) {
                for (SortedMap<String, String> m : LabelSets.readFile(labelsFile))
                    targets.add(new Target("labels #" + n, n++, m));
            }
        } catch (InputError e) {
            err.println("polcat: error: " + safe(e.pos().toString()) + ": " + safe(e.getMessage())
                    + (e.hint().isEmpty() ? "" : "\n  hint: " + safe(e.hint())));
            return ExitCode.INPUT.code();
        }
        List<Result> results =
                selectors.stream().map(s -> Result.of(s, targets)).toList();
        spec.commandLine().getOut().print(format == Format.json ? json(results, targets) : text(results, targets));
        spec.commandLine().getOut().flush();
        return results.stream().allMatch(r -> r.selector != null) ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
    }

    private boolean addHosts(List<Target> targets, PrintWriter err) {
        Diagnostics diags = new Diagnostics();
        Catalog c = new CatalogLoader().load(catalog.request().catalogDir(), diags);
        if (diags.hasErrors()) {
            new Reporter(spec, catalog.annotations()).diagnostics(diags);
            return false;
        }
        Profile p = c.environment(env).orElse(null);
        if (p == null) {
            err.println("polcat: error: unknown environment '" + DiagnosticPrinter.safe(env) + "'; "
                    + Suggestions.hint(
                            env, c.environments().stream().map(Profile::name).toList()));
            return false;
        }
        for (Host h : p.hosts()) targets.add(new Target(h.name(), 0, h.labels()));
        return true;
    }

    private record Result(String text, Selector selector, String error, String caret, List<Boolean> matches) {
        static Result of(String text, List<Target> targets) {
            try {
                Selector s = Selector.parse(text);
                return new Result(
                        text,
                        s,
                        "",
                        "",
                        targets.stream().map(t -> s.matches(t.labels())).toList());
            } catch (SelectorParseException e) {
                return new Result(text, null, e.getMessage(), e.caret(), List.of());
            }
        }
    }

    private static String text(List<Result> results, List<Target> targets) {
        StringBuilder b = new StringBuilder();
        for (Result r : results) {
            if (b.length() > 0) b.append('\n');
            if (r.selector() == null) {
                b.append("invalid: ").append(safe(r.error())).append('\n');
                for (String line : r.caret().split("\n"))
                    b.append("  ").append(ControlChars.escape(line, "\t")).append('\n');
                continue;
            }
            b.append(safe(r.selector().canonical())).append('\n');
            if (targets.isEmpty()) continue;
            int width = targets.stream()
                    .mapToInt(t -> safe(t.name()).length())
                    .max()
                    .orElse(0);
            for (int i = 0; i < targets.size(); i++) {
                Target t = targets.get(i);
                String name = safe(t.name());
                b.append("  ")
                        .append(r.matches().get(i) ? "✔ matches  " : "✘ no match ")
                        .append(name)
                        .append(" ".repeat(width - name.length() + 2))
                        .append(safe(String.join(
                                ", ",
                                t.labels().entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue())
                                        .toList())))
                        .append('\n');
            }
        }
        return b.toString();
    }

    private static String json(List<Result> results, List<Target> targets) throws IOException {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = SafeJson.factory().createGenerator(sw)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartArray();
            for (Result r : results) {
                g.writeStartObject();
                g.writeStringField("selector", r.text());
                g.writeBooleanField("valid", r.selector() != null);
                g.writeStringField("error", r.error());
                g.writeStringField(
                        "canonical", r.selector() == null ? "" : r.selector().canonical());
                g.writeArrayFieldStart("matches");
                for (int i = 0; i < r.matches().size(); i++) {
                    Target t = targets.get(i);
                    g.writeStartObject();
                    if (t.isHost()) g.writeStringField("host", t.name());
                    else g.writeNumberField("labelSet", t.index());
                    g.writeObjectFieldStart("labels");
                    for (var e : t.labels().entrySet()) g.writeStringField(e.getKey(), e.getValue());
                    g.writeEndObject();
                    g.writeBooleanField("match", r.matches().get(i));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        return sw + "\n";
    }

    /** Selectors, hosts and labels come from input: through the one escaper, one line each. */
    private static String safe(String s) {
        return ControlChars.escape(s);
    }
}
