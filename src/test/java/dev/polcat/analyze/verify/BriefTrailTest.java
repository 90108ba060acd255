package dev.polcat.analyze.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.analyze.flow.FlowSimulator;
import dev.polcat.analyze.flow.Simulation;
import dev.polcat.analyze.flow.Verdict;
import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exposure matrix simulates with a brief trail (no text for rules that did not match): on every probe of
 * every environment of the example catalog, with failsafe ports on and off, it must give the same verdict,
 * deciding step and explanation as the full trail does.
 */
class BriefTrailTest {
    @Test
    void aBriefTrailGivesTheSameVerdictDecidingStepAndExplanationAsTheFullOne() {
        BuildResult result = new Build().analyze(BuildRequest.of(Path.of("")));
        int compared = 0;
        for (EnvironmentProbes e : EnvironmentProbes.of(result)) {
            EnvironmentFlows flows = e.flows();
            List<Probe> probes = e.probes();
            for (FlowSimulator sim : List.of(flows.simulator(), flows.withoutFailsafe())) {
                for (Probe p : probes) {
                    Simulation full = sim.evaluate(p.flow());
                    Simulation brief = sim.evaluateBrief(p.flow());
                    if (!(full instanceof Verdict f)) {
                        assertEquals(full, brief, p.describe());
                        continue;
                    }
                    Verdict b = (Verdict) brief;
                    assertEquals(f.allowed(), b.allowed(), p.describe());
                    assertEquals(f.decidedBy(), b.decidedBy(), p.describe());
                    assertEquals(f.explain(), b.explain(), p.describe());
                    compared++;
                }
            }
        }
        assertTrue(compared > 10_000, "compared " + compared + " probes");
    }
}
