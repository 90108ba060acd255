package dev.polcat.load.flows;

import dev.polcat.diag.Diagnostic;
import java.util.List;

/**
 * A flow log as read: its format, the distinct flows (busiest first), how many records were read and
 * skipped, and the problems: one per skipped record (at its line; only the first few are kept), plus an
 * error when the file could not be used. {@code failed}: unreadable, or more than
 * {@link FlowLogReader#MAX_BAD_SHARE} of its records were bad.
 */
public record FlowLog(
        String file,
        String format,
        List<ObservedFlow> flows,
        long records,
        long skipped,
        List<Diagnostic> problems,
        boolean failed) {
    public FlowLog {
        flows = List.copyOf(flows);
        problems = List.copyOf(problems);
    }

    /** Connections over every flow. */
    public long connections() {
        return flows.stream().mapToLong(ObservedFlow::connections).sum();
    }
}
