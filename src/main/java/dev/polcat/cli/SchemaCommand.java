package dev.polcat.cli;

import dev.polcat.build.Build;
import dev.polcat.build.BuildResult;
import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.diag.IoProblems;
import dev.polcat.publish.Artifact;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description = {
            "Write the catalog's editor schemas (JSON Schema, Draft 2020-12): profile.schema.json (every key a "
                    + "profile may hold, with one entry per declared parameter and the policy names), policy-doc.schema.json "
                    + "(the front matter of NAME.md) and polcat.schema.json. Editors with the YAML language server use them "
                    + "to complete names and flag mistakes as you type.",
            "They are made from the policies' docs only, so this works while a profile is broken. polcat build "
                    + "also writes them to site/schema/."
        })
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions catalog;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            description = "Folder to write them to (default: schema/ in the catalog).")
    Path out;

    @Override
    public Integer call() {
        Path target = out != null ? out : catalog.catalog.resolve("schema");
        BuildResult result = new Build().schemas(catalog.request());
        Reporter reporter = new Reporter(spec, catalog.annotations());
        reporter.diagnostics(result.diagnostics());
        if (result.failed()) return reporter.failure(result.diagnostics());
        PrintWriter o = spec.commandLine().getOut();
        try {
            Files.createDirectories(target);
            for (Artifact a : result.artifacts()) {
                Path file = target.resolve(a.path());
                // NOFOLLOW_LINKS: a link planted at the file's name is refused rather than written through.
                Files.write(
                        file,
                        a.bytes(),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
                o.println("wrote " + DiagnosticPrinter.safe(file.toString()));
            }
        } catch (IOException e) {
            spec.commandLine()
                    .getErr()
                    .println("polcat: error: cannot write the schemas to " + DiagnosticPrinter.safe(target.toString())
                            + ": " + IoProblems.describe(e, target));
            return ExitCode.INPUT.code();
        }
        o.flush();
        return ExitCode.OK.code();
    }
}
