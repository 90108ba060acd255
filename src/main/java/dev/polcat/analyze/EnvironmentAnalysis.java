package dev.polcat.analyze;

import dev.polcat.catalog.Profile;
import java.util.List;
import java.util.Optional;

/** One environment: its policies in apply order, each analysed. */
public record EnvironmentAnalysis(Profile env, List<PolicyAnalysis> policies) {
    public EnvironmentAnalysis {
        policies = List.copyOf(policies);
    }

    public Optional<PolicyAnalysis> policy(String name) {
        return policies.stream().filter(p -> p.policy().policy().name().equals(name)).findFirst();
    }
}
