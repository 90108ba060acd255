package dev.polcat.calico;

/** GlobalNetworkPolicy or NetworkPolicy: the resources that carry rules. */
public sealed interface PolicyResource extends CalicoResource permits GlobalNetworkPolicy, NetworkPolicy {
    PolicySpec spec();
}
