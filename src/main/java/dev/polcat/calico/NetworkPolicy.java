package dev.polcat.calico;

public record NetworkPolicy(Metadata metadata, PolicySpec spec) implements PolicyResource {
    @Override
    public Kind kind() {
        return Kind.NETWORK_POLICY;
    }
}
