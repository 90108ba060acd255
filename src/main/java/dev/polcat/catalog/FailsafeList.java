package dev.polcat.catalog;

import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Felix's failsafe port list format ({@code tcp:22,udp:68,tcp:10.0.0.0/8:22}, {@code none}), read once
 * when a profile is read, so that later stages get entries, never the text.
 */
public final class FailsafeList {
    private FailsafeList() {}

    /** A list as {@link #read} reads it: its entries, or (entries empty) the message naming the bad item. */
    public record Reading(List<FailsafeEntry> entries, String error) {
        public Reading {
            entries = List.copyOf(entries);
        }

        public boolean ok() {
            return error == null;
        }
    }

    /** Reads Felix's format the way Felix does (felix/config/param_types.go, PortListParam): a comma list of
     * {@code <port>}, {@code <proto>:<port>} or {@code <proto>:<cidr>:<port>}, with an IPv6 network in
     * brackets ({@code tcp:[fd00::/8]:22}); {@code none} and empty items as in {@code FailsafePorts.parseList}.
     * A bad list is answered with a value naming the bad item, as Felix refuses to start on it. */
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
}
