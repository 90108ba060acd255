package dev.polcat.calico;

/**
 * A staged policy: a preview of a change to enforced policy that Calico evaluates only for flow logs and
 * never enforces. {@link #enforced()} is the policy it would create (Set) or remove (Delete), with the
 * same metadata and spec, as Calico's {@code ConvertStaged*ToEnforced} makes it.
 */
public sealed interface StagedPolicy extends CalicoResource
        permits StagedGlobalNetworkPolicy, StagedNetworkPolicy, StagedKubernetesNetworkPolicy {

    /** Set when omitted (the CRD default). */
    StagedAction stagedAction();

    /** The enforced policy this stages: a GlobalNetworkPolicy, NetworkPolicy or KubernetesNetworkPolicy. */
    CalicoResource enforced();
}
