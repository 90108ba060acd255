package dev.polcat.calico;

/**
 * One entry of a rule's {@code ports}: {@code protocol} null means TCP (the API default); {@code port} null
 * means every port; it is a number or a named port; {@code endPort} (null when absent) makes a number a range.
 */
public record KubernetesPort(Protocol protocol, Port port, Integer endPort) {
    public Protocol effectiveProtocol() {
        return protocol == null ? Protocol.named("TCP") : protocol;
    }
}
