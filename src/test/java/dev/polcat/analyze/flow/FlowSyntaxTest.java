package dev.polcat.analyze.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.calico.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Endpoints and the one-line flow form read back what {@link Flow#describe()} writes. */
class FlowSyntaxTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ingress tcp/22 from 10.0.0.0/8 to prod-cp-1",
                "ingress tcp/any from 0.0.0.0/0 to 10.30.1.21",
                "egress udp/67 sport 68 from dev-node-1 to 255.255.255.255",
                "egress icmp/8 from h to 1.1.1.1",
                "ingress icmpv6 from fd00::/8 to h",
                "ingress any from 1.2.3.4 to h",
                "ingress 47 from 1.2.3.4 to h",
                "forward sctp/9 from 1.2.3.4 to 10.244.0.0/16 via w1",
            })
    void roundTrips(String text) {
        assertEquals(text, FlowSyntax.parse(text).describe());
    }

    @Test
    void readsProtocolsAndEndpoints() {
        Flow f = FlowSyntax.parse("INGRESS TCP/22 from 10.1.2.3/32 to cp1");
        assertEquals(Direction.INGRESS, f.direction());
        assertTrue(f.protocol().sameAs(Protocol.number(6)));
        assertEquals(22, f.port());
        assertInstanceOf(Endpoint.Ip.class, f.from());
        assertEquals("10.1.2.3", f.from().text());
        assertEquals(new Endpoint.HostName("cp1"), f.to());
        assertEquals(f.to(), f.hostEndpoint());
        assertInstanceOf(Endpoint.Cidr.class, Endpoint.parse("10.1.2.3/8"));
        assertEquals("10.0.0.0/8", Endpoint.parse("10.1.2.3/8").text());
    }

    @Test
    void saysWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FlowSyntax.parse("sideways tcp/22 from a to b"))
                .getMessage()
                .contains("expected ingress, egress, forward or path"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FlowSyntax.parse("ingress gre/1 from a to b"))
                .getMessage()
                .contains("unknown protocol 'gre'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FlowSyntax.parse("ingress icmp/8 from a"))
                .getMessage()
                .contains("too short"));
        assertTrue(
                assertThrows(IllegalArgumentException.class, () -> FlowSyntax.parse("ingress icmp/8 from a to b extra"))
                        .getMessage()
                        .contains("expected 'via'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FlowSyntax.parse("ingress 47/80 from a to b"))
                .getMessage()
                .contains("a port needs TCP, UDP or SCTP"));
    }
}
