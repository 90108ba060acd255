package dev.polcat.analyze;

import dev.polcat.catalog.Profile;
import java.util.List;
import java.util.Optional;

/** One environment: its policies in apply order, each analysed, and which policies select each host. */
public record EnvironmentAnalysis(Profile env, List<PolicyAnalysis> policies, List<HostCoverage> hosts) {
    public EnvironmentAnalysis {
        policies = List.copyOf(policies);
        hosts = List.copyOf(hosts);
    }

    public Optional<PolicyAnalysis> policy(String name) {
        return policies.stream().filter(p -> p.policy().policy().name().equals(name)).findFirst();
    }
}
