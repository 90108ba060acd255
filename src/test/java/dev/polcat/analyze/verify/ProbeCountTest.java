package dev.polcat.analyze.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.calico.CalicoResource;
import dev.polcat.validate.ValidatedPolicy;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exposure report counts its probes before making them: with room for them all it gets every one,
 * with one fewer it gets none, and the budget is exactly what the work limit accepts.
 */
class ProbeCountTest {
    @Test
    void probesComeOnlyWithinTheirBudgetOnTheExampleCatalog() {
        assertWithin(new Build().analyze(BuildRequest.of(Path.of(""))));
    }

    @Test
    void probesComeOnlyWithinTheirBudgetOnAGeneratedCatalog() {
        assertWithin(dev.polcat.bench.SyntheticFixture.of("12x2x8").result);
    }

    @Test
    void theBudgetIsWhatTheWorkLimitAccepts() {
        for (int policies : new int[] {0, 1, 7, 12, 500, 1_500_001}) {
            long budget = FlowMatrix.probeBudget(policies);
            assertFalse(FlowMatrix.tooLarge(Collections.nCopies((int) budget, null), policies), "" + policies);
            assertTrue(FlowMatrix.tooLarge(Collections.nCopies((int) budget + 1, null), policies), "" + policies);
        }
    }

    private static void assertWithin(BuildResult result) {
        int environments = 0;
        for (EnvironmentAnalysis e : result.analysis().environments()) {
            List<ValidatedPolicy> ordered =
                    e.policies().stream().map(PolicyAnalysis::policy).toList();
            List<CalicoResource> resources =
                    ordered.stream().flatMap(v -> v.resources().stream()).toList();
            var failsafe =
                    new EnvironmentFlows(e.env(), ordered, d -> {}).simulator().failsafe();
            List<Probe> networks = FlowMatrix.probes(e.env(), resources, failsafe);
            List<Probe> peers = FlowMatrix.peerProbes(e.env(), resources, failsafe);
            assertTrue(!networks.isEmpty() && !peers.isEmpty(), e.env().name());
            assertEquals(networks, FlowMatrix.probesWithin(e.env(), resources, failsafe, networks.size()));
            assertNull(FlowMatrix.probesWithin(e.env(), resources, failsafe, networks.size() - 1));
            assertEquals(peers, FlowMatrix.peerProbesWithin(e.env(), resources, failsafe, peers.size()));
            assertNull(FlowMatrix.peerProbesWithin(e.env(), resources, failsafe, peers.size() - 1));
            environments++;
        }
        assertTrue(environments > 1);
    }
}
