package dev.polcat.cli;

import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.diag.Diagnostics;
import dev.polcat.load.flows.FlowLog;
import dev.polcat.load.flows.FlowLogReader;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Reads a flow log for {@code impact} and {@code diff --flows}, printing each skipped record and why the file failed. */
final class FlowLogs {
    private FlowLogs() {}

    static FlowLog read(Path file, String shown, CommandSpec spec, boolean annotations) {
        FlowLog log = FlowLogReader.read(file, shown);
        if (!log.problems().isEmpty()) {
            Diagnostics d = new Diagnostics();
            d.addAll(log.problems());
            new DiagnosticPrinter(spec.commandLine().getErr(), annotations).print(d.all());
            spec.commandLine().getErr().flush();
        }
        return log;
    }
}
