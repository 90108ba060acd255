package dev.polcat.bench;

import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.analyze.verify.EnvironmentFlows;
import dev.polcat.catalog.Profile;
import dev.polcat.validate.ValidatedPolicy;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The exposure report of one generated environment, from a fresh simulator each time (its classes are
 * cached per simulator, as they are per build): what the analyze stage does, from networks and host to host,
 * grants included. At 500 policies × 20 hosts that is 1.47 M probes over 3,352 services, evaluated by
 * classes of endpoint pairs (bench/README.md, "Exposure at 500×20").
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExposureBench {
    @Param({"20x5x20", "500x1x20"})
    public String catalog;

    private Profile env;
    private List<ValidatedPolicy> ordered;

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticFixture f = SyntheticFixture.of(catalog);
        env = f.result.catalog().environments().get(0);
        ordered = f.result.analysis().environments().get(0).policies().stream()
                .map(PolicyAnalysis::policy)
                .toList();
    }

    @Benchmark
    public EnvironmentFlows.Exposure exposureReport() {
        return new EnvironmentFlows(env, ordered, d -> {}).exposureReport();
    }
}
