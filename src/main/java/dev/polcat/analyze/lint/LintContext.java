package dev.polcat.analyze.lint;

import dev.polcat.calico.PolicyResource;
import dev.polcat.catalog.Profile;
import java.util.List;

/**
 * What a lint sees: one policy resource of an environment, the environment (hosts, values) and every
 * policy resource of that environment (for cross-policy checks such as equal orders).
 */
public record LintContext(Profile env, PolicyResource policy, List<PolicyResource> environmentPolicies) {
    public LintContext {
        environmentPolicies = List.copyOf(environmentPolicies);
    }
}
