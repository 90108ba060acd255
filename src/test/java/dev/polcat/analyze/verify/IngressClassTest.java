package dev.polcat.analyze.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.analyze.ExposureRow;
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
 * and off, that must be exactly what simulating each probe gives; the exposure report ({@link ExposureScan}),
 * which shares partial classes too and gathers flows into grants, must spell out to exactly the allowed
 * probes with those results.
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

    /** A probe by its host, service and source (a network's CIDR, or the peer's name): unique in a report. */
    private static String key(String host, String service, String source) {
        return host + " " + service + " " + source;
    }

    private static String key(Probe p) {
        return key(p.host(), p.service(), p.cidr());
    }

    private static void assertShared(BuildResult result, int atLeastShared) {
        int shared = 0;
        for (EnvironmentProbes e : EnvironmentProbes.of(result)) {
            EnvironmentFlows flows = e.flows();
            for (FlowSimulator sim : List.of(flows.simulator(), flows.withoutFailsafe())) {
                // the failsafe ports are services of the matrix only while they are on
                List<Probe> probes =
                        new java.util.ArrayList<>(FlowMatrix.probes(e.env(), e.resources(), sim.failsafe()));
                probes.addAll(FlowMatrix.peerProbes(e.env(), e.resources(), sim.failsafe()));
                FlowMatrix.Run run = FlowMatrix.run(sim, probes);
                Map<String, FlowMatrix.Result> allowed = new HashMap<>();
                for (ExposureRow row :
                        ExposureScan.scan(e.env(), e.resources(), sim, true).rows()) {
                    FlowMatrix.Result r =
                            new FlowMatrix.Result(true, "allowed: " + row.allowedBy(), row.policy(), row.rule());
                    assertEquals(null, allowed.put(key(row.host(), row.service(), row.cidr()), r), row.toString());
                }
                Set<IngressClass> classes = new HashSet<>();
                for (Probe p : probes) {
                    FlowMatrix.Result got = run.results().get(p);
                    if (!(sim.evaluate(p.flow()) instanceof Verdict v)) {
                        assertEquals(null, got, p.describe());
                        assertEquals(null, allowed.get(key(p)), p.describe());
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
                            v.allowed() ? got : null,
                            allowed.remove(key(p)),
                            "only allowed, as simulated: " + p.describe());
                    if (sim.ingressClass(p.flow()).filter(c -> !classes.add(c)).isPresent()) shared++;
                }
                assertEquals(Map.of(), allowed, "rows no probe gives");
            }
        }
        assertTrue(shared >= atLeastShared, "only " + shared + " probes shared a simulation");
    }
}
