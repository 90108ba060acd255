package dev.polcat.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polcat.net.IpNet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compact report gives back exactly the grants it was given, in order, and cannot be changed. */
class ExposureGrantsTest {
    private static final List<String> ALL = List.of("cp-1", "cp-2", "etcd-1");

    private static final ExposureGrant SSH = new ExposureGrant(
            ALL,
            "tcp/22",
            "anywhere",
            "0.0.0.0/0",
            List.of(),
            "policy a spec.ingress[0] (ssh) matched Allow",
            "a",
            "spec.ingress[0]",
            IpNet.anyV4());

    /** SSH twice: a grant seen again is kept again, its parts shared. */
    private static final List<ExposureGrant> GRANTS = List.of(
            SSH,
            new ExposureGrant(
                    ALL,
                    "tcp/22",
                    "mgmt",
                    "10.1.0.0/24",
                    List.of(),
                    "policy a spec.ingress[0] (ssh) matched Allow",
                    "a",
                    "spec.ingress[0]",
                    IpNet.of("10.1.0.0/24")),
            new ExposureGrant(
                    List.of("etcd-1"),
                    "tcp/2379",
                    "host",
                    "",
                    ALL,
                    "policy e spec.ingress[1] (peers) matched Allow",
                    "e",
                    "spec.ingress[1]",
                    null),
            new ExposureGrant(
                    ALL, "tcp/179", "anywhere", "0.0.0.0/0", List.of(), "Felix failsafe port", "", "", IpNet.anyV4()),
            SSH);

    @Test
    void givesBackEachGrantInOrder() {
        ExposureGrants compact = ExposureGrants.of(GRANTS);
        assertEquals(GRANTS, compact);
        assertEquals(GRANTS.size(), compact.size());
        assertEquals(GRANTS.get(2), compact.get(2));
        assertSame(compact, ExposureGrants.of(compact));
        assertEquals(List.of(), ExposureGrants.of(List.of()));
    }

    @Test
    void aNetworkNamedLikeAnEndpointKindIsStillANetwork() {
        ExposureGrant g = new ExposureGrant(
                ALL, "tcp/22", "host", "10.1.0.0/24", List.of(), "by", "a", "spec.ingress[0]", IpNet.of("10.1.0.0/24"));
        assertEquals(false, g.fromEndpoints());
        assertEquals(3, g.rows().size());
        assertEquals(true, GRANTS.get(2).fromEndpoints());
    }

    @Test
    void cannotBeChangedOrReadOutOfRange() {
        ExposureGrants compact = ExposureGrants.of(GRANTS);
        assertThrows(UnsupportedOperationException.class, () -> compact.add(GRANTS.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> compact.remove(0));
        assertThrows(IndexOutOfBoundsException.class, () -> compact.get(GRANTS.size()));
        assertThrows(IndexOutOfBoundsException.class, () -> compact.get(-1));
    }
}
