package dev.polcat.analyze.diff;

import dev.polcat.analyze.EnvironmentAnalysis;
import java.util.List;

/** Computes the flows whose verdict changes between two versions of an environment. */
public interface FlowComparison {
    FlowComparison NONE = (before, after) -> List.of();

    List<FlowChange> compare(EnvironmentAnalysis before, EnvironmentAnalysis after);
}
