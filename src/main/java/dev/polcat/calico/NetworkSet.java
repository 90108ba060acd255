package dev.polcat.calico;

import dev.polcat.net.Cidr;
import java.util.List;

public record NetworkSet(Metadata metadata, List<Cidr> nets) implements CalicoResource {
    public NetworkSet {
        nets = List.copyOf(nets);
    }

    @Override
    public Kind kind() {
        return Kind.NETWORK_SET;
    }
}
