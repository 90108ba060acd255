package dev.polcat.calico;

/** A projectcalico.org/v3 resource, as read from YAML and checked for shape (not yet validated). */
public sealed interface CalicoResource
        permits PolicyResource, GlobalNetworkSet, NetworkSet, HostEndpoint, Tier {
    Kind kind();

    Metadata metadata();

    default String name() {
        return metadata().name();
    }

    /** kind/namespace/name, the identity Calico stores the resource under. */
    default String key() {
        String ns = metadata().namespace();
        return kind().yamlName() + "/" + (ns.isEmpty() ? "" : ns + "/") + name();
    }
}
