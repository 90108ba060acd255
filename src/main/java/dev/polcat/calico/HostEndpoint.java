package dev.polcat.calico;

import java.util.List;

public record HostEndpoint(
        Metadata metadata,
        String node,
        String interfaceName,
        List<String> expectedIPs,
        List<String> profiles,
        List<EndpointPort> ports)
        implements CalicoResource {

    public HostEndpoint {
        node = node == null ? "" : node;
        interfaceName = interfaceName == null ? "" : interfaceName;
        expectedIPs = List.copyOf(expectedIPs);
        profiles = List.copyOf(profiles);
        ports = List.copyOf(ports);
    }

    @Override
    public Kind kind() {
        return Kind.HOST_ENDPOINT;
    }

    /** A named port on a host endpoint; {@code port} is 0 when absent. */
    public record EndpointPort(String name, Protocol protocol, int port) {}
}
