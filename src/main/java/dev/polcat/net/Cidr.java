package dev.polcat.net;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A net as a resource writes it ({@code 10.0.0.0/8}, {@code fd00::1}): the text, kept for messages and
 * canonical writing, and its value, parsed once when the resource is read. The value is absent only
 * when the text is not an address or CIDR, which the validator reports; validated resources always
 * have it, so later stages use {@link #net()} and never parse the text again.
 */
public record Cidr(String text, Optional<IpNet> parsed) {
    public Cidr {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(parsed, "parsed");
    }

    /** Parses {@code text} (null reads as ""); no value when the text is not an address or CIDR. */
    public static Cidr of(String text) {
        return text == null ? new Cidr("", Optional.empty()) : new Cidr(text, IpNet.parse(text));
    }

    public static List<Cidr> all(List<String> texts) {
        return texts.stream().map(Cidr::of).toList();
    }

    public static List<String> texts(List<Cidr> cidrs) {
        return cidrs.stream().map(Cidr::text).toList();
    }

    /** The parsed value; validated resources always have one. */
    public IpNet net() {
        return parsed.orElseThrow(() -> new IllegalStateException("not an IP network: " + text));
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Same text (what set semantics and duplicate checks compare). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr c && c.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
