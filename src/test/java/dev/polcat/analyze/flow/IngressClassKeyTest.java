package dev.polcat.analyze.flow;

import static dev.polcat.analyze.flow.FlowFixtures.simulator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Ingress flows share a class only when nothing on their way can tell their destinations, sources or
 * services apart; the exposure matrix gives every member of a class the verdict and explanation of one.
 */
class IngressClassKeyTest {
    private static final String POLICY = """
            apiVersion: projectcalico.org/v3
            kind: GlobalNetworkPolicy
            metadata: {name: edge}
            spec:
              selector: all()
              types: [Ingress]
              ingress:
                - {action: Deny, protocol: TCP, source: {nets: [10.1.0.0/24]}}
                - {action: Allow, protocol: TCP, source: {nets: [10.0.0.0/8]}, destination: {ports: [443, 8000:8999]}}
            """;

    private static Optional<IngressClass> key(FlowSimulator sim, String flow) {
        return sim.ingressClass(FlowSyntax.parse(flow));
    }

    @Test
    void flowsNoRuleTellsApartShareAClassPerDestination() {
        FlowSimulator sim = simulator(POLICY);
        Optional<IngressClass> a = key(sim, "ingress tcp/443 from 10.2.0.1 to cp1");
        assertTrue(a.isPresent());
        assertEquals(a, key(sim, "ingress tcp/443 from 10.3.0.0/16 to cp1"));
        assertNotEquals(a, key(sim, "ingress tcp/443 from 10.1.0.7 to cp1"), "the Deny rule tells them apart");
        assertNotEquals(a, key(sim, "ingress tcp/443 from 192.0.2.1 to cp1"), "outside 10.0.0.0/8");
        assertEquals(a, key(sim, "ingress tcp/8080 from 10.9.9.9 to cp1"), "the same rules hold both ports");
        assertNotEquals(a, key(sim, "ingress tcp/80 from 10.2.0.1 to cp1"), "a port the Allow rule does not hold");
        assertNotEquals(a, key(sim, "ingress udp/443 from 10.2.0.1 to cp1"), "another protocol");
        assertEquals(a, key(sim, "ingress tcp/443 from 10.2.0.1 to cp2"), "another endpoint the same policies select");
        assertNotEquals(
                a,
                key(sim, "ingress tcp/443 from 10.2.0.1 to shop/web-1"),
                "a workload: no failsafe, its namespace's profile");
    }

    @Test
    void aRuleNamingOneDestinationTellsEndpointsApart() {
        FlowSimulator sim = simulator("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: edge}
                spec:
                  selector: role == 'control-plane'
                  types: [Ingress]
                  ingress:
                    - {action: Allow, protocol: TCP, destination: {nets: [10.30.1.21/32], ports: [443]}}
                """);
        Optional<IngressClass> cp1 = key(sim, "ingress tcp/443 from 10.2.0.1 to cp1");
        assertNotEquals(cp1, key(sim, "ingress tcp/443 from 10.2.0.1 to cp2"));
        assertTrue(sim.simulate(FlowSyntax.parse("ingress tcp/443 from 10.2.0.1 to cp1"))
                .allowed());
        assertTrue(!sim.simulate(FlowSyntax.parse("ingress tcp/443 from 10.2.0.1 to cp2"))
                .allowed());
    }

    @Test
    void aSourceOrServiceARuleMatchesOnlyInPartGivesAPartialClass() {
        // a denial's text may quote the flow ("source nets 10.1.0.0/24 may not hold all of 10.0.0.0/8")
        FlowSimulator sim = simulator(POLICY);
        assertTrue(
                key(sim, "ingress tcp/443 from 10.0.0.0/8 to cp1").orElseThrow().partial());
        assertTrue(key(sim, "ingress tcp from 10.2.0.1 to cp1").orElseThrow().partial());
        assertTrue(
                !key(sim, "ingress tcp/443 from 10.2.0.1 to cp1").orElseThrow().partial());
    }

    @Test
    void aFailsafeEntryWithANetworkTellsSourcesApart() {
        FlowSimulator sim = simulator(POLICY, FailsafePorts.parse("tcp:10.2.0.0/16:22", "none"));
        Optional<IngressClass> inside = key(sim, "ingress tcp/22 from 10.2.0.1 to cp1");
        assertNotEquals(inside, key(sim, "ingress tcp/22 from 10.3.0.1 to cp1"));
        assertTrue(sim.simulate(FlowSyntax.parse("ingress tcp/22 from 10.2.0.1 to cp1"))
                .allowed());
    }

    @Test
    void aClassIsReadOnlyByTheSimulatorThatGaveIt() {
        FlowSimulator sim = simulator(POLICY);
        FlowSimulator other = sim.withFailsafe(FailsafePorts.parse("tcp:22", "none"));
        Flow flow = FlowSyntax.parse("ingress tcp/443 from 10.2.0.1 to cp1");
        IngressClass mine = sim.ingressClass(flow).orElseThrow();
        assertTrue(((Verdict) sim.evaluateBrief(flow, mine)).allowed());
        assertThrows(IllegalArgumentException.class, () -> other.evaluateBrief(flow, mine));
        assertThrows(
                IllegalArgumentException.class,
                () -> sim.evaluateBrief(FlowSyntax.parse("egress tcp/443 from cp1 to 10.2.0.1"), mine));
    }

    @Test
    void onlyIngressFlowsHaveClasses() {
        assertEquals(Optional.empty(), key(simulator(POLICY), "egress tcp/443 from cp1 to 10.2.0.1"));
    }
}
