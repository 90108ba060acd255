package dev.polcat.load.flows;

import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/** The values every flow-log format shares: protocols, ports, counts, actions and label lists. */
final class FlowValues {
    private FlowValues() {}

    /** {@code tcp}, {@code udp}, {@code icmp}, {@code icmpv6}, {@code sctp}, or an IANA number for the rest. */
    static String protocol(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "tcp", "6" -> {
                return "tcp";
            }
            case "udp", "17" -> {
                return "udp";
            }
            case "icmp", "1" -> {
                return "icmp";
            }
            case "icmpv6", "icmp6", "58" -> {
                return "icmpv6";
            }
            case "sctp", "132" -> {
                return "sctp";
            }
            default -> {
                int n = number(t, "protocol");
                if (n < 1 || n > 255)
                    throw new IllegalArgumentException("protocol " + text + " is not a name or a number 1-255");
                return Integer.toString(n);
            }
        }
    }

    /** A destination port 0-65535 (0: none); {@code -}, {@code any} and "" mean none. */
    static int port(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.equals("-") || t.equalsIgnoreCase("any")) return 0;
        int n = number(t, "port");
        if (n < 0 || n > 65535) throw new IllegalArgumentException("port " + text + " is not 0-65535");
        return n;
    }

    static long count(String text, String what) {
        try {
            long n = Long.parseLong(text.strip());
            if (n < 0) throw new IllegalArgumentException(what + " " + text + " is negative");
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a number");
        }
    }

    /** Goldmane's {@code Allow}/{@code Deny} (or 1/2), Enterprise's {@code allow}/{@code deny}; anything else is unknown. */
    static FlowRecord.Action action(String text) {
        if (text == null) return FlowRecord.Action.UNKNOWN;
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "allow", "1", "action_allow" -> FlowRecord.Action.ALLOW;
            case "deny", "2", "action_deny" -> FlowRecord.Action.DENY;
            default -> FlowRecord.Action.UNKNOWN;
        };
    }

    /** {@code app=web} pairs; a pair without {@code =} is a label with an empty value. */
    static SortedMap<String, String> labels(List<String> pairs) {
        SortedMap<String, String> out = new TreeMap<>();
        if (pairs == null) return out;
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq < 0) out.put(pair, "");
            else out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }

    private static int number(String t, String what) {
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + t + "' is not a number");
        }
    }
}
