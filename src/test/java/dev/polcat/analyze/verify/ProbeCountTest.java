package dev.polcat.analyze.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.calico.CalicoResource;
import dev.polcat.validate.ValidatedPolicy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exposure report decides whether it fits from counts: each must be the number of probes it stands for. */
class ProbeCountTest {
    @Test
    void countsAreTheProbesOnTheExampleCatalog() {
        assertCounts(new Build().analyze(BuildRequest.of(Path.of(""))));
    }

    @Test
    void countsAreTheProbesOnAGeneratedCatalog() {
        assertCounts(dev.polcat.bench.SyntheticFixture.of("12x2x8").result);
    }

    private static void assertCounts(BuildResult result) {
        int environments = 0;
        for (EnvironmentAnalysis e : result.analysis().environments()) {
            List<ValidatedPolicy> ordered =
                    e.policies().stream().map(PolicyAnalysis::policy).toList();
            List<CalicoResource> resources =
                    ordered.stream().flatMap(v -> v.resources().stream()).toList();
            var failsafe =
                    new EnvironmentFlows(e.env(), ordered, d -> {}).simulator().failsafe();
            int networks = FlowMatrix.probes(e.env(), resources, failsafe).size();
            int peers = FlowMatrix.peerProbes(e.env(), resources, failsafe).size();
            assertTrue(networks > 0 && peers > 0, e.env().name());
            assertEquals(
                    networks,
                    FlowMatrix.probeCount(e.env(), resources, failsafe),
                    e.env().name());
            assertEquals(
                    peers,
                    FlowMatrix.peerProbeCount(e.env(), resources, failsafe),
                    e.env().name());
            environments++;
        }
        assertTrue(environments > 1);
    }
}
