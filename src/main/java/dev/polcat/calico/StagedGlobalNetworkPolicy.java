package dev.polcat.calico;

/** A staged GlobalNetworkPolicy: same spec as a GlobalNetworkPolicy, plus {@code stagedAction}. */
public record StagedGlobalNetworkPolicy(Metadata metadata, StagedAction stagedAction, PolicySpec spec)
        implements StagedPolicy {
    public StagedGlobalNetworkPolicy {
        stagedAction = stagedAction == null ? StagedAction.SET : stagedAction;
    }

    @Override
    public Kind kind() {
        return Kind.STAGED_GLOBAL_NETWORK_POLICY;
    }

    @Override
    public GlobalNetworkPolicy enforced() {
        return new GlobalNetworkPolicy(metadata, spec);
    }
}
