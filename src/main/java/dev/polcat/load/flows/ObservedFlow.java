package dev.polcat.load.flows;

import java.util.Comparator;

/**
 * One distinct observed flow: its key, and what every record of it added up to. {@code connections} is
 * the number of connections seen; when both ends reported them, the larger side counts (each connection
 * is reported once per end). {@code denied} is how many of them the cluster denied. {@code pending} is
 * what Calico's staged policies would have done (null when no record says). {@code firstLine} points
 * into the file for people who want the raw record.
 */
public record ObservedFlow(
        Key key,
        long connections,
        long denied,
        Recorded recorded,
        FlowRecord.Action pending,
        long records,
        int firstLine) {

    /** The flow itself: both ends, the protocol and the destination port (0: none). */
    public record Key(FlowEnd source, FlowEnd destination, String protocol, int port) {
        /** {@code tcp/8080}, {@code icmp}, {@code udp/53}. */
        public String service() {
            return port == 0 ? protocol : protocol + "/" + port;
        }

        public String text() {
            return service() + " from " + source.text() + " to " + destination.text();
        }
    }

    /** What the cluster did, over every record of the flow. */
    public enum Recorded {
        ALLOWED,
        DENIED,
        MIXED,
        UNKNOWN;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Most connections first, then by text: the order every report uses. */
    public static final Comparator<ObservedFlow> BUSIEST_FIRST = Comparator.comparingLong(ObservedFlow::connections)
            .reversed()
            .thenComparing(f -> f.key().text());
}
