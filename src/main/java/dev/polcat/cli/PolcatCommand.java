package dev.polcat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "polcat",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description =
                "Calico policy catalogs: environment profiles + FreeMarker templates -> policy YAML and a docs site.",
        subcommands = {
            BuildCommand.class,
            RenderCommand.class,
            ValidateCommand.class,
            CheckCommand.class,
            DiffCommand.class,
            SelectCommand.class,
            ExplainCommand.class,
            VerifyCommand.class,
            WhyCommand.class,
            ImpactCommand.class,
            RolloutCommand.class,
            GenerateCatalogCommand.class,
            ServeCommand.class,
            InitCommand.class,
            SchemaCommand.class,
            ImportCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:OK",
            "1:Problems found (errors in the catalog, failed checks)",
            "2:Bad usage or unreadable input",
            "3:diff --fail-on internet-exposure: a new exposure to the internet not declared public",
            "70:Internal error (a bug in polcat; please report it)"
        })
public final class PolcatCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line: bad usage and input exit 2, bugs 70 (see {@link CommandErrors}). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PolcatCommand());
        cl.setExitCodeExceptionMapper(t -> ExitCode.INPUT.code());
        CommandErrors.install(cl);
        return cl;
    }
}
