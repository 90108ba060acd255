package dev.polcat.calico;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A Kubernetes label selector: every matchLabels pair and every matchExpressions requirement must hold
 * (ANDed). An empty selector selects everything.
 */
public record LabelSelector(SortedMap<String, String> matchLabels, List<LabelRequirement> matchExpressions) {
    public static final LabelSelector ALL = new LabelSelector(new TreeMap<>(), List.of());

    public LabelSelector {
        matchLabels = Collections.unmodifiableSortedMap(new TreeMap<>(matchLabels));
        matchExpressions = List.copyOf(matchExpressions);
    }

    public boolean isEmpty() {
        return matchLabels.isEmpty() && matchExpressions.isEmpty();
    }
}
