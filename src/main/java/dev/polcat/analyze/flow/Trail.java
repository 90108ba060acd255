package dev.polcat.analyze.flow;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps of one simulation as they are taken. A brief trail leaves out the rules that did not match
 * and the text describing the flow: the exposure matrix and the flow diffs simulate thousands of flows and
 * read only each verdict, the step that decided it and {@link Verdict#explain()}, none of which looks at
 * those steps; making their text was most of a probe's cost.
 */
final class Trail {
    private final List<TrailStep> steps = new ArrayList<>();
    private final boolean detailed;
    private final boolean fallThrough;

    private Trail(boolean detailed, boolean fallThrough) {
        this.detailed = detailed;
        this.fallThrough = fallThrough;
    }

    static Trail full() {
        return new Trail(true, true);
    }

    static Trail brief() {
        return new Trail(false, true);
    }

    /**
     * A brief trail that also leaves out the policies a flow fell through and the Log rules it met: enough to
     * explain an allowed flow, not a denied one (whose explanation names the policies of the tier that ended
     * it). A Log rule changes neither the verdict nor the step that decided it.
     */
    static Trail allowance() {
        return new Trail(false, false);
    }

    /** Whether the policies that no rule of matched are recorded (a denial's explanation names them). */
    boolean recordsFallThrough() {
        return fallThrough;
    }

    /**
     * Whether only the steps that decide are kept (an allowance): the walk then visits only the policies
     * owning a rule that may allow, deny or pass the flow.
     */
    boolean decisiveOnly() {
        return !detailed && !fallThrough;
    }

    /** Whether the rules that did not match and the flow's description are worded; callers skip them otherwise. */
    boolean detailed() {
        return detailed;
    }

    void add(TrailStep step) {
        steps.add(step);
    }

    TrailStep last() {
        return steps.get(steps.size() - 1);
    }

    List<TrailStep> steps() {
        return steps;
    }
}
