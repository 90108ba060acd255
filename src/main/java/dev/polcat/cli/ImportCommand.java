package dev.polcat.cli;

import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.importer.Importer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Create a catalog in OUT from the policies running in clusters: one template and doc per "
                    + "resource (matched across environments by kind, namespace and name), a parameter wherever the "
                    + "environments differ, a profile per environment (shared values in an abstract base) and hosts "
                    + "from the HostEndpoints.",
            "Each --env is a file or a folder of *.yaml files as exported with `calicoctl get ... -o yaml` "
                    + "(List documents included). Cluster-managed fields and the objects Calico generates from "
                    + "Kubernetes (knp.default.*, kns.*, ksa.*) are dropped.",
            "import then builds the new catalog and checks that it renders exactly the imported resources; "
                    + "on any error or difference nothing is written."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Imported; the catalog renders exactly the imported resources",
            "1:The catalog would not reproduce the exports (each difference is listed); nothing written",
            "2:Bad usage or invalid exports; nothing written"
        })
final class ImportCommand implements Callable<Integer> {
    private static final Pattern ENV_NAME = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    @Spec
    CommandSpec spec;

    @Option(
            names = "--env",
            paramLabel = "NAME=PATH",
            required = true,
            description = "An environment and its exports (a file or a folder); repeat for each environment.")
    List<String> envs;

    @Option(
            names = "--title",
            paramLabel = "TEXT",
            defaultValue = "Network policies",
            description = "The catalog's title (default: ${DEFAULT-VALUE}).")
    String title;

    @Parameters(paramLabel = "OUT", description = "The folder to create the catalog in (must not exist yet).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Map<String, Path> sources = new LinkedHashMap<>();
        for (String e : envs) {
            int eq = e.indexOf('=');
            String name = eq < 0 ? e : e.substring(0, eq);
            if (eq <= 0 || eq == e.length() - 1) return usage(err, "--env must be NAME=PATH, not '" + e + "'");
            if (!ENV_NAME.matcher(name).matches() || name.equals("base")) {
                return usage(
                        err,
                        "environment name '" + name + "' must be lower-case letters, digits and '-' "
                                + "(like prod or eu-staging), and not 'base' (the shared profile)");
            }
            if (sources.put(name, Path.of(e.substring(eq + 1))) != null)
                return usage(err, "environment '" + name + "' is given twice");
        }
        if (Files.exists(out))
            return usage(
                    err,
                    DiagnosticPrinter.safe(out.toString()) + " already exists; import writes a new catalog folder");
        Importer.Result r = new Importer().run(sources, out, title);
        if (!r.errors().isEmpty()) {
            new DiagnosticPrinter(err, false).print(r.errors());
            err.println("polcat import: " + r.errors().size() + " error"
                    + (r.errors().size() == 1 ? "" : "s") + " in the exports; nothing written");
            err.flush();
            return ExitCode.INPUT.code();
        }
        if (!r.differences().isEmpty()) {
            for (String d : r.differences()) err.println("polcat import: round trip: " + DiagnosticPrinter.safe(d));
            err.println("polcat import: the imported catalog would not reproduce the exports exactly; nothing written "
                    + "(please report this with the exports)");
            err.flush();
            return ExitCode.FINDINGS.code();
        }
        StringBuilder counts = new StringBuilder();
        r.perEnv()
                .forEach((env, n) -> counts.append(counts.length() == 0 ? "" : ", ")
                        .append(env)
                        .append(": ")
                        .append(n));
        stdout.println(
                "imported " + r.resources() + " resources from " + r.perEnv().size() + " environments (" + counts + ")"
                        + (r.skippedGenerated() > 0 ? ", skipped " + r.skippedGenerated() + " generated by Calico" : "")
                        + " into " + DiagnosticPrinter.safe(out.toString()) + ":");
        for (String f : r.files()) stdout.println("  " + f);
        stdout.println("round trip: polcat build renders exactly the imported resources in every environment");
        stdout.println("next: polcat build -C " + DiagnosticPrinter.safe(out.toString())
                + ", then fill in the TODO notes and caveats in templates/policies/*.md");
        stdout.flush();
        return ExitCode.OK.code();
    }

    private static int usage(PrintWriter err, String message) {
        err.println("polcat import: " + message);
        err.flush();
        return ExitCode.INPUT.code();
    }
}
