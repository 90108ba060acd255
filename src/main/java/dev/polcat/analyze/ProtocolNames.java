package dev.polcat.analyze;

import dev.polcat.calico.Protocol;
import java.util.Optional;

/**
 * Names of IP protocols for rule explanations. Calico's own six names (TCP, UDP, ICMP, ICMPv6, SCTP,
 * UDPLite) print bare, however they were written; other well-known numbers print as {@code GRE (protocol
 * 47)}; the rest as {@code protocol 253}.
 */
final class ProtocolNames {
    private ProtocolNames() {}

    /** How a protocol reads in a sentence: {@code TCP}, {@code GRE (protocol 47)}, {@code protocol 253}. */
    static String describe(Protocol protocol) {
        Optional<Integer> number = protocol.ianaNumber();
        if (number.isEmpty()) {
            // Not a name Calico knows (the validator reports it); say what was written.
            return "protocol " + RuleWords.plain(protocol.text());
        }
        int n = number.get();
        Optional<String> calico = Protocol.calicoName(n);
        if (calico.isPresent()) return calico.get();
        return Protocol.otherName(n).map(o -> o + " (protocol " + n + ")").orElse("protocol " + n);
    }
}
