package dev.polcat.analyze.flow;

import static dev.polcat.analyze.flow.FlowFixtures.allowed;
import static dev.polcat.analyze.flow.FlowFixtures.run;
import static dev.polcat.analyze.flow.FlowFixtures.simulator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A network endpoint is allowed only if every address in it is: a partly matching Allow does not count,
 * a partly matching Deny denies, a partly matching Pass splits the flow. Each is reported in the trail.
 */
class PartialCoverageTest {

    @Test
    void aCidrPartlyCoveredByAnAllowIsNotAllowed() {
        FlowSimulator sim = simulator("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: office}
                spec:
                  ingress:
                    - action: Allow
                      metadata: {annotations: {polcat.dev/rule: ssh-from-office}}
                      protocol: TCP
                      source: {nets: [10.0.0.0/16]}
                      destination: {ports: [22]}
                """);
        assertTrue(allowed(sim, "ingress tcp/22 from 10.0.1.0/24 to cp1"));
        Verdict wide = run(sim, "ingress tcp/22 from 10.0.0.0/8 to cp1");
        assertFalse(wide.allowed());
        TrailStep partial = wide.trail().stream()
                .filter(s -> s.outcome() == Outcome.PARTIAL_MATCH)
                .findFirst()
                .orElseThrow();
        assertEquals("spec.ingress[0] (ssh-from-office)", partial.ruleText());
        assertEquals(
                "matches only part of the flow: source nets 10.0.0.0/16 may not hold all of 10.0.0.0/8; "
                        + "an Allow counts only for all of it, so evaluation goes on",
                partial.detail());
        assertEquals("denied: no rule of policy office matched; end of tier default → deny", wide.explain());
    }

    @Test
    void aCidrPartlyCoveredByADenyIsDenied() {
        FlowSimulator sim = simulator("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: block-then-allow}
                spec:
                  ingress:
                    - {action: Deny, source: {nets: [10.0.0.0/16]}}
                    - {action: Allow}
                """);
        assertTrue(allowed(sim, "ingress tcp/80 from 10.1.0.0/16 to cp1"));
        Verdict v = run(sim, "ingress tcp/80 from 10.0.0.0/8 to cp1");
        assertFalse(v.allowed());
        assertEquals(
                "denied: policy block-then-allow spec.ingress[0] partly matched Deny "
                        + "(source nets 10.0.0.0/16 may not hold all of 10.0.0.0/8)",
                v.explain());
    }

    @Test
    void aPartlyMatchingPassSplitsTheFlowAndBothPartsMustBeAllowed() {
        String tiers = """
                apiVersion: projectcalico.org/v3
                kind: Tier
                metadata: {name: first}
                spec: {order: 10}
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: first.pass-internal}
                spec:
                  tier: first
                  ingress:
                    - {action: Pass, source: {nets: [10.0.0.0/8]}}
                    - {action: Allow, protocol: TCP, destination: {ports: [443]}}
                ---
                """;
        FlowSimulator bothAllow = simulator(tiers + """
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: later}
                spec:
                  ingress: [{action: Allow, protocol: TCP, destination: {ports: [443]}}]
                """);
        Verdict v = run(bothAllow, "ingress tcp/443 from 0.0.0.0/0 to cp1");
        assertTrue(v.allowed(), v.trailText());
        assertTrue(v.trailText().contains("partly matched Pass"));
        FlowSimulator passedPartDenied = simulator(tiers + """
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: later}
                spec:
                  ingress: [{action: Allow, protocol: TCP, destination: {ports: [8443]}}]
                """);
        Verdict d = run(passedPartDenied, "ingress tcp/443 from 0.0.0.0/0 to cp1");
        assertFalse(d.allowed(), d.trailText());
        assertEquals("denied: no rule of policy later matched; end of tier default → deny", d.explain());
    }

    @Test
    void splitFlowsAreFollowedOnlyUpToALimit() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            yaml.append("""
                    apiVersion: projectcalico.org/v3
                    kind: Tier
                    metadata: {name: t%02d}
                    spec: {order: %d}
                    ---
                    apiVersion: projectcalico.org/v3
                    kind: GlobalNetworkPolicy
                    metadata: {name: t%02d.pass}
                    spec:
                      tier: t%02d
                      ingress: [{action: Pass, source: {nets: [10.%d.0.0/16]}}, {action: Pass}]
                    ---
                    """.formatted(i, i, i, i, i));
        }
        yaml.append("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: allow-all}
                spec: {ingress: [{action: Allow}]}
                """);
        Verdict v = run(simulator(yaml.toString()), "ingress tcp/80 from 0.0.0.0/0 to cp1");
        assertFalse(v.allowed());
        assertTrue(
                v.explain()
                        .endsWith("too many split flows to follow, so the passed part counts as denied (conservative)"),
                v.explain());
        assertTrue(
                allowed(simulator(yaml.toString()), "ingress tcp/80 from 10.7.0.0/16 to cp1"),
                "no split when nets decide");
    }

    @Test
    void aFlowWithoutPortOrProtocolIsAllowedOnlyByRulesThatDoNotRestrictThem() {
        FlowSimulator sim = simulator("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: some}
                spec:
                  ingress: [{action: Allow, protocol: TCP, destination: {ports: ["1:65535"]}}]
                """);
        assertTrue(allowed(sim, "ingress tcp/8080 from 1.2.3.4 to cp1"));
        assertFalse(allowed(sim, "ingress tcp/any from 1.2.3.4 to cp1"), "port 0 is outside 1:65535");
        assertFalse(allowed(sim, "ingress any from 1.2.3.4 to cp1"));
    }
}
