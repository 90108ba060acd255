package dev.polcat.catalog;

import dev.polcat.net.IpNet;
import java.util.Objects;

/**
 * One Felix failsafe entry: {@code tcp:22}, or {@code tcp:10.0.0.0/8:22} with a network. Inbound entries
 * match the destination port and, when {@code net} is set, the source address; outbound entries match the
 * destination port and the destination address. {@code protocol} is {@code tcp} or {@code udp}.
 */
public record FailsafeEntry(String protocol, IpNet net, int port) {
    public FailsafeEntry {
        Objects.requireNonNull(protocol, "protocol");
        if (!protocol.equals("tcp") && !protocol.equals("udp")) {
            throw new IllegalArgumentException("failsafe protocol must be tcp or udp: " + protocol);
        }
        if (port < 0 || port > 65535) throw new IllegalArgumentException("failsafe port out of range: " + port);
    }

    public static FailsafeEntry of(String protocol, int port) {
        return new FailsafeEntry(protocol, null, port);
    }

    /** The IANA protocol number: 6 or 17. */
    public int protocolNumber() {
        return protocol.equals("tcp") ? 6 : 17;
    }

    /** Felix's string form: {@code tcp:22}, {@code tcp:10.0.0.0/8:22}, {@code udp:[fd00::/8]:53}. */
    @Override
    public String toString() {
        if (net == null) return protocol + ":" + port;
        String n = net.version() == 6 ? "[" + net.canonical() + "]" : net.canonical();
        return protocol + ":" + n + ":" + port;
    }
}
