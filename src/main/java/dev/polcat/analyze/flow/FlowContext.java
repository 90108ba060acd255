package dev.polcat.analyze.flow;

import dev.polcat.calico.Protocol;

/**
 * A flow resolved against the environment: the endpoint (host or workload) whose policy is evaluated, the IP version, both
 * peers, and the protocol as an IANA number (null: any).
 */
record FlowContext(
        Flow flow,
        EndpointInfo local,
        int ipVersion,
        Peer source,
        Peer destination,
        Integer protocol,
        String portText,
        String sourcePortText,
        KnownCoverage known) {

    FlowContext(Flow flow, EndpointInfo local, int ipVersion, Peer source, Peer destination, Integer protocol) {
        this(
                flow,
                local,
                ipVersion,
                source,
                destination,
                protocol,
                portText(flow.port(), protocol, "port"),
                portText(flow.sourcePort(), protocol, "source port"),
                null);
    }

    /** The same flow, with how much of it each rule covers known beforehand ({@code known} null: match each rule). */
    FlowContext withKnown(KnownCoverage k) {
        return new FlowContext(flow, local, ipVersion, source, destination, protocol, portText, sourcePortText, k);
    }

    /** {@code port 22}, {@code any port}, {@code any port of any protocol}, {@code any port (icmp has none)}. */
    private static String portText(Integer port, Integer protocol, String what) {
        if (protocol != null && protocol != 6 && protocol != 17 && protocol != 132) {
            return "any " + what + " (" + Protocol.lower(protocol) + " has none)";
        }
        String p = port == null ? "any " + what : what + " " + port;
        return protocol == null ? p + " of any protocol" : p;
    }

    Integer port() {
        return flow.port();
    }

    Integer sourcePort() {
        return flow.sourcePort();
    }

    boolean isIcmp() {
        return protocol != null && (protocol == 1 || protocol == 58);
    }

    /** The protocol can carry ports (TCP, UDP, SCTP), or is unknown (any). */
    boolean mayCarryPorts() {
        return protocol == null || protocol == 6 || protocol == 17 || protocol == 132;
    }
}
