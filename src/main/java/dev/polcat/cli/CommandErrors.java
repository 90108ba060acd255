package dev.polcat.cli;

import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.diag.Suggestions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * What the command line says when a command cannot run: usage mistakes (exit 2) in one line with a
 * pointer to --help, a folder that is not a catalog (exit 2), and bugs (exit 70) as a one-line summary
 * with the file the stack trace was written to.
 */
final class CommandErrors {
    private CommandErrors() {}

    static void install(CommandLine cl) {
        CommandLine.IParameterExceptionHandler usage = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((ex, args) -> {
            if (ex instanceof CommandLine.UnmatchedArgumentException u && isUnknownCommand(u)) {
                return unknownCommand(u);
            }
            return usage.handleParseException(ex, args);
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (ex instanceof NotACatalog n) {
                err.println("polcat: error: " + n.getMessage());
                err.println("  hint: " + n.hint());
                err.flush();
                return ExitCode.INPUT.code();
            }
            err.println(internalError(ex));
            err.flush();
            return ExitCode.INTERNAL.code();
        });
    }

    /** An unknown word where the root command expects a command name (polcat biuld). */
    private static boolean isUnknownCommand(CommandLine.UnmatchedArgumentException u) {
        CommandLine cmd = u.getCommandLine();
        List<String> unmatched = u.getUnmatched();
        return cmd.getParent() == null
                && !unmatched.isEmpty()
                && !unmatched.get(0).startsWith("-");
    }

    private static int unknownCommand(CommandLine.UnmatchedArgumentException u) {
        CommandLine root = u.getCommandLine();
        String word = u.getUnmatched().get(0);
        PrintWriter err = root.getErr();
        err.println("polcat: error: unknown command '" + DiagnosticPrinter.safe(word) + "'; see polcat --help");
        Suggestions.closest(word, root.getSubcommands().keySet())
                .filter(s -> Suggestions.isTypo(word, s))
                .ifPresent(s -> err.println("  hint: did you mean 'polcat " + s + "'?"));
        err.flush();
        return ExitCode.INPUT.code();
    }

    /** A bug: one line, and the full trace in a file for the report (the terminal stays readable). */
    static String internalError(Throwable ex) {
        String summary =
                ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + oneLine(ex.getMessage()));
        try {
            Path trace = Files.createTempFile("polcat-internal-error-", ".txt");
            java.io.StringWriter sw = new java.io.StringWriter();
            ex.printStackTrace(new PrintWriter(sw));
            Files.writeString(trace, sw.toString(), StandardCharsets.UTF_8);
            return "polcat: internal error (a bug in polcat): " + DiagnosticPrinter.safe(summary)
                    + "; stack trace written to " + trace + ", please report it";
        } catch (IOException | RuntimeException e) {
            return "polcat: internal error (a bug in polcat): " + DiagnosticPrinter.safe(summary)
                    + "; the stack trace could not be written (" + e.getMessage() + "), please report it";
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\n\\s*", " ").strip();
    }
}
