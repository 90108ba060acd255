package dev.polcat.analyze;

import dev.polcat.catalog.Profile;
import java.util.List;
import java.util.Optional;

/**
 * One environment: its policies in apply order, each analysed; which policies select each host; the
 * flow checks (expected flows and the lockout guard; empty when the build skips them, as
 * {@code --no-verify} does); the exposure report (null when the environment is too large to compute
 * it) and the probes of it that could not be simulated ({@code exposureSkipped}, each "probe: reason";
 * rows the report may lack).
 */
public record EnvironmentAnalysis(
        Profile env,
        List<PolicyAnalysis> policies,
        List<HostCoverage> hosts,
        List<FlowCheck> checks,
        List<ExposureRow> exposure,
        List<String> exposureSkipped,
        java.util.Map<String, PolicyAnalysis> byName) {

    public EnvironmentAnalysis(
            Profile env,
            List<PolicyAnalysis> policies,
            List<HostCoverage> hosts,
            List<FlowCheck> checks,
            List<ExposureRow> exposure) {
        this(env, policies, hosts, checks, exposure, List.of());
    }

    public EnvironmentAnalysis(
            Profile env,
            List<PolicyAnalysis> policies,
            List<HostCoverage> hosts,
            List<FlowCheck> checks,
            List<ExposureRow> exposure,
            List<String> exposureSkipped) {
        this(env, policies, hosts, checks, exposure, exposureSkipped, index(policies));
    }

    /** Policies by template name: pages look them up once per policy and environment. */
    private static java.util.Map<String, PolicyAnalysis> index(List<PolicyAnalysis> policies) {
        java.util.Map<String, PolicyAnalysis> m = new java.util.HashMap<>();
        for (PolicyAnalysis p : policies) m.putIfAbsent(p.policy().policy().name(), p);
        return java.util.Collections.unmodifiableMap(m);
    }

    public EnvironmentAnalysis {
        policies = List.copyOf(policies);
        hosts = List.copyOf(hosts);
        checks = List.copyOf(checks);
        exposure = exposure == null ? null : List.copyOf(exposure);
        exposureSkipped = List.copyOf(exposureSkipped);
    }

    public Optional<PolicyAnalysis> policy(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
