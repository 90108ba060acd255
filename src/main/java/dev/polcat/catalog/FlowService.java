package dev.polcat.catalog;

import dev.polcat.calico.Protocol;
import java.util.Locale;
import java.util.function.Function;

/**
 * The protocol and destination port (or ICMP type) of a flow, as {@link Flow#service()} writes it:
 * {@code tcp/22}, {@code tcp/any}, {@code udp}, {@code icmp/8}, {@code icmp}, {@code 47}, {@code any}.
 * {@code protocol} null means any protocol; {@code port} null any port.
 */
public record FlowService(Protocol protocol, Integer port) {

    /** Any protocol, any port. */
    public static final FlowService ANY = new FlowService(null, null);

    /** {@code tcp/22}: a TCP port. */
    public static FlowService tcp(int port) {
        return new FlowService(Protocol.named("TCP"), port);
    }

    /**
     * A protocol by name in any case ({@code TCP}, {@code udp}) and a port, as a workload declares it.
     *
     * @throws IllegalArgumentException for a protocol polcat does not know
     */
    public static FlowService of(String protocol, int port) {
        return new FlowService(protocol(protocol, IllegalArgumentException::new), port);
    }

    /** Every port or type of a protocol known by name ({@code icmp}, {@code udp}). */
    public static FlowService anyPort(String protocol) {
        return new FlowService(protocol(protocol, IllegalArgumentException::new), null);
    }

    /**
     * Reads a service as written on a command line or in a profile.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static FlowService parse(String text) {
        return read(text, IllegalArgumentException::new);
    }

    /** Reads a service; a mistake is thrown as {@code bad} makes it from the reason. */
    public static FlowService read(String service, Function<String, RuntimeException> bad) {
        if (service.equalsIgnoreCase("any")) return ANY;
        int slash = service.indexOf('/');
        Protocol protocol = protocol(slash < 0 ? service : service.substring(0, slash), bad);
        String p = slash < 0 ? "any" : service.substring(slash + 1);
        if (p.equalsIgnoreCase("any")) return new FlowService(protocol, null);
        return new FlowService(protocol, number(p, "port", bad));
    }

    public static int number(String s, String what, Function<String, RuntimeException> bad) {
        if (!s.matches("[0-9]{1,5}")) throw bad.apply(what + " '" + s + "' is not a number");
        return Integer.parseInt(s);
    }

    private static Protocol protocol(String s, Function<String, RuntimeException> bad) {
        if (s.matches("[0-9]{1,3}")) {
            int n = Integer.parseInt(s);
            if (n < 1 || n > 255) throw bad.apply("protocol number " + n + " is not 1-255");
            return Protocol.number(n);
        }
        for (String name : Protocol.NAMES) {
            if (name.toLowerCase(Locale.ROOT).equals(s.toLowerCase(Locale.ROOT))) return Protocol.named(name);
        }
        throw bad.apply("unknown protocol '" + s + "' (tcp, udp, icmp, icmpv6, sctp, udplite or a number)");
    }
}
