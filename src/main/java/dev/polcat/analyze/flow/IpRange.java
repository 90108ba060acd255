package dev.polcat.analyze.flow;

import dev.polcat.net.IpNet;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.math.BigInteger;

/**
 * An {@link IpNet} as a numeric range, pre-computed so that containment and overlap are a few unsigned
 * comparisons. IPv4 addresses use only the low word.
 */
record IpRange(int version, long startHi, long startLo, long endHi, long endLo, String text) {

    static IpRange of(IpNet net) {
        IPAddress block = new IPAddressString(net.canonical()).getAddress().toPrefixBlock();
        BigInteger lo = block.getLower().getValue();
        BigInteger hi = block.getUpper().getValue();
        String text = net.isSingleAddress() ? net.address() : net.canonical();
        return new IpRange(net.version(), lo.shiftRight(64).longValue(), lo.longValue(),
                hi.shiftRight(64).longValue(), hi.longValue(), text);
    }

    boolean contains(IpRange o) {
        return version == o.version && compare(startHi, startLo, o.startHi, o.startLo) <= 0
                && compare(o.endHi, o.endLo, endHi, endLo) <= 0;
    }

    boolean overlaps(IpRange o) {
        return version == o.version && compare(startHi, startLo, o.endHi, o.endLo) <= 0
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
