package dev.polcat.calico;

/**
 * A staged Kubernetes NetworkPolicy (projectcalico.org/v3): the Kubernetes spec plus {@code stagedAction}.
 */
public record StagedKubernetesNetworkPolicy(Metadata metadata, StagedAction stagedAction, KubernetesPolicySpec spec)
        implements StagedPolicy {
    public StagedKubernetesNetworkPolicy {
        stagedAction = stagedAction == null ? StagedAction.SET : stagedAction;
    }

    @Override
    public Kind kind() {
        return Kind.STAGED_KUBERNETES_NETWORK_POLICY;
    }

    @Override
    public KubernetesNetworkPolicy enforced() {
        return new KubernetesNetworkPolicy(metadata, spec);
    }
}
