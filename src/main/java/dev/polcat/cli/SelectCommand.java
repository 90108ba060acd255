package dev.polcat.cli;

import dev.polcat.catalog.Catalog;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.ControlChars;
import dev.polcat.diag.Diagnostics;
import dev.polcat.load.CatalogLoader;
import dev.polcat.load.InputError;
import dev.polcat.load.LabelSets;
import dev.polcat.report.SelectJson;
import dev.polcat.report.SelectText;
import dev.polcat.report.SelectorMatches;
import java.io.IOException;
import java.io.PrintWriter;
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

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<SelectorMatches.Target> targets = new ArrayList<>();
        try {
            if (env != null && !addHosts(targets, err)) return ExitCode.INPUT.code();
            int n = 1;
            for (String l : labels)
                targets.add(new SelectorMatches.Target("labels #" + n, n++, LabelSets.parseInline(l)));
            if (labelsFile != null) {
                for (SortedMap<String, String> m : LabelSets.readFile(labelsFile))
                    targets.add(new SelectorMatches.Target("labels #" + n, n++, m));
            }
        } catch (InputError e) {
            err.println("polcat: error: " + safe(e.pos().toString()) + ": " + safe(e.getMessage())
                    + (e.hint().isEmpty() ? "" : "\n  hint: " + safe(e.hint())));
            return ExitCode.INPUT.code();
        }
        List<SelectorMatches> results =
                selectors.stream().map(s -> SelectorMatches.of(s, targets)).toList();
        spec.commandLine()
                .getOut()
                .print(
                        format == Format.json
                                ? SelectJson.render(results, targets)
                                : SelectText.render(results, targets));
        spec.commandLine().getOut().flush();
        return results.stream().allMatch(SelectorMatches::isValid) ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
    }

    private boolean addHosts(List<SelectorMatches.Target> targets, PrintWriter err) {
        Diagnostics diags = new Diagnostics();
        Catalog c = new CatalogLoader().load(catalog.request().catalogDir(), diags);
        if (diags.hasErrors()) {
            new Reporter(spec, catalog.annotations()).diagnostics(diags);
            return false;
        }
        Profile p = c.environment(env).orElse(null);
        if (p == null) {
            err.println(UnknownEnvironment.message(env, c));
            return false;
        }
        for (Host h : p.hosts()) targets.add(SelectorMatches.Target.host(h.name(), h.labels()));
        return true;
    }

    /** Selectors, hosts and labels come from input: through the one escaper, one line each. */
    private static String safe(String s) {
        return ControlChars.escape(s);
    }
}
