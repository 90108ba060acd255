package dev.polcat.analyze.flow;

/**
 * How much of a flow each rule covers, known before the walk ({@link IngressClassifier}): a walk that knows it
 * reads it instead of matching each rule again, and matches only the rules that cover part of the flow, for
 * the reasons its trail quotes.
 */
@FunctionalInterface
interface KnownCoverage {
    Coverage of(CompiledRule rule);

    /** The ids of the rules that may cover some of the flow, sorted; null when not known (then each rule is asked). */
    default int[] hits() {
        return null;
    }

    /** Those of {@code rules} (one policy's, in order) that cover some of the flow, in the same order. */
    default java.util.List<CompiledRule> covering(java.util.List<CompiledRule> rules) {
        return rules.stream().filter(r -> of(r) != Coverage.NONE).toList();
    }
}
