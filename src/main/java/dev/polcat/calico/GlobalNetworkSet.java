package dev.polcat.calico;

import dev.polcat.net.Cidr;
import java.util.List;

public record GlobalNetworkSet(Metadata metadata, List<Cidr> nets) implements CalicoResource {
    public GlobalNetworkSet {
        nets = List.copyOf(nets);
    }

    @Override
    public Kind kind() {
        return Kind.GLOBAL_NETWORK_SET;
    }
}
