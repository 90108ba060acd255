package dev.polcat.analyze;

import dev.polcat.catalog.Profile;
import java.util.List;
import java.util.Optional;

/**
 * One environment: its policies in apply order, each analysed; which policies select each host; the
 * flow checks (expected flows and the lockout guard; empty when the build skips them, as
 * {@code --no-verify} does); the exposure report, from networks and, unless the environment has too many
 * endpoints for it, from its other endpoints ({@code exposureFromEndpoints}), and the probes of it that
 * could not be simulated ({@code exposureSkipped}, each "probe: reason"; rows the report may lack).
 */
public record EnvironmentAnalysis(
        Profile env,
        List<PolicyAnalysis> policies,
        List<HostCoverage> hosts,
        List<FlowCheck> checks,
        List<ExposureGrant> exposure,
        boolean exposureFromEndpoints,
        List<String> exposureSkipped,
        java.util.Map<String, PolicyAnalysis> byName,
        java.util.Map<String, List<String>> hostsByPolicy) {

    public EnvironmentAnalysis(
            Profile env,
            List<PolicyAnalysis> policies,
            List<HostCoverage> hosts,
            List<FlowCheck> checks,
            List<ExposureGrant> exposure,
            boolean exposureFromEndpoints,
            List<String> exposureSkipped) {
        this(
                env,
                policies,
                hosts,
                checks,
                exposure,
                exposureFromEndpoints,
                exposureSkipped,
                index(policies),
                hostsByPolicy(hosts));
    }

    /**
     * The names of the hosts each policy selects, in host order: each policy page lists them for every
     * environment, and scanning every host's policies for each page made pages cost as much as the catalog.
     */
    private static java.util.Map<String, List<String>> hostsByPolicy(List<HostCoverage> hosts) {
        java.util.Map<String, List<String>> m = new java.util.HashMap<>();
        for (HostCoverage h : hosts) {
            for (String policy : new java.util.LinkedHashSet<>(h.policies())) {
                m.computeIfAbsent(policy, k -> new java.util.ArrayList<>())
                        .add(h.host().name());
            }
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(m);
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
        exposure = ExposureGrants.of(exposure);
        exposureSkipped = List.copyOf(exposureSkipped);
    }

    public Optional<PolicyAnalysis> policy(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The hosts that {@code policy} selects, by name, in host order. */
    public List<String> hostsSelectedBy(String policy) {
        return hostsByPolicy.getOrDefault(policy, List.of());
    }
}
