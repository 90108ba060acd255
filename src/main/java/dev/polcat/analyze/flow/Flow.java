package dev.polcat.analyze.flow;

import dev.polcat.calico.Protocol;
import dev.polcat.catalog.FlowService;
import java.util.Objects;

/**
 * A flow to check against an environment's policy: the first packet of a connection.
 *
 * <p>{@code protocol} null means any protocol. {@code port} is the destination port for TCP, UDP and SCTP
 * and the ICMP type for ICMP and ICMPv6; null means any port (or any type). A flow stands for every packet
 * it can describe, so an unset port or protocol only fully matches rules that do not restrict it (see
 * {@link Endpoint} for addresses). {@code sourcePort} is optional (null: any source port); a rule with
 * source ports therefore only partly matches a flow without one. The ICMP code is never known, so a rule
 * that names an ICMP code only partly matches.
 *
 * <p>For {@link Direction#INGRESS} the host endpoint is {@code to}, for {@link Direction#EGRESS} it is
 * {@code from}; for {@link Direction#FORWARD} it is {@code via}, which the other directions leave null. A
 * {@link Direction#PATH} flow is checked on both ends: the egress of {@code from}, then the ingress of {@code to}.
 */
public record Flow(
        Endpoint from,
        Endpoint to,
        Protocol protocol,
        Integer port,
        Direction direction,
        Integer sourcePort,
        Endpoint.HostName via) {

    public Flow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(direction, "direction");
        if (protocol != null && protocol.ianaNumber().isEmpty()) {
            throw new IllegalArgumentException("unknown protocol " + protocol);
        }
        boolean icmp = protocol != null && protocol.isIcmp();
        if (port != null && (protocol == null || !icmp && !protocol.supportsPorts())) {
            throw new IllegalArgumentException("a port needs TCP, UDP or SCTP (or ICMP for an ICMP type)");
        }
        if (port != null && (port < 0 || port > (icmp ? 255 : 65535))) {
            throw new IllegalArgumentException((icmp ? "ICMP type " : "port ") + port + " out of range");
        }
        if (sourcePort != null
                && (protocol == null || !protocol.supportsPorts() || sourcePort < 0 || sourcePort > 65535)) {
            throw new IllegalArgumentException("a source port needs TCP, UDP or SCTP and 0-65535");
        }
        if ((direction == Direction.FORWARD) != (via != null)) {
            throw new IllegalArgumentException(
                    "a forwarded flow, and only a forwarded flow, names the host it passes (via)");
        }
    }

    /** The five-part form; {@code direction} must not be FORWARD (use {@link #forward}). */
    public Flow(Endpoint from, Endpoint to, Protocol protocol, Integer port, Direction direction) {
        this(from, to, protocol, port, direction, null, null);
    }

    /** To the host endpoint of {@code host}. */
    public static Flow ingress(Endpoint from, Endpoint host, Protocol protocol, Integer port) {
        return new Flow(from, host, protocol, port, Direction.INGRESS);
    }

    /** From the host endpoint of {@code host}. */
    public static Flow egress(Endpoint host, Endpoint to, Protocol protocol, Integer port) {
        return new Flow(host, to, protocol, port, Direction.EGRESS);
    }

    /** Forwarded by host {@code via}: arriving through its host endpoint and leaving through it. */
    public static Flow forward(Endpoint from, Endpoint to, Endpoint.HostName via, Protocol protocol, Integer port) {
        return new Flow(from, to, protocol, port, Direction.FORWARD, null, via);
    }

    /** To the host endpoint or workload {@code to}. */
    public static Flow ingress(Endpoint from, Endpoint to, FlowService service) {
        return ingress(from, to, service.protocol(), service.port());
    }

    /** From the host endpoint or workload {@code from}. */
    public static Flow egress(Endpoint from, Endpoint to, FlowService service) {
        return egress(from, to, service.protocol(), service.port());
    }

    /** Forwarded by host {@code via}. */
    public static Flow forward(Endpoint from, Endpoint to, Endpoint.HostName via, FlowService service) {
        return forward(from, to, via, service.protocol(), service.port());
    }

    /** Through both ends: the egress of {@code from}, then the ingress of {@code to}. */
    public static Flow path(Endpoint from, Endpoint to, FlowService service) {
        return new Flow(from, to, service.protocol(), service.port(), Direction.PATH);
    }

    /** The same packets seen at one end of a path: the egress of {@code from} or the ingress of {@code to}. */
    public Flow leg(Direction d) {
        return new Flow(from, to, protocol, port, d, sourcePort, null);
    }

    public Flow withSourcePort(int port) {
        return new Flow(from, to, protocol, this.port, direction, port, via);
    }

    /** The endpoint whose policy is evaluated: {@code to}, {@code from} or {@code via} ({@code to} for a path's second leg). */
    public Endpoint hostEndpoint() {
        return switch (direction) {
            case INGRESS -> to;
            case EGRESS -> from;
            case FORWARD -> via;
            case PATH -> to;
        };
    }

    /**
     * The protocol and port as {@link FlowSyntax} reads them: {@code tcp/22}, {@code tcp/any},
     * {@code icmp/8} (type 8), {@code icmp}, {@code any}, {@code udp/67 sport 68}.
     */
    public String service() {
        if (protocol == null) return "any";
        String name = protocol.lower();
        if (protocol.isIcmp()) return port == null ? name : name + "/" + port;
        if (!protocol.supportsPorts()) return name;
        String s = name + "/" + (port == null ? "any" : port.toString());
        return sourcePort == null ? s : s + " sport " + sourcePort;
    }

    /** {@code ingress tcp/22 from 10.0.0.1 to prod-cp-1}: how the flow reads in reports; {@link FlowSyntax#parse} reads it back. */
    public String describe() {
        String s = direction.word() + " " + service() + " from " + from.text() + " to " + to.text();
        return via == null ? s : s + " via " + via.text();
    }

    @Override
    public String toString() {
        return describe();
    }
}
