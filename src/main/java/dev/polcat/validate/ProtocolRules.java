package dev.polcat.validate;

import dev.polcat.calico.Protocol;
import dev.polcat.diag.Suggestions;

/** protocol and notProtocol: one of the six case-sensitive names, or a number 1-255 (validateProtocol). */
final class ProtocolRules {
    static final String ALLOWED = "TCP, UDP, ICMP, ICMPv6, SCTP, UDPLite (case-sensitive) or a number 1-255";

    private ProtocolRules() {}

    static boolean isValid(Protocol protocol) {
        if (protocol.numeric()) {
            return protocol.ianaNumber().map(n -> n >= 1 && n <= 255).orElse(false);
        }
        return Protocol.NAMES.contains(protocol.text());
    }

    /** Validity of a protocol that is set; null means "not set" and is fine here. */
    static void check(Protocol protocol, String path, Problems p) {
        if (protocol == null || isValid(protocol)) return;
        if (protocol.numeric()) {
            p.add(
                    path,
                    "protocol number " + protocol.text() + " is out of range; use " + ALLOWED,
                    "0 is not a protocol; numbers must be 1-255");
        } else {
            String hint = Protocol.NAMES.stream()
                    .filter(n -> n.equalsIgnoreCase(protocol.text()))
                    .findFirst()
                    .map(n -> "names are case-sensitive: did you mean '" + n + "'?")
                    .orElse(Suggestions.hint(protocol.text(), Protocol.NAMES));
            p.add(path, "protocol " + Problems.quote(protocol.text()) + " is not valid; use " + ALLOWED, hint);
        }
    }

    /** Whether a valid, set protocol carries ports (TCP, UDP, SCTP or 6, 17, 132). */
    static boolean carriesPorts(Protocol protocol) {
        return isValid(protocol) && protocol.supportsPorts();
    }
}
