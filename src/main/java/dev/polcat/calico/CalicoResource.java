package dev.polcat.calico;

/**
 * A resource polcat reads: a projectcalico.org/v3 resource or a Kubernetes NetworkPolicy, as read from YAML
 * and checked for shape (not yet validated).
 */
public sealed interface CalicoResource
        permits PolicyResource,
                StagedPolicy,
                KubernetesNetworkPolicy,
                GlobalNetworkSet,
                NetworkSet,
                HostEndpoint,
                Tier,
                BgpPeer,
                BgpConfiguration,
                FelixConfiguration {
    Kind kind();

    Metadata metadata();

    default String name() {
        return metadata().name();
    }

    /** kind/namespace/name, the identity Calico stores the resource under. */
    default String key() {
        String ns = metadata().namespace();
        return kind().keyName() + "/" + (ns.isEmpty() ? "" : ns + "/") + name();
    }
}
