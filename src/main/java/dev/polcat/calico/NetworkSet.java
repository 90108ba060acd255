package dev.polcat.calico;

import java.util.List;

public record NetworkSet(Metadata metadata, List<String> nets) implements CalicoResource {
    public NetworkSet {
        nets = List.copyOf(nets);
    }

    @Override
    public Kind kind() {
        return Kind.NETWORK_SET;
    }
}
