package dev.polcat.calico;

/** A staged (namespaced) NetworkPolicy: same spec as a NetworkPolicy, plus {@code stagedAction}. */
public record StagedNetworkPolicy(Metadata metadata, StagedAction stagedAction, PolicySpec spec)
        implements StagedPolicy {
    public StagedNetworkPolicy {
        stagedAction = stagedAction == null ? StagedAction.SET : stagedAction;
    }

    @Override
    public Kind kind() {
        return Kind.STAGED_NETWORK_POLICY;
    }

    @Override
    public NetworkPolicy enforced() {
        return new NetworkPolicy(metadata, spec);
    }
}
