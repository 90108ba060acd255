package dev.polcat.analyze.flow;

import dev.polcat.catalog.FailsafeEntry;
import dev.polcat.catalog.FailsafeList;
import java.util.List;

/**
 * Felix's {@code FailsafeInboundHostPorts} and {@code FailsafeOutboundHostPorts}: traffic they match is
 * allowed to and from every host endpoint before any policy, and no policy can deny it. They do not
 * apply to forwarded traffic.
 */
public record FailsafePorts(List<FailsafeEntry> inbound, List<FailsafeEntry> outbound) {

    /** Felix's defaults (felix/config/config_params.go). */
    public static final String DEFAULT_INBOUND =
            "tcp:22, udp:68, tcp:179, tcp:2379, tcp:2380, tcp:5473, tcp:6443, tcp:6666, tcp:6667";

    public static final String DEFAULT_OUTBOUND =
            "udp:53, udp:67, tcp:179, tcp:2379, tcp:2380, tcp:5473, tcp:6443, tcp:6666, tcp:6667";

    public FailsafePorts {
        inbound = List.copyOf(inbound);
        outbound = List.copyOf(outbound);
    }

    public static FailsafePorts defaults() {
        return new FailsafePorts(parseList(DEFAULT_INBOUND), parseList(DEFAULT_OUTBOUND));
    }

    /** Both lists empty, as {@code none} or {@code []} in FelixConfiguration configure it. */
    public static FailsafePorts disabled() {
        return new FailsafePorts(List.of(), List.of());
    }

    /** Both settings in Felix's string format; see {@link #parseList}. */
    public static FailsafePorts parse(String inbound, String outbound) {
        return new FailsafePorts(parseList(inbound), parseList(outbound));
    }

    public boolean isDisabled() {
        return inbound.isEmpty() && outbound.isEmpty();
    }

    /**
     * Parses Felix's format the way Felix does (felix/config/param_types.go, PortListParam): a comma list of
     * {@code <port>}, {@code <proto>:<port>} or {@code <proto>:<cidr>:<port>}, with an IPv6 network in
     * brackets ({@code tcp:[fd00::/8]:22}). The protocol is {@code tcp} (the default) or {@code udp}, in
     * any case; ports are 0-65535; the network may be an address or have host bits. Empty items are
     * skipped, so {@code ""} is the empty list; {@code none} (any case) is the empty list too.
     *
     * @throws IllegalArgumentException naming the bad item, as Felix refuses to start on it
     */
    public static List<FailsafeEntry> parseList(String raw) {
        FailsafeList.Reading r = FailsafeList.read(raw);
        if (r.error() != null) throw new IllegalArgumentException(r.error());
        return r.entries();
    }

    @Override
    public String toString() {
        return "inbound [" + text(inbound) + "], outbound [" + text(outbound) + "]";
    }

    private static String text(List<FailsafeEntry> entries) {
        return String.join(", ", entries.stream().map(FailsafeEntry::toString).toList());
    }
}
