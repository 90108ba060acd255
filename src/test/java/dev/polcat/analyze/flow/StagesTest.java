package dev.polcat.analyze.flow;

import static dev.polcat.analyze.flow.FlowFixtures.allowed;
import static dev.polcat.analyze.flow.FlowFixtures.run;
import static dev.polcat.analyze.flow.FlowFixtures.simulator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CALICO.md section 3, stages: failsafe, untracked, preDNAT, forwarded traffic. */
class StagesTest {
    private static final String DENY_ALL = """
            apiVersion: projectcalico.org/v3
            kind: GlobalNetworkPolicy
            metadata: {name: deny-all}
            spec:
              types: [Ingress, Egress]
              ingress: [{action: Deny}]
              egress: [{action: Deny}]
            """;

    @Test
    void failsafeAllowsWhatNoDenyCanOverride() {
        FlowSimulator sim = simulator(DENY_ALL, FailsafePorts.defaults());
        Verdict ssh = run(sim, "ingress tcp/22 from 203.0.113.9 to cp1");
        assertTrue(ssh.allowed());
        assertEquals("allowed: by Felix failsafe tcp:22 (inbound; no policy can deny it)", ssh.explain());
        assertEquals(Stage.FAILSAFE, ssh.decidedBy().orElseThrow().stage());
        assertTrue(allowed(sim, "egress udp/53 from cp1 to 8.8.8.8"));
        assertTrue(allowed(sim, "ingress tcp/22 from 0.0.0.0/0 to cp1"), "no network: any source");
        assertFalse(allowed(sim, "ingress udp/53 from 8.8.8.8 to cp1"), "udp:53 is outbound only");
        assertFalse(allowed(sim, "ingress tcp/80 from 1.2.3.4 to cp1"));
        assertFalse(allowed(sim, "ingress tcp/any from 1.2.3.4 to cp1"), "one failsafe port is not every port");
    }

    @Test
    void failsafeEntriesWithANetworkMatchOnlyAddressesInIt() {
        FlowSimulator sim = simulator(DENY_ALL, FailsafePorts.parse("tcp:10.0.0.0/8:22, tcp:[fd00::/8]:22", "none"));
        assertTrue(allowed(sim, "ingress tcp/22 from 10.1.2.3 to cp1"));
        assertTrue(allowed(sim, "ingress tcp/22 from 10.1.0.0/16 to cp1"));
        assertFalse(allowed(sim, "ingress tcp/22 from 192.168.1.1 to cp1"));
        Verdict wide = run(sim, "ingress tcp/22 from 0.0.0.0/0 to cp1");
        assertFalse(wide.allowed());
        assertTrue(
                wide.trailText()
                        .contains(
                                "failsafe: Felix failsafe tcp:10.0.0.0/8:22 covers only part of the flow; not counted"),
                wide.trailText());
        assertTrue(run(sim, "egress tcp/2379 from cp1 to 10.30.1.11")
                .trailText()
                .contains("failsafe: no outbound Felix failsafe ports are configured"));
    }

    @Test
    void failsafeDisabledLeavesOnlyPolicy() {
        FlowSimulator sim = simulator(DENY_ALL, FailsafePorts.disabled());
        Verdict ssh = run(sim, "ingress tcp/22 from 203.0.113.9 to cp1");
        assertFalse(ssh.allowed());
        assertTrue(
                ssh.trailText()
                        .startsWith(
                                "flow: ingress tcp/22 from 203.0.113.9 to host endpoint cp1 (interface bond0, 10.30.1.21); IPv4\n"
                                        + "failsafe: Felix failsafe ports are disabled\n"),
                ssh.trailText());
    }

    @Test
    void doNotTrackAllowSkipsNormalPolicyAndItsDenyDrops() {
        FlowSimulator sim = simulator(DENY_ALL + """
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: untracked-dns}
                spec:
                  doNotTrack: true
                  applyOnForward: true
                  types: [Ingress]
                  ingress:
                    - {action: Allow, protocol: UDP, destination: {ports: [53]}}
                    - {action: Deny, protocol: UDP, destination: {ports: [5353]}}
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: allow-mdns}
                spec:
                  order: 0
                  ingress: [{action: Allow, protocol: UDP, destination: {ports: [5353]}}]
                """);
        Verdict dns = run(sim, "ingress udp/53 from 1.2.3.4 to cp1");
        assertTrue(dns.allowed());
        TrailStep decided = dns.decidedBy().orElseThrow();
        assertEquals(Stage.UNTRACKED, decided.stage());
        assertTrue(dns.trail().stream().noneMatch(s -> s.stage() == Stage.NORMAL), "normal policy is skipped");
        assertFalse(
                allowed(sim, "ingress udp/5353 from 1.2.3.4 to cp1"), "an untracked Deny drops before normal policy");
    }

