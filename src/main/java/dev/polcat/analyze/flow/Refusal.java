package dev.polcat.analyze.flow;

/**
 * Thrown inside the simulator when a flow cannot be evaluated in the environment, and turned into a
 * {@link Simulation.Refused} by {@link FlowSimulator#evaluate}, the one place that catches it. Its own type
 * (an {@link IllegalArgumentException} only for {@link FlowSimulator#simulate}'s callers), so that a bug
 * throwing any other exception is never taken for a refused flow.
 */
final class Refusal extends IllegalArgumentException {
    Refusal(String reason) {
        super(reason);
    }
}
