package dev.polcat.analyze;

import dev.polcat.analyze.verify.ExposureRow;
import dev.polcat.analyze.verify.FlowCheck;
import dev.polcat.catalog.Profile;
import java.util.List;
import java.util.Optional;

/**
 * One environment: its policies in apply order, each analysed; which policies select each host; the
 * flow checks (expected flows and the lockout guard; empty with --no-verify); and the exposure report
 * (null when the environment is too large to compute it).
 */
public record EnvironmentAnalysis(
        Profile env, List<PolicyAnalysis> policies, List<HostCoverage> hosts, List<FlowCheck> checks, List<ExposureRow> exposure) {
    public EnvironmentAnalysis {
        policies = List.copyOf(policies);
        hosts = List.copyOf(hosts);
        checks = List.copyOf(checks);
        exposure = exposure == null ? null : List.copyOf(exposure);
    }

    public Optional<PolicyAnalysis> policy(String name) {
        return policies.stream().filter(p -> p.policy().policy().name().equals(name)).findFirst();
    }
}
