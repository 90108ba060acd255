package dev.polcat.calico;

public record GlobalNetworkPolicy(Metadata metadata, PolicySpec spec) implements PolicyResource {
    @Override
    public Kind kind() {
        return Kind.GLOBAL_NETWORK_POLICY;
    }
}
