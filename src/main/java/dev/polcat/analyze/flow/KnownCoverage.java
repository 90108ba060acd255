package dev.polcat.analyze.flow;

/**
 * How much of a flow each rule covers, known before the walk ({@link IngressClassifier}): a walk that knows it
 * reads it instead of matching each rule again, and matches only the rules that cover part of the flow, for
 * the reasons its trail quotes.
 */
@FunctionalInterface
interface KnownCoverage {
    Coverage of(CompiledRule rule);
}
