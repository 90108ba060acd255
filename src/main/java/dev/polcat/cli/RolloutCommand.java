package dev.polcat.cli;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.build.Build;
import dev.polcat.build.BuildResult;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.CalicoYamlWriter;
import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.load.GitCatalogExport;
import dev.polcat.load.InputError;
import dev.polcat.site.RolloutPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "rollout",
        mixinStandardHelpOptions = true,
        description =
                "Print the steps that apply one environment safely, each with its commands and its undo: stage the "
                        + "changed policies, apply them in order, check, and only then set Felix's failsafe ports. Run the commands "
                        + "from the catalog's folder after polcat build.")
final class RolloutCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions catalog;

    @Option(
            names = {"-e", "--env"},
            required = true,
            paramLabel = "ENV",
            description = "The environment to roll out.")
    String env;

    @Option(
            names = "--base",
            paramLabel = "REV",
            description = "Only the policies new or changed since this git revision "
                    + "(default: all, as for a first rollout).")
    String base;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        BuildResult head = new Build().analyze(catalog.request());
        Reporter reporter = new Reporter(spec, catalog.annotations());
        reporter.diagnostics(head.diagnostics());
        if (head.failed()) return reporter.failure(head.diagnostics());
        EnvironmentAnalysis e = head.analysis().environment(env).orElse(null);
        if (e == null) {
            err.println(UnknownEnvironment.message(env, head.catalog()));
            return ExitCode.INPUT.code();
        }
        Set<String> changed = null;
        List<String> removed = List.of();
        String heading = "polcat rollout: " + env + " (" + e.env().title() + "), every enabled policy";
        if (base != null) {
            EnvironmentAnalysis before = baseSide(err);
            if (before == null && baseFailed) return ExitCode.INPUT.code();
            Map<String, String> was = texts(before);
            Map<String, String> now = texts(e);
            changed = new TreeSet<>();
            for (var x : now.entrySet()) if (!x.getValue().equals(was.get(x.getKey()))) changed.add(x.getKey());
            removed = removedResources(before, e);
            heading = "polcat rollout: " + env + " (" + e.env().title() + "), " + changed.size() + " of " + now.size()
                    + " policies new or changed since " + base;
        }
        spec.commandLine().getOut().print(RolloutPlan.text(heading, RolloutPlan.of(e, changed, removed)));
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }

    private boolean baseFailed;

    /** The environment at the base revision, or null when it did not exist there. */
    private EnvironmentAnalysis baseSide(PrintWriter err) throws IOException {
        Path tmp = Files.createTempDirectory("polcat-rollout-");
        try {
            GitCatalogExport.export(catalog.catalog, base, tmp);
            BuildResult r =
                    new Build().analyze(catalog.request().withCatalog(tmp).withVerify(false));
            if (r.failed()) {
                err.println("polcat: error: " + DiagnosticPrinter.safe(base)
                        + " does not build; see polcat build at that revision");
                baseFailed = true;
                return null;
            }
            return r.analysis().environment(env).orElse(null);
        } catch (InputError ex) {
            err.println("polcat: error: " + DiagnosticPrinter.safe(ex.pos() + ": " + ex.getMessage())
                    + (ex.hint().isEmpty() ? "" : "\n  hint: " + DiagnosticPrinter.safe(ex.hint())));
            baseFailed = true;
            return null;
        } finally {
            DiffCommand.deleteTree(tmp);
        }
    }

    /** Each policy's resources in canonical YAML: what apply would send. */
    private static Map<String, String> texts(EnvironmentAnalysis e) {
        Map<String, String> out = new TreeMap<>();
        if (e == null) return out;
        for (PolicyAnalysis pa : e.policies()) {
            StringBuilder b = new StringBuilder();
            pa.policy().resources().forEach(r -> b.append(CalicoYamlWriter.write(r)));
            out.put(pa.policy().policy().name(), b.toString());
        }
        return out;
    }

    private static List<String> removedResources(EnvironmentAnalysis before, EnvironmentAnalysis after) {
        if (before == null) return List.of();
        Set<String> now = new TreeSet<>();
        after.policies().forEach(pa -> pa.policy().resources().forEach(r -> now.add(r.key())));
        List<String> out = new ArrayList<>();
        for (PolicyAnalysis pa : before.policies()) {
            for (CalicoResource r : pa.policy().resources()) {
                if (!now.contains(r.key()) && r.metadata().namespace().isEmpty()) {
                    out.add(r.kind().yamlName().toLowerCase(java.util.Locale.ROOT) + "/" + r.name());
                }
            }
        }
        return out;
    }
}
