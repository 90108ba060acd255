package dev.polcat.analyze.diff;

import java.util.List;

/**
 * Everything that differs in one environment. {@code kind} is ADDED or REMOVED when the environment
 * exists on one side only, CHANGED otherwise (possibly with nothing in it: see {@link #isEmpty()}).
 */
public record EnvironmentChange(
        String env,
        ChangeKind kind,
        List<ResourceChange> resources,
        List<FieldChange> values,
        List<String> caveatsAdded,
        List<String> caveatsRemoved,
        List<FlowChange> flows) {
    public EnvironmentChange {
        resources = List.copyOf(resources);
        values = List.copyOf(values);
        caveatsAdded = List.copyOf(caveatsAdded);
        caveatsRemoved = List.copyOf(caveatsRemoved);
        flows = List.copyOf(flows);
    }

    public boolean isEmpty() {
        return kind == ChangeKind.CHANGED
                && resources.isEmpty()
                && values.isEmpty()
                && caveatsAdded.isEmpty()
                && caveatsRemoved.isEmpty()
                && flows.isEmpty();
    }

    public long count(ChangeKind k) {
        return resources.stream().filter(r -> r.kind() == k).count();
    }

    public long ruleCount(ChangeKind k) {
        return resources.stream()
                .flatMap(r -> r.rules().stream())
                .filter(r -> r.kind() == k)
                .count();
    }
}
