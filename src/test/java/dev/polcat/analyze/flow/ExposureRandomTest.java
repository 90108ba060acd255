package dev.polcat.analyze.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.analyze.ExposureRow;
import dev.polcat.analyze.verify.EnvironmentFlows;
import dev.polcat.analyze.verify.ExposureScan;
import dev.polcat.analyze.verify.FlowMatrix;
import dev.polcat.analyze.verify.Probe;
import dev.polcat.calico.CalicoResource;
import dev.polcat.catalog.FailsafeSettings;
import dev.polcat.catalog.LockoutTargets;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exposure report evaluates one endpoint pair per class of ends and service, and gathers the allowed
 * flows into grants. On random policies (every criterion the classes fold: protocols, ports and ranges,
 * named ports, ICMP, nets and notNets, selectors, tiers that pass or deny), from networks and from every
 * other host and workload, spelling its grants out must give exactly the rows that simulating each probe
 * alone gives: the same flows allowed, by the same rule, in the same words.
 */
class ExposureRandomTest {
    /** Source networks the report probes from, besides anywhere: one holds a host, one is IPv6. */
    private static final String NETWORKS = """
            apiVersion: projectcalico.org/v3
            kind: GlobalNetworkSet
            metadata: {name: clients}
            spec:
              nets: [10.2.0.0/16, 10.0.0.0/8, 10.30.1.22/32, fd00::/8]
            ---
            """;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void grantsSpellOutToWhatSimulatingEachProbeGives(int seed) {
        int allowed = 0;
        for (int round = 0; round < 10; round++) {
            Random r = new Random(seed * 1000L + round);
            String yaml = IngressClassRandomTest.HOST_ENDPOINT + NETWORKS + IngressClassRandomTest.policies(r);
            List<CalicoResource> resources = FlowFixtures.resources(yaml);
            for (FailsafePorts failsafe : List.of(
                    FailsafePorts.disabled(),
                    FailsafePorts.parse("tcp:22, tcp:10.2.0.0/16:2379, udp:10.0.0.0/8:53", "none"))) {
                FlowSimulator sim = new FlowSimulator(
                        resources,
                        IngressClassRandomTest.HOSTS,
                        FlowFixtures.NAMESPACES,
                        FlowFixtures.WORKLOADS,
                        failsafe,
                        false);
                Profile env = environment();
                List<String> expected = eachProbeAlone(env, resources, sim);
                EnvironmentFlows.Exposure report = ExposureScan.scan(env, resources, sim, true);
                List<String> got = new ArrayList<>(
                        report.rows().stream().map(ExposureRandomTest::text).toList());
                got.sort(null);
                assertEquals(expected, got, yaml);
                assertEquals(List.of(), report.skipped(), yaml);
                allowed += got.size();
            }
        }
        assertTrue(allowed > 1_000, "only " + allowed + " rows");
    }

    private static List<String> eachProbeAlone(Profile env, List<CalicoResource> resources, FlowSimulator sim) {
        List<Probe> probes = new ArrayList<>(FlowMatrix.probes(env, resources, sim.failsafe()));
        probes.addAll(FlowMatrix.peerProbes(env, resources, sim.failsafe()));
        List<String> out = new ArrayList<>();
        for (Probe p : probes) {
            Verdict v = (Verdict) sim.evaluate(Flow.ingress(p.source(), p.target(), p.flowService()));
            if (!v.allowed()) continue;
            var step = v.decidedBy();
            out.add(text(new ExposureRow(
                    p.host(),
                    p.service(),
                    p.label(),
                    p.cidr(),
                    v.explain().substring("allowed: ".length()),
                    step.map(TrailStep::policy).orElse(""),
                    step.map(TrailStep::rule).orElse(""),
                    p.network().orElse(null))));
        }
        out.sort(null);
        return out;
    }

    private static String text(ExposureRow r) {
        return String.join(" | ", r.host(), r.service(), r.from(), r.cidr(), r.allowedBy(), r.policy(), r.rule())
                + " | " + r.net();
    }

    private static Profile environment() {
        return new Profile(
                "test",
                "Test",
                "",
                false,
                List.of("test"),
                Map.of(),
                Map.of(),
                IngressClassRandomTest.HOSTS,
                FlowFixtures.NAMESPACES,
                FlowFixtures.WORKLOADS,
                List.of(),
                FailsafeSettings.DEFAULTS,
                LockoutTargets.NONE,
                SourcePos.of("test"),
                List.of());
    }
}
