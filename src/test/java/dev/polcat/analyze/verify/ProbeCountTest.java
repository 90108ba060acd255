package dev.polcat.analyze.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.ExposureGrant;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.analyze.flow.FlowSimulator;
import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.calico.CalicoResource;
import dev.polcat.validate.ValidatedPolicy;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The limits: a review compares the systematic flows up to exactly its budget of probes; the exposure report
 * probes host to host while the environment has at most {@link EnvironmentFlows#MAX_PEER_PAIRS} endpoint
 * pairs, counted as the probes pair them.
 */
class ProbeCountTest {
    @Test
    void theBudgetIsWhatTheWorkLimitAccepts() {
        for (int policies : new int[] {0, 1, 7, 12, 500, 1_500_001}) {
            long budget = FlowMatrix.probeBudget(policies);
            assertFalse(FlowMatrix.tooLarge(Collections.nCopies((int) budget, null), policies), "" + policies);
            assertTrue(FlowMatrix.tooLarge(Collections.nCopies((int) budget + 1, null), policies), "" + policies);
        }
    }

    @Test
    void peerPairsAreThePairsThatHostToHostProbesName() {
        assertPairs(new Build().analyze(BuildRequest.of(Path.of(""))));
        assertPairs(dev.polcat.bench.SyntheticFixture.of("12x2x8").result);
    }

    private static void assertPairs(BuildResult result) {
        int environments = 0;
        for (EnvironmentAnalysis e : result.analysis().environments()) {
            List<ValidatedPolicy> ordered =
                    e.policies().stream().map(PolicyAnalysis::policy).toList();
            List<CalicoResource> resources =
                    ordered.stream().flatMap(v -> v.resources().stream()).toList();
            var failsafe =
                    new EnvironmentFlows(e.env(), ordered, d -> {}).simulator().failsafe();
            Set<String> pairs = new HashSet<>();
            for (Probe p : FlowMatrix.peerProbes(e.env(), resources, failsafe)) pairs.add(p.host() + " " + p.cidr());
            assertTrue(pairs.size() > 1, e.env().name());
            assertEquals(pairs.size(), ExposureScan.peerPairs(e.env()), e.env().name());
            assertTrue(e.exposureFromEndpoints(), e.env().name());
            // beyond the pair limit: the networks' part of the same report, and no endpoint source
            FlowSimulator sim = new EnvironmentFlows(e.env(), ordered, d -> {}).simulator();
            List<ExposureGrant> networksOnly =
                    ExposureScan.scan(e.env(), resources, sim, false).grants();
            assertEquals(
                    e.exposure().stream().filter(g -> !g.fromEndpoints()).toList(),
                    networksOnly,
                    e.env().name());
            environments++;
        }
        assertTrue(environments > 1);
    }
}
