package dev.polcat.analyze.flow;

import static dev.polcat.analyze.flow.FlowFixtures.run;
import static dev.polcat.analyze.flow.FlowFixtures.simulator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.calico.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CALICO.md section 2 "Scope": which policies can apply to host endpoints; invalid policies; bad flows. */
class ScopeTest {

    @Test
    void aNetworkPolicyNeverAppliesToAHostEndpoint() {
        FlowSimulator sim = simulator("""
                apiVersion: projectcalico.org/v3
                kind: NetworkPolicy
                metadata: {name: allow-web, namespace: web}
                spec:
                  selector: all()
                  ingress: [{action: Allow}]
                """);
        Verdict v = run(sim, "ingress tcp/80 from 1.2.3.4 to cp1");
        assertFalse(v.allowed());
        assertEquals(Outcome.DROPPED, v.decidedBy().orElseThrow().outcome());
        assertTrue(
                v.trailText()
                        .contains(
                                "flow: NetworkPolicy web/allow-web would select cp1's labels, but a NetworkPolicy never applies to host endpoints"),
                v.trailText());
    }

    @Test
    void aGlobalPolicyWithNamespaceOrServiceAccountSelectorNeverAppliesToHostEndpoints() {
        FlowSimulator sim = simulator("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: pods-deny}
                spec:
                  namespaceSelector: all()
                  ingress: [{action: Deny}]
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: sa-deny}
                spec:
                  serviceAccountSelector: all()
                  ingress: [{action: Deny}]
                """).withDefaultAllowProfile();
        Verdict v = run(sim, "ingress tcp/80 from 1.2.3.4 to cp1");
        assertTrue(v.allowed(), v.trailText());
        assertTrue(v.trailText()
                .contains("GlobalNetworkPolicy pods-deny would select cp1's labels, but it sets namespaceSelector"));
        assertTrue(v.trailText()
                .contains("GlobalNetworkPolicy sa-deny would select cp1's labels, but it sets serviceAccountSelector"));
    }

    @Test
    void aPolicyFelixWouldRejectIsIgnoredWithAWarning() {
        FlowSimulator sim = simulator("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: broken}
                spec:
                  ingress: [{action: Deny, source: {selector: "role =="}}]
                """).withDefaultAllowProfile();
        assertTrue(sim.simulate(FlowSyntax.parse("ingress tcp/80 from 1.2.3.4 to cp1"))
                .allowed());
        assertEquals(1, sim.warnings().size(), sim.warnings().toString());
        assertTrue(
                sim.warnings().get(0).startsWith("GlobalNetworkPolicy broken: "),
                sim.warnings().get(0));
    }

    @Test
    void policySelectorsChooseTheHostEndpointsByTheirLabels() {
        FlowSimulator sim = simulator("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: cp-api}
                spec:
                  selector: role == 'control-plane'
                  ingress: [{action: Allow, protocol: TCP, destination: {ports: [6443]}}]
                """);
        assertTrue(run(sim, "ingress tcp/6443 from 10.30.1.31 to cp2").allowed());
        assertFalse(run(sim, "ingress tcp/6443 from 10.30.1.21 to w1").allowed());
        assertTrue(
                run(sim, "ingress tcp/6443 from 10.30.1.31 to 10.30.1.22").allowed(),
                "a host's address names its endpoint");
    }

    @Test
    void unknownHostsAndImpossibleFlowsAreRefused() {
        FlowSimulator sim = simulator("");
        assertEquals(
                "unknown host 'nope'; the environment's hosts: cp1, cp2, w1, ds1",
                assertThrowsIae(() -> run(sim, "ingress tcp/22 from 1.2.3.4 to nope")));
        assertEquals(
                "no host or workload has address 10.9.9.9; name the endpoint to check",
                assertThrowsIae(() -> run(sim, "ingress tcp/22 from 1.2.3.4 to 10.9.9.9")));
        assertTrue(assertThrowsIae(() -> run(sim, "ingress tcp/22 from fd00::1 to cp1"))
                .startsWith("no IP version fits"));
        assertTrue(assertThrowsIae(() -> run(sim, "ingress icmpv6 from 10.0.0.1 to cp1"))
                .startsWith("no IP version fits"));
        assertTrue(assertThrowsIae(() -> new Flow(
                        Endpoint.host("cp1"), Endpoint.ip("1.1.1.1"), Protocol.named("ICMP"), 300, Direction.EGRESS))
                .contains("ICMP type 300 out of range"));
        assertTrue(assertThrowsIae(
                        () -> new Flow(Endpoint.ip("1.1.1.1"), Endpoint.host("cp1"), null, null, Direction.FORWARD))
                .contains("via"));
        assertEquals(List.of(), sim.warnings());
    }

    private static String assertThrowsIae(org.junit.jupiter.api.function.Executable e) {
        return org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, e)
                .getMessage();
    }
}
