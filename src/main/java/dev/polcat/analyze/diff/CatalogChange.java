package dev.polcat.analyze.diff;

import java.util.List;

/** The semantic difference between two builds: one entry per environment on either side, by name. */
public record CatalogChange(String base, String head, List<EnvironmentChange> environments) {
    public CatalogChange {
        environments = List.copyOf(environments);
    }

    /** Some flow becomes reachable from the internet that the head profile does not declare public. */
    public boolean hasUndeclaredInternetExposure() {
        return environments.stream()
                .flatMap(e -> e.flows().stream())
                .anyMatch(FlowChange::isUndeclaredInternetExposure);
    }

    public boolean isEmpty() {
        return environments.stream().allMatch(EnvironmentChange::isEmpty);
    }
}
