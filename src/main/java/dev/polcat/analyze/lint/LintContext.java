package dev.polcat.analyze.lint;

import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.PolicyResource;
import dev.polcat.catalog.Profile;
import java.util.List;

/**
 * What a lint sees: one policy resource of an environment, the environment (hosts, values), every
 * policy resource of that environment (for cross-policy checks such as equal orders) and every resource
 * of it (network sets, which rule selectors can pick).
 */
public record LintContext(
        Profile env,
        PolicyResource policy,
        List<PolicyResource> environmentPolicies,
        List<CalicoResource> environmentResources) {
    public LintContext {
        environmentPolicies = List.copyOf(environmentPolicies);
        environmentResources = List.copyOf(environmentResources);
    }

    public LintContext(Profile env, PolicyResource policy, List<PolicyResource> environmentPolicies) {
        this(env, policy, environmentPolicies, List.copyOf(environmentPolicies));
    }
}
