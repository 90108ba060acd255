package dev.polcat.analyze.flow;

import java.util.List;

/**
 * One side of a flow as rules see it: its addresses in the flow's IP version, and the host or workload when it
 * is one (for named ports). {@code addressUnknown} when that endpoint has no address of that version.
 */
record Peer(String text, List<IpRange> addresses, boolean addressUnknown, EndpointInfo endpoint) {
    Peer {
        addresses = List.copyOf(addresses);
    }
}
