package dev.polcat.cli;

import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.diag.IoProblems;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Where a report goes: the {@code -o} file, or standard output. */
final class ReportOutput {
    private ReportOutput() {}

    /** False, having said why on stderr, when the file cannot be written. */
    static boolean print(Path output, String report, CommandSpec spec) {
        if (output == null) {
            spec.commandLine().getOut().print(report);
            spec.commandLine().getOut().flush();
            return true;
        }
        try {
            Files.writeString(output, report, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("polcat: error: cannot write the report to " + DiagnosticPrinter.safe(output.toString()) + ": "
                    + IoProblems.describe(e, output));
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null && !Files.exists(parent)) {
                err.println("  hint: the folder " + DiagnosticPrinter.safe(parent.toString())
                        + " does not exist; create it first, or write the report elsewhere");
            }
            err.flush();
            return false;
        }
    }
}
