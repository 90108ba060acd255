package dev.polcat.analyze.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.analyze.flow.FlowSimulator;
import dev.polcat.analyze.flow.IngressClass;
import dev.polcat.analyze.flow.Verdict;
import dev.polcat.bench.SyntheticFixture;
import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The exposure matrix simulates one probe per class (FlowSimulator.ingressClass) and gives the
 * others its result: on every probe of the example catalog and of a generated one, with failsafe ports on
 * and off, that must be exactly what simulating each probe gives; {@link FlowMatrix#allowed}, which shares
 * partial classes too, must keep exactly the allowed probes with those results.
 */
class IngressClassTest {
    @Test
    void sharedResultsAreWhatEachProbeGivesOnTheExampleCatalog() {
        assertShared(new Build().analyze(BuildRequest.of(Path.of(""))), 1_000);
    }

    @Test
    void sharedResultsAreWhatEachProbeGivesOnAGeneratedCatalog() {
        assertShared(SyntheticFixture.of("12x2x8").result, 1_000);
    }

    private static void assertShared(BuildResult result, int atLeastShared) {
        int shared = 0;
        for (EnvironmentProbes e : EnvironmentProbes.of(result)) {
            EnvironmentFlows flows = e.flows();
            List<Probe> probes = e.probes();
            for (FlowSimulator sim : List.of(flows.simulator(), flows.withoutFailsafe())) {
                FlowMatrix.Run run = FlowMatrix.run(sim, probes);
                FlowMatrix.Allowed kept = FlowMatrix.allowed(sim, probes);
                Map<Probe, FlowMatrix.Result> allowed = new HashMap<>();
                for (int i = 0; i < kept.probes().size(); i++)
                    allowed.put(kept.probes().get(i), kept.results().get(i));
                Set<IngressClass> classes = new HashSet<>();
                for (Probe p : probes) {
                    FlowMatrix.Result got = run.results().get(p);
                    if (!(sim.evaluate(p.flow()) instanceof Verdict v)) {
                        assertEquals(null, got, p.describe());
                        assertEquals(null, allowed.get(p), p.describe());
                        continue;
                    }
                    var step = v.decidedBy();
                    assertEquals(
                            new FlowMatrix.Result(
                                    v.allowed(),
                                    v.explain(),
                                    step.map(t -> t.policy()).orElse(""),
                                    step.map(t -> t.rule()).orElse("")),
                            got,
                            p.describe());
                    assertEquals(
                            v.allowed() ? got : null, allowed.get(p), "only allowed, as simulated: " + p.describe());
                    if (sim.ingressClass(p.flow()).filter(c -> !classes.add(c)).isPresent()) shared++;
                }
            }
        }
        assertTrue(shared >= atLeastShared, "only " + shared + " probes shared a simulation");
    }
}
