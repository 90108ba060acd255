package dev.polcat.calico;

import dev.polcat.calico.cluster.FelixConfigurationSpec;

/** A FelixConfiguration (projectcalico.org/v3, cluster-wide). */
public record FelixConfiguration(Metadata metadata, FelixConfigurationSpec spec) implements CalicoResource {
    @Override
    public Kind kind() {
        return Kind.FELIX_CONFIGURATION;
    }
}
