package dev.polcat.analyze.flow;

import static dev.polcat.analyze.flow.FlowFixtures.cluster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A flow the simulator cannot evaluate is a {@link Simulation.Refused} value from {@link FlowSimulator#evaluate},
 * with the reason a user sees; {@link FlowSimulator#simulate} still throws it.
 */
class RefusedFlowTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ingress tcp/22 from 1.2.3.4 to nope             | unknown host 'nope'; the environment's hosts: cp1, cp2, w1, ds1
            path tcp/80 from shop/web-9 to shop/api-1        | unknown workload 'shop/web-9'; the environment's workloads: shop/web-1, shop/api-1, shop/db-1, monitoring/prometheus-0, ingress/ingress-nginx-1, kube-system/coredns-1
            ingress tcp/22 from 1.2.3.4 to 10.9.9.9          | no host or workload has address 10.9.9.9; name the endpoint to check
            ingress tcp/22 from 1.2.3.4 to 10.30.0.0/16      | the endpoint must be a host, a workload or an address of one, not the network 10.30.0.0/16
            ingress tcp/22 from fd00::1 to cp1               | no IP version fits both ends of ingress tcp/22 from fd00::1 to cp1
            forward tcp/80 from 1.2.3.4 to 10.0.0.1 via shop/api-1 | unknown host 'shop/api-1'; the environment's hosts: cp1, cp2, w1, ds1
            path tcp/80 from 1.2.3.4 to 10.9.9.9             | neither end of path tcp/80 from 1.2.3.4 to 10.9.9.9 is a host or workload
            """)
    void aFlowThatCannotBeEvaluatedIsRefusedWithItsReason(String flow, String reason) {
        FlowSimulator sim = cluster("");
        Flow f = FlowSyntax.parse(flow);
        Simulation.Refused refused = assertInstanceOf(Simulation.Refused.class, sim.evaluate(f));
        assertEquals(new Simulation.Refused(f, reason), refused);
        assertEquals(
                reason,
                assertThrows(IllegalArgumentException.class, () -> sim.simulate(f))
                        .getMessage());
    }
}
