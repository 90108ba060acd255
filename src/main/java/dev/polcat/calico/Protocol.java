package dev.polcat.calico;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A rule protocol as written: a name ({@code TCP}) or a number ({@code 6}). Validity (known names, the
 * 1-255 range) is the validator's job; this type only knows the mapping between the two forms. It holds
 * polcat's one protocol name/number table: Calico's six names, and the other well-known numbers that
 * explanations name.
 */
public record Protocol(String text, boolean numeric) {
    public static final List<String> NAMES = List.of("TCP", "UDP", "ICMP", "ICMPv6", "SCTP", "UDPLite");
    private static final Map<String, Integer> NUMBERS =
            Map.of("TCP", 6, "UDP", 17, "ICMP", 1, "ICMPv6", 58, "SCTP", 132, "UDPLite", 136);
    private static final Map<Integer, String> CALICO_NAMES =
            Map.of(1, "ICMP", 6, "TCP", 17, "UDP", 58, "ICMPv6", 132, "SCTP", 136, "UDPLite");

    /** Well-known protocols Calico has no name for; explanations name them beside the number. */
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

    /** Calico's name for a protocol number ({@code TCP} for 6), if it has one. */
    public static Optional<String> calicoName(int number) {
        return Optional.ofNullable(CALICO_NAMES.get(number));
    }

    /** A well-known name for a number Calico has no name for ({@code GRE} for 47), if there is one. */
    public static Optional<String> otherName(int number) {
        return Optional.ofNullable(OTHER_NAMES.get(number));
    }

    /** The lower-case form flows and trails use: {@code tcp}, {@code icmpv6}, or the number ({@code 47}). */
    public static String lower(int number) {
        return number >= 0 && number < LOWER.length ? LOWER[number] : lowerOf(number);
    }

    private static String lowerOf(int number) {
        return calicoName(number).map(n -> n.toLowerCase(Locale.ROOT)).orElse(Integer.toString(number));
    }

    /** Every IP protocol number's {@link #lower(int)}, made once: the simulator asks for them per rule. */
    private static final String[] LOWER =
            java.util.stream.IntStream.range(0, 256).mapToObj(Protocol::lowerOf).toArray(String[]::new);

    /** {@link #lower(int)} of this protocol; the text as written when it is not a known name or a number. */
    public String lower() {
        return ianaNumber().map(Protocol::lower).orElse(text);
    }

    public static Protocol named(String name) {
        return new Protocol(name, false);
    }

    public static Protocol number(int n) {
        return new Protocol(Integer.toString(n), true);
    }

    /** The IANA number, when the name is known or the text is a number. */
    public Optional<Integer> ianaNumber() {
        int n = number();
        return n < 0 ? Optional.empty() : Optional.of(n);
    }

    /** {@link #ianaNumber()}, or -1: what the simulator asks several times per flow, without a box. */
    private int number() {
        if (numeric) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        Integer n = NUMBERS.get(text);
        return n == null ? -1 : n;
    }

    /** TCP, UDP and SCTP carry ports; nothing else does (UDPLite included, as in Calico). */
    public boolean supportsPorts() {
        int n = number();
        return n == 6 || n == 17 || n == 132;
    }

    public boolean isIcmpV4() {
        return number() == 1;
    }

    public boolean isIcmpV6() {
        return number() == 58;
    }

    public boolean isIcmp() {
        return isIcmpV4() || isIcmpV6();
    }

    /** Same protocol, whichever way it was written ({@code TCP} and {@code 6}). */
    public boolean sameAs(Protocol other) {
        Optional<Integer> a = ianaNumber();
        Optional<Integer> b = other.ianaNumber();
        return a.isPresent() && b.isPresent() ? a.equals(b) : text.equals(other.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
