package dev.polcat.calico;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule protocol as written: a name ({@code TCP}) or a number ({@code 6}). Validity (known names, the
 * 1-255 range) is the validator's job; this type only knows the mapping between the two forms.
 */
public record Protocol(String text, boolean numeric) {
    public static final List<String> NAMES = List.of("TCP", "UDP", "ICMP", "ICMPv6", "SCTP", "UDPLite");
    private static final Map<String, Integer> NUMBERS =
            Map.of("TCP", 6, "UDP", 17, "ICMP", 1, "ICMPv6", 58, "SCTP", 132, "UDPLite", 136);

    public static Protocol named(String name) {
        return new Protocol(name, false);
    }

    public static Protocol number(int n) {
        return new Protocol(Integer.toString(n), true);
    }

    /** The IANA number, when the name is known or the text is a number. */
    public Optional<Integer> ianaNumber() {
        if (numeric) {
            try {
                return Optional.of(Integer.parseInt(text));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(NUMBERS.get(text));
    }

    /** TCP, UDP and SCTP carry ports; nothing else does (UDPLite included, as in Calico). */
    public boolean supportsPorts() {
        return ianaNumber().map(n -> n == 6 || n == 17 || n == 132).orElse(false);
    }

    public boolean isIcmpV4() {
        return ianaNumber().map(n -> n == 1).orElse(false);
    }

    public boolean isIcmpV6() {
        return ianaNumber().map(n -> n == 58).orElse(false);
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
