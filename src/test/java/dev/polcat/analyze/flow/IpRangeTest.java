package dev.polcat.analyze.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The numeric ranges agree with {@link IpNet}'s containment and overlap, for both IP versions. */
class IpRangeTest {

    @Test
    void agreesWithIpNetOnRandomNetworks() {
        Random random = new Random(7);
        List<IpNet> nets = new ArrayList<>();
        for (int i = 0; i < 300; i++) nets.add(random.nextBoolean() ? v4(random) : v6(random));
        nets.addAll(List.of(
                IpNet.of("0.0.0.0/0"),
                IpNet.of("::/0"),
                IpNet.of("10.0.0.1"),
                IpNet.of("::ffff:10.0.0.1"),
                IpNet.of("255.255.255.255/32"),
                IpNet.of("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128"),
                IpNet.of("8000::/1")));
        for (IpNet a : nets) {
            IpRange ra = IpRange.of(a);
            for (IpNet b : nets) {
                IpRange rb = IpRange.of(b);
                assertEquals(a.contains(b), ra.contains(rb), a + " contains " + b);
                assertEquals(a.overlaps(b), ra.overlaps(rb), a + " overlaps " + b);
            }
        }
    }

    @Test
    void keepsTheTextOfAddressesAndNetworks() {
        assertEquals("10.1.2.3", IpRange.of(IpNet.of("10.1.2.3/32")).text());
        assertEquals("10.0.0.0/8", IpRange.of(IpNet.of("10.1.2.3/8")).text());
        assertEquals("fd00::/8", IpRange.of(IpNet.of("fd00::/8")).text());
    }

    private static IpNet v4(Random r) {
        int len = r.nextInt(33);
        String a = r.nextInt(4) == 0
                ? "10." + r.nextInt(3) + "." + r.nextInt(256) + "." + r.nextInt(256)
                : r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256);
        return IpNet.of(IpNet.of(a + "/" + len).canonical());
    }

    private static IpNet v6(Random r) {
        int len = r.nextInt(129);
        String a = "fd00:" + Integer.toHexString(r.nextInt(4)) + ":" + Integer.toHexString(r.nextInt(65536)) + "::"
                + Integer.toHexString(r.nextInt(65536)) + ":" + Integer.toHexString(r.nextInt(65536));
        if (r.nextInt(5) == 0) a = Integer.toHexString(r.nextInt(65536)) + "::" + Integer.toHexString(r.nextInt(65536));
        return IpNet.of(IpNet.of(a + "/" + len).canonical());
    }
}
