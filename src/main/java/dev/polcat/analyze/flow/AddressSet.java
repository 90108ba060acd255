package dev.polcat.analyze.flow;

import java.util.List;

/**
 * A set of networks (a rule's nets, or the addresses a selector stands for), asked how much of a flow's
 * peer lies inside it: ALL when every address of the peer is in one of the networks, NONE when none is,
 * SOME otherwise. A peer whose address is unknown is SOME of any non-empty set.
 */
final class AddressSet {
    static final AddressSet EMPTY = new AddressSet(List.of(), "");

    private final IpRange[] ranges;
    private final String text;

    AddressSet(List<IpRange> ranges, String text) {
        this.ranges = ranges.toArray(new IpRange[0]);
        this.text = text;
    }

    Coverage cover(Peer peer) {
        if (ranges.length == 0) return Coverage.NONE;
        if (peer.addressUnknown()) return Coverage.SOME;
        boolean all = true;
        boolean any = false;
        for (IpRange a : peer.addresses()) {
            boolean contained = false;
            boolean overlaps = false;
            for (IpRange n : ranges) {
                if (n.contains(a)) {
                    contained = true;
                    break;
                }
                overlaps |= n.overlaps(a);
            }
            all &= contained;
            any |= contained || overlaps;
        }
        return all ? Coverage.ALL : any ? Coverage.SOME : Coverage.NONE;
    }

    boolean isEmpty() {
        return ranges.length == 0;
    }

    /** The networks as written for trails ({@code 10.0.0.0/8, 192.168.0.0/16}). */
    String text() {
        return text;
    }
}
