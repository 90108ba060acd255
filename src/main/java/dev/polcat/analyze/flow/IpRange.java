package dev.polcat.analyze.flow;

import dev.polcat.net.IpNet;

/**
 * An {@link IpNet} as a numeric range, computed once so that containment and overlap are a few unsigned
 * comparisons. IPv4 addresses use only the low word.
 */
record IpRange(int version, long startHi, long startLo, long endHi, long endLo, String text) {

    static IpRange of(IpNet net) {
        byte[] bytes = net.addressBytes(); // 16 for an IPv4-mapped IPv6 address too
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes.length == 16 && i < 8) {
                hi = hi << 8 | (bytes[i] & 0xff);
            } else {
                lo = lo << 8 | (bytes[i] & 0xff);
            }
        }
        int bits = bytes.length * 8;
        int hostBits = bits - net.prefixLength();
        long maskLo;
        long maskHi;
        if (bits == 32) {
            maskHi = 0;
            maskLo = hostBits == 32 ? 0xffffffffL : (1L << hostBits) - 1;
        } else {
            maskLo = hostBits >= 64 ? -1L : (1L << hostBits) - 1;
            maskHi = hostBits <= 64 ? 0 : hostBits == 128 ? -1L : (1L << (hostBits - 64)) - 1;
        }
        String text = net.isSingleAddress() ? net.address() : net.canonical();
        return new IpRange(
                net.version(),
                hi & ~maskHi,
                lo & ~maskLo,
                hi | maskHi,
                (lo | maskLo) & (bits == 32 ? 0xffffffffL : -1L),
                text);
    }

    boolean contains(IpRange o) {
        return version == o.version
                && compare(startHi, startLo, o.startHi, o.startLo) <= 0
                && compare(o.endHi, o.endLo, endHi, endLo) <= 0;
    }

    boolean overlaps(IpRange o) {
        return version == o.version
                && compare(startHi, startLo, o.endHi, o.endLo) <= 0
                && compare(o.startHi, o.startLo, endHi, endLo) <= 0;
    }

    private static int compare(long aHi, long aLo, long bHi, long bLo) {
        int c = Long.compareUnsigned(aHi, bHi);
        return c != 0 ? c : Long.compareUnsigned(aLo, bLo);
    }

    @Override
    public String toString() {
        return text;
    }
}
