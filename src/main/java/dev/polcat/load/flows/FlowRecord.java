package dev.polcat.load.flows;

/**
 * One record of a flow log, before aggregation. {@code protocol} is lower case ({@code tcp}, {@code icmp})
 * or an IANA number; {@code port} is the destination port, 0 when the log has none. {@code connections}
 * counts the connections the record stands for (at least 1). {@code pending} is the verdict Calico's
 * staged policies recorded (Goldmane's {@code policies.pending}), or null.
 */
public record FlowRecord(
        FlowEnd source,
        FlowEnd destination,
        String protocol,
        int port,
        Action action,
        Reporter reporter,
        long connections,
        Action pending,
        int line) {

    /** What the cluster did with the flow; UNKNOWN when the log does not say (plain flow lists). */
    public enum Action {
        ALLOW,
        DENY,
        UNKNOWN
    }

    /** Which end reported the record: both ends of a connection may, so counts are not simply added. */
    public enum Reporter {
        SOURCE,
        DESTINATION,
        UNKNOWN
    }

    /** The aggregation key: the same flow from other records and time windows shares it. */
    public ObservedFlow.Key key() {
        return new ObservedFlow.Key(source, destination, protocol, port);
    }
}
