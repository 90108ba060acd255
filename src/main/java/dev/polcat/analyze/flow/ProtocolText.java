package dev.polcat.analyze.flow;

import dev.polcat.calico.Protocol;
import java.util.Map;

/** Protocol names for trails and flow syntax: {@code tcp}, {@code icmpv6}, or the number ({@code 47}). */
final class ProtocolText {
    private static final Map<Integer, String> NAMES =
            Map.of(6, "tcp", 17, "udp", 1, "icmp", 58, "icmpv6", 132, "sctp", 136, "udplite");

    private ProtocolText() {}

    static String lower(Protocol p) {
        return p.ianaNumber().map(ProtocolText::of).orElse(p.text());
    }

    static String of(int number) {
        String name = NAMES.get(number);
        return name != null ? name : Integer.toString(number);
    }
}
