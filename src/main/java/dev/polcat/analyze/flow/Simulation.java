package dev.polcat.analyze.flow;

/**
 * What {@link FlowSimulator#evaluate} answers: a {@link Verdict}, or a {@link Refused} flow that cannot be
 * evaluated in the environment (an unknown host or workload, an evaluated end that is neither, two ends
 * without a common IP version). A refusal is a value, so a caller reports or counts it; it never
 * disappears in a catch.
 */
public sealed interface Simulation permits Verdict, Simulation.Refused {

    /** The flow cannot be evaluated; {@code reason} says why, for a message. */
    record Refused(Flow flow, String reason) implements Simulation {}
}
