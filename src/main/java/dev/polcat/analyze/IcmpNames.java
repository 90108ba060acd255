package dev.polcat.analyze;

import java.util.Map;

/**
 * IANA names of ICMP (RFC 792 and successors) and ICMPv6 (RFC 4443, 4861 and successors) message types
 * and of the codes worth naming, written in lower case for use inside a sentence.
 */
final class IcmpNames {

    /** The two families, which number their messages differently. */
    enum Family {
        V4,
        V6
    }

    private static final Map<Integer, String> V4_TYPES = Map.ofEntries(
            Map.entry(0, "echo reply"),
            Map.entry(3, "destination unreachable"),
            Map.entry(4, "source quench"),
            Map.entry(5, "redirect"),
            Map.entry(8, "echo request"),
            Map.entry(9, "router advertisement"),
            Map.entry(10, "router solicitation"),
            Map.entry(11, "time exceeded"),
            Map.entry(12, "parameter problem"),
            Map.entry(13, "timestamp request"),
            Map.entry(14, "timestamp reply"),
            Map.entry(15, "information request"),
            Map.entry(16, "information reply"),
            Map.entry(17, "address mask request"),
            Map.entry(18, "address mask reply"),
            Map.entry(30, "traceroute"),
            Map.entry(42, "extended echo request"),
            Map.entry(43, "extended echo reply"));

    private static final Map<Integer, Map<Integer, String>> V4_CODES = Map.of(
            3,
            Map.ofEntries(
                    Map.entry(0, "network unreachable"),
                    Map.entry(1, "host unreachable"),
                    Map.entry(2, "protocol unreachable"),
                    Map.entry(3, "port unreachable"),
                    Map.entry(4, "fragmentation needed"),
                    Map.entry(5, "source route failed"),
                    Map.entry(6, "destination network unknown"),
                    Map.entry(7, "destination host unknown"),
                    Map.entry(8, "source host isolated"),
                    Map.entry(9, "network administratively prohibited"),
                    Map.entry(10, "host administratively prohibited"),
                    Map.entry(11, "network unreachable for type of service"),
                    Map.entry(12, "host unreachable for type of service"),
                    Map.entry(13, "communication administratively prohibited"),
                    Map.entry(14, "host precedence violation"),
                    Map.entry(15, "precedence cutoff in effect")),
            5,
            Map.of(
                    0, "redirect for network",
                    1, "redirect for host",
                    2, "redirect for type of service and network",
                    3, "redirect for type of service and host"),
            11,
            Map.of(0, "TTL exceeded in transit", 1, "fragment reassembly time exceeded"),
            12,
            Map.of(0, "pointer indicates the error", 1, "missing a required option", 2, "bad length"));

    private static final Map<Integer, String> V6_TYPES = Map.ofEntries(
            Map.entry(1, "destination unreachable"),
            Map.entry(2, "packet too big"),
            Map.entry(3, "time exceeded"),
            Map.entry(4, "parameter problem"),
            Map.entry(128, "echo request"),
            Map.entry(129, "echo reply"),
            Map.entry(130, "multicast listener query"),
            Map.entry(131, "multicast listener report"),
            Map.entry(132, "multicast listener done"),
            Map.entry(133, "router solicitation"),
            Map.entry(134, "router advertisement"),
            Map.entry(135, "neighbor solicitation"),
            Map.entry(136, "neighbor advertisement"),
            Map.entry(137, "redirect"),
            Map.entry(138, "router renumbering"),
            Map.entry(139, "node information query"),
            Map.entry(140, "node information response"),
            Map.entry(141, "inverse neighbor discovery solicitation"),
            Map.entry(142, "inverse neighbor discovery advertisement"),
            Map.entry(143, "multicast listener report version 2"),
            Map.entry(144, "home agent address discovery request"),
            Map.entry(145, "home agent address discovery reply"),
            Map.entry(146, "mobile prefix solicitation"),
            Map.entry(147, "mobile prefix advertisement"),
            Map.entry(151, "multicast router advertisement"),
            Map.entry(152, "multicast router solicitation"),
            Map.entry(153, "multicast router termination"),
            Map.entry(160, "extended echo request"),
            Map.entry(161, "extended echo reply"));

    private static final Map<Integer, Map<Integer, String>> V6_CODES = Map.of(
            1,
            Map.of(
                    0, "no route to destination",
                    1, "communication administratively prohibited",
                    2, "beyond scope of source address",
                    3, "address unreachable",
                    4, "port unreachable",
                    5, "source address failed ingress/egress policy",
                    6, "reject route to destination",
                    7, "error in source routing header"),
            3,
            Map.of(0, "hop limit exceeded in transit", 1, "fragment reassembly time exceeded"),
            4,
            Map.of(
                    0, "erroneous header field",
                    1, "unrecognized next header type",
                    2, "unrecognized IPv6 option"));

    private IcmpNames() {}

    /** {@code type 8 (echo request)}, or {@code type 200} when the type has no name. */
    static String type(Family family, int type) {
        String name = (family == Family.V4 ? V4_TYPES : V6_TYPES).get(type);
        return name == null ? "type " + type : "type " + type + " (" + name + ")";
    }

    /** {@code code 4 (fragmentation needed)}, or {@code code 9} when the code has no name for that type. */
    static String code(Family family, Integer type, int code) {
        Map<Integer, String> codes =
                type == null ? Map.of() : (family == Family.V4 ? V4_CODES : V6_CODES).getOrDefault(type, Map.of());
        String name = codes.get(code);
        return name == null ? "code " + code : "code " + code + " (" + name + ")";
    }
}