    @Test
    void doNotTrackTiersEndWithPass() {
        FlowSimulator sim = simulator("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: untracked-dns}
                spec:
                  doNotTrack: true
                  applyOnForward: true
                  types: [Ingress]
                  ingress: [{action: Allow, protocol: UDP, destination: {ports: [53]}}]
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: allow-ssh}
                spec:
                  ingress: [{action: Allow, protocol: TCP, destination: {ports: [22]}}]
                """);
        Verdict ssh = run(sim, "ingress tcp/22 from 1.2.3.4 to cp1");
        assertTrue(ssh.allowed(), ssh.trailText());
        assertTrue(ssh.trailText()
                .contains(
                        "untracked: tier default: end of tier default → Pass (untracked tiers always end with Pass)"));
        assertEquals(Stage.NORMAL, ssh.decidedBy().orElseThrow().stage());
    }

    @Test
    void untrackedPolicyIsSkippedOnAllInterfacesEndpoints() {
        FlowSimulator sim = new FlowSimulator(
                FlowFixtures.resources("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: untracked-deny}
                spec: {doNotTrack: true, applyOnForward: true, types: [Ingress], ingress: [{action: Deny}]}
                """),
                List.of(FlowFixtures.host("star", "*", List.of("10.0.0.5"))),
                FailsafePorts.disabled());
        Verdict v = run(sim.withDefaultAllowProfile(), "ingress tcp/80 from 1.2.3.4 to star");
        assertTrue(v.allowed(), v.trailText());
        assertTrue(v.trailText().contains("not supported on interfaceName \"*\""));
    }

    @Test
    void preDnatHasNoDefaultDropAndItsAllowSkipsNormalPolicy() {
        FlowSimulator sim = simulator("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: nodeports}
                spec:
                  preDNAT: true
                  applyOnForward: true
                  types: [Ingress]
                  ingress:
                    - {action: Deny, protocol: TCP, source: {nets: [198.51.100.0/24]}, destination: {ports: ["30000:32767"]}}
                    - {action: Allow, protocol: TCP, source: {nets: [10.0.0.0/8]}, destination: {ports: ["30000:32767"]}}
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: web}
                spec:
                  ingress: [{action: Allow, protocol: TCP, destination: {ports: [30080, 443]}}]
                """);
        Verdict web = run(sim, "ingress tcp/443 from 203.0.113.7 to cp1");
        assertTrue(web.allowed(), "no preDNAT rule matched and preDNAT tiers pass: " + web.trailText());
        assertTrue(web.trailText().contains("preDNAT: tier default: end of tier default → Pass"));
        assertFalse(
                allowed(sim, "ingress tcp/30080 from 198.51.100.7 to cp1"), "denied in preDNAT before normal allows");
        Verdict internal = run(sim, "ingress tcp/31000 from 10.1.1.1 to cp1");
        assertTrue(internal.allowed());
        assertEquals(Stage.PRE_DNAT, internal.decidedBy().orElseThrow().stage(), "normal policy would deny 31000");
    }

    @Test
    void forwardedTrafficIsAllowedUnlessAnApplyOnForwardPolicyApplies() {
        FlowSimulator plain = simulator(DENY_ALL, FailsafePorts.defaults());
        Verdict through = run(plain, "forward tcp/80 from 1.2.3.4 to 10.244.1.5 via cp1");
        assertTrue(through.allowed(), through.trailText());
        assertEquals(
                "allowed: forwarded traffic is allowed: arriving (ingress): no applyOnForward policy applies; "
                        + "leaving (egress): no applyOnForward policy applies",
                through.explain());

        FlowSimulator guarded = simulator("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: forward-https}
                spec:
                  applyOnForward: true
                  types: [Ingress]
                  ingress: [{action: Allow, protocol: TCP, destination: {ports: [443]}}]
                """, FailsafePorts.defaults());
        assertTrue(allowed(guarded, "forward tcp/443 from 1.2.3.4 to 10.244.1.5 via cp1"));
        Verdict http = run(guarded, "forward tcp/80 from 1.2.3.4 to 10.244.1.5 via cp1");
        assertFalse(http.allowed());
        assertEquals(Stage.FORWARD, http.decidedBy().orElseThrow().stage());
        assertEquals(Outcome.DEFAULT_DENIED, http.decidedBy().orElseThrow().outcome());
        assertFalse(
                allowed(guarded, "forward tcp/22 from 1.2.3.4 to 10.244.1.5 via cp1"),
                "no failsafe for forwarded traffic");
        assertTrue(allowed(guarded, "ingress tcp/22 from 1.2.3.4 to cp1"), "the same port to the host is failsafe");
    }
}
