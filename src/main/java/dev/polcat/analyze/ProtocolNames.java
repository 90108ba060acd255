package dev.polcat.analyze;

import dev.polcat.calico.Protocol;
import java.util.Map;
import java.util.Optional;

/**
 * Names of IP protocols for rule explanations. Calico's own six names (TCP, UDP, ICMP, ICMPv6, SCTP,
 * UDPLite) print bare, however they were written; other well-known numbers print as {@code GRE (protocol
 * 47)}; the rest as {@code protocol 253}.
 */
final class ProtocolNames {
    private static final Map<Integer, String> CALICO_NAMES =
            Map.of(1, "ICMP", 6, "TCP", 17, "UDP", 58, "ICMPv6", 132, "SCTP", 136, "UDPLite");

    private static final Map<Integer, String> OTHER_NAMES = Map.ofEntries(
            Map.entry(2, "IGMP"),
            Map.entry(4, "IP-in-IP"),
            Map.entry(41, "IPv6-in-IPv4"),
            Map.entry(47, "GRE"),
            Map.entry(50, "ESP"),
            Map.entry(51, "AH"),
            Map.entry(89, "OSPF"),
            Map.entry(103, "PIM"),
            Map.entry(112, "VRRP"),
            Map.entry(115, "L2TP"));

    private ProtocolNames() {}

    /** How a protocol reads in a sentence: {@code TCP}, {@code GRE (protocol 47)}, {@code protocol 253}. */
    static String describe(Protocol protocol) {
        Optional<Integer> number = protocol.ianaNumber();
        if (number.isEmpty()) {
            // Not a name Calico knows (the validator reports it); say what was written.
            return "protocol " + RuleWords.plain(protocol.text());
        }
        int n = number.get();
        String calico = CALICO_NAMES.get(n);
        if (calico != null) return calico;
        String other = OTHER_NAMES.get(n);
        return other != null ? other + " (protocol " + n + ")" : "protocol " + n;
    }
}
