package dev.polcat.analyze.flow;

import static dev.polcat.analyze.flow.FlowFixtures.allowed;
import static dev.polcat.analyze.flow.FlowFixtures.run;
import static dev.polcat.analyze.flow.FlowFixtures.simulator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CALICO.md section 3, ordering and actions: order then name, Pass, Log, fall-through, end of tier. */
class EvaluationOrderTest {

    @Test
    void policiesRunByOrderThenNameAndAbsentOrderIsLast() {
        FlowSimulator sim = simulator("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: b-allow}
                spec:
                  order: 10
                  ingress: [{action: Allow, protocol: TCP, destination: {ports: [80]}}]
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: a-deny}
                spec:
                  order: 10
                  ingress: [{action: Deny, protocol: TCP, destination: {ports: [80]}}]
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: aaa-no-order}
                spec:
                  ingress: [{action: Deny, protocol: TCP, destination: {ports: [443]}}]
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: zzz}
                spec:
                  order: 9.5
                  ingress: [{action: Allow, protocol: TCP, destination: {ports: [443]}}]
                """);
        Verdict tie = run(sim, "ingress tcp/80 from 1.2.3.4 to cp1");
        assertFalse(tie.allowed(), "a-deny sorts before b-allow at the same order");
        assertEquals("a-deny", tie.decidedBy().orElseThrow().policy());
        Verdict last = run(sim, "ingress tcp/443 from 1.2.3.4 to cp1");
        assertTrue(last.allowed(), "order 9.5 runs before a policy without order");
        assertEquals("zzz", last.decidedBy().orElseThrow().policy());
    }

    @Test
    void tiersRunByOrderThenNameAndPassGoesToTheNextTier() {
        FlowSimulator sim = simulator("""
                apiVersion: projectcalico.org/v3
                kind: Tier
                metadata: {name: security}
                spec: {order: 100}
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: security.pass-ssh}
                spec:
                  tier: security
                  ingress:
                    - {action: Pass, protocol: TCP, destination: {ports: [22]}}
                    - {action: Deny}
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: allow-ssh}
                spec:
                  order: 1
                  ingress: [{action: Allow, protocol: TCP, destination: {ports: [22]}}]
                """);
        Verdict ssh = run(sim, "ingress tcp/22 from 1.2.3.4 to cp1");
        assertTrue(ssh.allowed(), ssh.trailText());
        assertEquals(List.of(Outcome.PASSED, Outcome.ALLOWED), decisions(ssh));
        assertEquals(
                "security",
                ssh.trail().stream()
                        .filter(s -> s.outcome() == Outcome.PASSED)
                        .findFirst()
                        .orElseThrow()
                        .tier());
        Verdict web = run(sim, "ingress tcp/80 from 1.2.3.4 to cp1");
        assertFalse(web.allowed());
        assertEquals("security.pass-ssh", web.decidedBy().orElseThrow().policy(), "the earlier tier denies first");
    }

    @Test
    void tierWithDefaultActionPassContinuesAndBuiltInTiersHaveTheirOrders() {
        FlowSimulator sim = simulator("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: admin.log-only}
                spec:
                  tier: kube-admin
                  ingress: [{action: Log}]
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: baseline.allow-all}
                spec:
                  tier: kube-baseline
                  ingress: [{action: Allow}]
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: default-web}
                spec:
                  ingress: [{action: Allow, protocol: TCP, destination: {ports: [80]}}]
                """);
        Verdict web = run(sim, "ingress tcp/80 from 1.2.3.4 to cp1");
        assertTrue(web.allowed());
        assertEquals(
                "kube-admin",
                web.trail().stream()
                        .filter(s -> s.stage() == Stage.NORMAL)
                        .findFirst()
                        .orElseThrow()
                        .tier(),
                "kube-admin (1000) runs first");
        assertTrue(web.trail().stream()
                .anyMatch(s -> s.outcome() == Outcome.DEFAULT_PASS && s.tier().equals("kube-admin")));
        Verdict other = run(sim, "ingress tcp/81 from 1.2.3.4 to cp1");
        assertFalse(other.allowed(), "the default tier (1,000,000) denies before kube-baseline (10,000,000)");
        assertEquals(Outcome.DEFAULT_DENIED, other.decidedBy().orElseThrow().outcome());
    }

    @Test
    void logContinuesWithTheNextRule() {
        FlowSimulator sim = simulator("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: audit}
                spec:
                  ingress:
                    - {action: Log, protocol: TCP}
                    - {action: Allow, protocol: TCP, destination: {ports: [443]}}
                """);
        Verdict v = run(sim, "ingress tcp/443 from 1.2.3.4 to cp1");
        assertTrue(v.allowed());
        assertEquals(List.of(Outcome.LOGGED, Outcome.ALLOWED), decisions(v));
    }

    @Test
    void aPolicyWithoutMatchingRuleFallsThroughToTheNextPolicy() {
        FlowSimulator sim = simulator("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: web}
                spec:
                  order: 1
                  ingress: [{action: Allow, protocol: TCP, destination: {ports: [443]}}]
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: ssh}
                spec:
                  order: 2
                  ingress: [{action: Allow, protocol: TCP, destination: {ports: [22]}}]
                """);
        Verdict v = run(sim, "ingress tcp/22 from 1.2.3.4 to cp1");
        assertTrue(v.allowed());
        assertEquals(List.of(Outcome.NO_MATCH, Outcome.FELL_THROUGH, Outcome.ALLOWED), outcomes(v));
        Verdict none = run(sim, "ingress tcp/23 from 1.2.3.4 to cp1");
        assertEquals("denied: no rule of policies web, ssh matched; end of tier default → deny", none.explain());
    }

    @Test
    void endOfTierDenyOnlyWhenAPolicyAppliesInThatDirection() {
        FlowSimulator sim = simulator("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: workers-web}
                spec:
                  selector: role == 'worker'
                  types: [Ingress]
                  ingress: [{action: Allow, protocol: TCP, destination: {ports: [80]}}]
                """);
        Verdict worker = run(sim, "ingress tcp/8080 from 1.2.3.4 to w1");
        assertEquals(Outcome.DEFAULT_DENIED, worker.decidedBy().orElseThrow().outcome());
        Verdict cp = run(sim, "ingress tcp/8080 from 1.2.3.4 to cp1");
        assertFalse(cp.allowed());
        assertEquals(
                Outcome.DROPPED,
                cp.decidedBy().orElseThrow().outcome(),
                "no policy selects cp1: no tier, straight to profiles");
        assertEquals("denied: no policy applied (ingress); no profile → drop", cp.explain());
        assertTrue(allowed(sim.withDefaultAllowProfile(), "ingress tcp/8080 from 1.2.3.4 to cp1"));
        assertFalse(
                allowed(sim.withDefaultAllowProfile(), "ingress tcp/8080 from 1.2.3.4 to w1"),
                "a profile is never reached past an end-of-tier Deny");
    }

    @Test
    void anIngressOnlyPolicyLeavesEgressToProfilesThenDrop() {
        String yaml = """
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: ingress-only}
                spec:
                  ingress: [{action: Allow}]
                """;
        FlowSimulator sim = simulator(yaml);
        assertTrue(allowed(sim, "ingress tcp/80 from 1.2.3.4 to cp1"));
        Verdict out = run(sim, "egress tcp/443 from cp1 to 1.2.3.4");
        assertFalse(out.allowed());
        assertEquals("denied: no policy applied (egress); no profile → drop", out.explain());
        assertTrue(allowed(sim.withDefaultAllowProfile(), "egress tcp/443 from cp1 to 1.2.3.4"));
        FlowSimulator withHep = simulator(yaml + """
                ---
                apiVersion: projectcalico.org/v3
                kind: HostEndpoint
                metadata: {name: cp1-bond0}
                spec: {node: cp1, interfaceName: bond0, profiles: [projectcalico-default-allow]}
                """);
        Verdict viaProfile = run(withHep, "egress tcp/443 from cp1 to 1.2.3.4");
        assertEquals("allowed: by profile projectcalico-default-allow", viaProfile.explain());
        assertFalse(allowed(withHep, "egress tcp/443 from w1 to 1.2.3.4"), "only cp1's HostEndpoint has the profile");
    }

    static List<Outcome> outcomes(Verdict v) {
        return v.trail().stream()
                .map(TrailStep::outcome)
                .filter(o -> o != Outcome.NOTE)
                .toList();
    }

    static List<Outcome> decisions(Verdict v) {
        return outcomes(v).stream()
                .filter(o -> o != Outcome.NO_MATCH && o != Outcome.FELL_THROUGH)
                .toList();
    }
}
