package dev.polcat.calico;

/**
 * A Kubernetes NetworkPolicy (networking.k8s.io/v1). Calico enforces it as a NetworkPolicy named
 * {@code knp.default.<name>} in the default tier at order 1000.
 */
public record KubernetesNetworkPolicy(Metadata metadata, KubernetesPolicySpec spec) implements CalicoResource {
    /** The name Calico gives the policy it enforces for this one (conversion.go, K8sNetworkPolicyToCalico). */
    public String calicoName() {
        return "knp.default." + metadata.name();
    }

    @Override
    public Kind kind() {
        return Kind.KUBERNETES_NETWORK_POLICY;
    }
}
