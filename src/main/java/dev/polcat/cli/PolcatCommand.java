package dev.polcat.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "polcat",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Calico policy catalogs: environment profiles + FreeMarker templates -> policy YAML and a docs site.",
        subcommands = {BuildCommand.class, RenderCommand.class, ValidateCommand.class, CheckCommand.class, DiffCommand.class,
            SelectCommand.class, ExplainCommand.class, VerifyCommand.class, WhyCommand.class, RolloutCommand.class, GenerateCatalogCommand.class, ServeCommand.class, InitCommand.class, SchemaCommand.class, ImportCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:OK", "1:Problems found (errors in the catalog, failed checks)", "2:Bad usage or unreadable input"})
public final class PolcatCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line: bad usage exits 2, bugs print "internal error" (stack with -v). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PolcatCommand());
        cl.setExitCodeExceptionMapper(t -> ExitCode.INPUT.code());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println("polcat: internal error: " + ex);
            if (System.getenv("POLCAT_DEBUG") != null) ex.printStackTrace(err);
            else err.println("  (set POLCAT_DEBUG=1 for the stack trace, and please report it)");
            err.flush();
            return ExitCode.INPUT.code();
        });
        return cl;
    }
}
