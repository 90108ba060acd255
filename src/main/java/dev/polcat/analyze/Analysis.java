package dev.polcat.analyze;

import java.util.List;
import java.util.Optional;

/** The analyze stage's result: one entry per environment, sorted by name. */
public record Analysis(List<EnvironmentAnalysis> environments) {
    public Analysis {
        environments = List.copyOf(environments);
    }

    public Optional<EnvironmentAnalysis> environment(String name) {
        return environments.stream().filter(e -> e.env().name().equals(name)).findFirst();
    }
}
