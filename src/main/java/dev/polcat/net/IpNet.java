package dev.polcat.net;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.util.Optional;

/**
 * An IP network or address in the plain notations Calico accepts ({@code 10.0.0.0/8}, {@code 10.0.0.1},
 * {@code fd00::/8}); inet_aton forms, wildcards and masks are refused. A bare address is a /32 or /128.
 */
public final class IpNet {
    /**
     * The notations Go's net.ParseIP / net.ParseCIDR accept (which is what Calico uses): dotted-quad IPv4
     * without leading zeros, standard IPv6, no zones, ranges, masks, wildcards, binary or base85. Shared
     * by everything that reads addresses, so a profile value and the validator never disagree.
     */
    public static final IPAddressStringParameters STRICT = strict();

    private static IPAddressStringParameters strict() {
        IPAddressStringParameters.Builder b = new IPAddressStringParameters.Builder()
                .allowEmpty(false)
                .allowAll(false)
                .allowSingleSegment(false)
                .allowMask(false)
                .allowPrefixOnly(false)
                .allowWildcardedSeparator(false)
                .setEmptyAsLoopback(false)
                .setRangeOptions(inet.ipaddr.AddressStringParameters.RangeParameters.NO_RANGE)
                .allow_inet_aton(false);
        b.getIPv4AddressParametersBuilder()
                .allowLeadingZeros(false)
                .allowBinary(false)
                .allowPrefixesBeyondAddressSize(false);
        b.getIPv6AddressParametersBuilder()
                .allowZone(false)
                .allowBinary(false)
                .allowBase85(false)
                .allowPrefixesBeyondAddressSize(false);
        return b.toParams();
    }

    private final IPAddress block; // the whole network, host bits zeroed
    private final IPAddress written; // as written (host bits kept)
    private final boolean hasPrefix;
    // made on first use and kept: the simulator and the exposure report ask for them per flow, and the
    // library formats them anew each time (a race only makes the same immutable text twice)
    private String canonical;
    private String address;

    private IpNet(IPAddress written, boolean hasPrefix) {
        this.written = written;
        this.hasPrefix = hasPrefix;
        this.block = written.toPrefixBlock();
    }

    /**
     * Parsed values by text. The same few networks appear in thousands of rules and every stage reads
     * them (validation, lints, the simulator, the exposure report); parsing is the costly part of all
     * of those. Values are immutable, so sharing them is safe; the cache is dropped when it grows large.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<IpNet>> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final int CACHE_LIMIT = 100_000;

    /** Parses an address or CIDR; empty when it is neither. */
    public static Optional<IpNet> parse(String text) {
        if (text == null) return Optional.empty();
        Optional<IpNet> hit = CACHE.get(text);
        if (hit != null) return hit;
        Optional<IpNet> parsed = parseUncached(text);
        if (CACHE.size() >= CACHE_LIMIT) CACHE.clear();
        CACHE.put(text, parsed);
        return parsed;
    }

    private static Optional<IpNet> parseUncached(String text) {
        if (text == null || text.isBlank() || !text.strip().equals(text) || text.indexOf(' ') >= 0) {
            return Optional.empty();
        }
        try {
            IPAddress a = new IPAddressString(text, STRICT).toAddress();
            if (a == null || a.isMultiple() && !a.isPrefixed()) return Optional.empty();
            if (a.isIPv6() && a.toIPv6().hasZone()) return Optional.empty();
            return Optional.of(new IpNet(a, a.isPrefixed()));
        } catch (AddressStringException e) {
            return Optional.empty();
        }
    }

    public static IpNet of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not an IP network: " + text));
    }

    /** {@code 0.0.0.0/0}. */
    public static IpNet anyV4() {
        return Any.V4;
    }

    /** {@code ::/0}. */
    public static IpNet anyV6() {
        return Any.V6;
    }

    /** Built on first use, after the parser's own static state. */
    private static final class Any {
        static final IpNet V4 = of("0.0.0.0/0");
        static final IpNet V6 = of("::/0");
    }

    public int version() {
        return written.isIPv4() ? 4 : 6;
    }

    public boolean isV4() {
        return written.isIPv4();
    }

    /** {@code IPv4} or {@code IPv6}, as messages name the family. */
    public String family() {
        return isV4() ? "IPv4" : "IPv6";
    }

    public boolean hasPrefix() {
        return hasPrefix;
    }

    public int prefixLength() {
        Integer p = written.getNetworkPrefixLength();
        return p == null ? written.getBitCount() : p;
    }

    /** True for {@code 10.0.0.1/8}: the address part is not the network address. */
    public boolean hasHostBits() {
        return hasPrefix
                && !written.getLower()
                        .withoutPrefixLength()
                        .equals(block.getLower().withoutPrefixLength());
    }

    /** True when no host bit is set below the prefix (a bare address counts as masked). */
    public boolean isMasked() {
        return !hasPrefix
                || written.getLower()
                        .withoutPrefixLength()
                        .equals(written.toZeroHost().getLower().withoutPrefixLength());
    }

    /** The same network with host bits cleared as written, e.g. {@code 10.0.0.0/8} for {@code 10.0.0.1/8}. */
    public String maskedForm() {
        return written.toZeroHost().toCanonicalString();
    }

    /** {@code ::/0} written with its prefix. */
    public boolean isCatchAllV6() {
        return !isV4() && hasPrefix && prefixLength() == 0 && isMasked();
    }

    public boolean isSingleAddress() {
        return prefixLength() == written.getBitCount();
    }

    public boolean isCatchAll() {
        return prefixLength() == 0;
    }

    /** The network in canonical form with its prefix ({@code 10.0.0.0/8}, {@code fd00::/8}). */
    public String canonical() {
        String c = canonical;
        if (c == null)
            canonical = c = block.getLower().withoutPrefixLength().toCanonicalString() + "/" + prefixLength();
        return c;
    }

    /** A single address in canonical form without a prefix. */
    public String address() {
        String a = address;
        if (a == null) address = a = written.getLower().withoutPrefixLength().toCanonicalString();
        return a;
    }

    /** The address as written, as bytes (4 or 16), host bits kept. */
    public byte[] addressBytes() {
        return written.getLower().getBytes();
    }

    /** The host form: {@code 10.0.0.1/32} or {@code fd00::1/128}. */
    public String hostCidr() {
        return address() + "/" + written.getBitCount();
    }

    public boolean contains(IpNet other) {
        return version() == other.version() && block.contains(other.block);
    }

    public boolean overlaps(IpNet other) {
        return version() == other.version() && (block.contains(other.block) || other.block.contains(block));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpNet n && n.block.equals(block) && n.prefixLength() == prefixLength();
    }

    @Override
    public int hashCode() {
        return block.hashCode();
    }

    @Override
    public String toString() {
        return hasPrefix ? canonical() : address();
    }
}
