package dev.polcat.analyze.flow;

import java.util.List;

/**
 * One side of a flow as rules see it: its addresses in the flow's IP version, and the host when it is one
 * (for named ports). {@code addressUnknown} when a host has no address of that version.
 */
record Peer(String text, List<IpRange> addresses, boolean addressUnknown, HostInfo host) {
    Peer {
        addresses = List.copyOf(addresses);
    }
}
