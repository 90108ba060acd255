package dev.polcat.calico;

import dev.polcat.calico.cluster.BgpConfigurationSpec;

/** A BGPConfiguration (projectcalico.org/v3, cluster-wide). */
public record BgpConfiguration(Metadata metadata, BgpConfigurationSpec spec) implements CalicoResource {
    @Override
    public Kind kind() {
        return Kind.BGP_CONFIGURATION;
    }
}
