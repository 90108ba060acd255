package dev.polcat.validate;

import dev.polcat.calico.ApplyOrder;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.PolicyResource;
import dev.polcat.calico.PositionIndex;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.Profile;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rendered policy whose resources passed validation, in apply order, with where each resource's
 * fields were written in the rendered file (by resource key) so later stages can point at lines.
 */
public record ValidatedPolicy(
        Profile env, PolicyTemplate policy, List<CalicoResource> resources, Map<String, PositionIndex> positions) {

    /** Policies of one environment in the order they should be applied and read. */
    public static final Comparator<ValidatedPolicy> APPLY_ORDER = Comparator.comparing(
                    (ValidatedPolicy v) -> v.resources().get(0), ApplyOrder.RESOURCES)
            .thenComparing(v -> v.policy().name());

    public ValidatedPolicy {
        resources = resources.stream().sorted(ApplyOrder.RESOURCES).toList();
        positions = Map.copyOf(positions);
    }

    public List<PolicyResource> policies() {
        return resources.stream()
                .filter(r -> r instanceof PolicyResource)
                .map(r -> (PolicyResource) r)
                .toList();
    }

    /** The rendered file the positions refer to ({@code rendered/ENV/POLICY.yaml}). */
    public String renderedFile() {
        return "rendered/" + env.name() + "/" + policy.name() + ".yaml";
    }

    public Optional<PolicyResource> mainPolicy() {
        return policies().stream().findFirst();
    }
}
