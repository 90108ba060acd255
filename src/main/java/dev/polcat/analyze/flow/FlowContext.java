package dev.polcat.analyze.flow;

/**
 * A flow resolved against the environment: the host whose endpoint is evaluated, the IP version, both
 * peers, and the protocol as an IANA number (null: any).
 */
record FlowContext(Flow flow, HostInfo local, int ipVersion, Peer source, Peer destination, Integer protocol) {

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
