package dev.polcat.calico;

import java.util.List;

/**
 * The spec of a Kubernetes NetworkPolicy (and of a StagedKubernetesNetworkPolicy). {@code policyTypes} is
 * empty when omitted; see {@link #effectivePolicyTypes()}.
 */
public record KubernetesPolicySpec(
        LabelSelector podSelector,
        List<KubernetesRule> ingress,
        List<KubernetesRule> egress,
        List<PolicyType> policyTypes) {

    public KubernetesPolicySpec {
        podSelector = podSelector == null ? LabelSelector.ALL : podSelector;
        ingress = List.copyOf(ingress);
        egress = List.copyOf(egress);
        policyTypes = List.copyOf(policyTypes);
    }

    /**
     * The Kubernetes API's defaulting of omitted policyTypes (networking/v1 types.go, PolicyTypes field
     * doc): Ingress always, plus Egress when the policy has egress rules. Unlike Calico's own defaulting, a
     * policy with only egress rules still isolates ingress.
     */
    public List<PolicyType> effectivePolicyTypes() {
        if (!policyTypes.isEmpty()) return policyTypes;
        return egress.isEmpty() ? List.of(PolicyType.INGRESS) : List.of(PolicyType.INGRESS, PolicyType.EGRESS);
    }

    public boolean appliesTo(PolicyType direction) {
        return effectivePolicyTypes().contains(direction);
    }

    public List<KubernetesRule> rules(PolicyType direction) {
        return direction == PolicyType.INGRESS ? ingress : egress;
    }
}
