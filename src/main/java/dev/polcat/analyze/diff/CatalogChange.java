package dev.polcat.analyze.diff;

import java.util.List;

/** The semantic difference between two builds: one entry per environment on either side, by name. */
public record CatalogChange(String base, String head, List<EnvironmentChange> environments) {
    public CatalogChange {
        environments = List.copyOf(environments);
    }

    public boolean isEmpty() {
        return environments.stream().allMatch(EnvironmentChange::isEmpty);
    }
}
