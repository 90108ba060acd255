package dev.polcat.analyze.flow;

import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        Reading r = read(raw);
        if (r.error() != null) throw new IllegalArgumentException(r.error());
        return r.entries();
    }

    /** A list as {@link #read} reads it: its entries, or (entries empty) the message naming the bad item. */
    public record Reading(List<FailsafeEntry> entries, String error) {
        public Reading {
            entries = List.copyOf(entries);
        }

        public boolean ok() {
            return error == null;
        }
    }

    /** {@link #parseList} answering a bad list with a value: for input read from profiles. */
    public static Reading read(String raw) {
        if (raw.strip().equalsIgnoreCase("none")) return new Reading(List.of(), null);
        List<FailsafeEntry> out = new ArrayList<>();
        for (String item : raw.split(",", -1)) {
            String s = item.strip();
            if (s.isEmpty()) continue;
            Reading one = parseItem(s, raw);
            if (!one.ok()) return one;
            out.addAll(one.entries());
        }
        return new Reading(out, null);
    }

    private static Reading parseItem(String item, String raw) {
        String netText = "";
        String rest = item;
        int open = item.indexOf('[');
        if (open >= 0 || item.indexOf(']') >= 0) {
            int close = item.indexOf("]:");
            if (open < 0 || close < open) return bad(raw, item, "an IPv6 network is written [<cidr>]:<port>");
            netText = item.substring(open + 1, close);
            rest = item.substring(0, open) + item.substring(close + 2);
        }
        String[] parts = rest.split(":", -1);
        if (parts.length > 3) {
            return bad(raw, item, "ports should be <protocol>:<net>:<number> or <protocol>:<number> or <number>");
        }
        String protocol = parts.length > 1 ? parts[0].toLowerCase(Locale.ROOT) : "tcp";
        if (parts.length == 3) netText = parts[1];
        String portText = parts[parts.length - 1];
        if (!protocol.equals("tcp") && !protocol.equals("udp")) {
            return bad(raw, item, "unknown protocol '" + protocol + "' (tcp or udp)");
        }
        if (!portText.matches("[+]?[0-9]{1,5}")) return bad(raw, item, "ports should be integers");
        int port = Integer.parseInt(portText.startsWith("+") ? portText.substring(1) : portText);
        if (port > 65535) return bad(raw, item, "ports must be in range 0-65535");
        IpNet net = null;
        if (!netText.isEmpty()) {
            net = IpNet.parse(netText).orElse(null);
            if (net == null) return bad(raw, item, "invalid CIDR or IP '" + netText + "'");
        }
        return new Reading(List.of(new FailsafeEntry(protocol, net, port)), null);
    }

    private static Reading bad(String raw, String item, String why) {
        return new Reading(List.of(), "invalid failsafe port list '" + raw + "' at '" + item + "': " + why);
    }

    @Override
    public String toString() {
        return "inbound [" + text(inbound) + "], outbound [" + text(outbound) + "]";
    }

    private static String text(List<FailsafeEntry> entries) {
        return String.join(", ", entries.stream().map(FailsafeEntry::toString).toList());
    }
}
