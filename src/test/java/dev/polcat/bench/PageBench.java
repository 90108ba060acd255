package dev.polcat.bench;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.site.SiteBenchAccess;
import dev.polcat.site.YamlBundle;
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
 * The assemble stage's units of work, on the analysed catalog. {@code policyPage}: one
 * {@code policies/NAME.html} (model and layout; it has a section per environment, so it grows with the
 * number of environments), round-robin over 64 policies. {@code environmentPage}: one
 * {@code environments/ENV.html} (it lists every policy of the environment). {@code indexPage}: the index.
 * {@code policyYaml}: one {@code download/ENV/NAME.yaml} file.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PageBench {
    @Param("500x20x20")
    public String catalog;

    private SiteBenchAccess site;
    private List<PolicyTemplate> policies;
    private List<EnvironmentAnalysis> envs;
    private List<ValidatedPolicy> yamls;
    private int nextPolicy;
    private int nextEnv;
    private int nextYaml;

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticFixture f = SyntheticFixture.of(catalog);
        site = new SiteBenchAccess(f.result.catalog(), f.result.analysis());
        policies = SyntheticFixture.spread(f.result.catalog().policies(), 64);
        envs = f.result.analysis().environments();
        yamls = SyntheticFixture.spread(
                envs.get(0).policies().stream().map(PolicyAnalysis::policy).toList(), 64);
    }

    @Benchmark
    public String policyPage() {
        PolicyTemplate p = policies.get(nextPolicy);
        nextPolicy = (nextPolicy + 1) % policies.size();
        return site.policyPage(p);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public String environmentPage() {
        EnvironmentAnalysis e = envs.get(nextEnv);
        nextEnv = (nextEnv + 1) % envs.size();
        return site.environmentPage(e);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public String indexPage() {
        return site.indexPage();
    }

    @Benchmark
    public String policyYaml() {
        ValidatedPolicy v = yamls.get(nextYaml);
        nextYaml = (nextYaml + 1) % yamls.size();
        return YamlBundle.policyFile(new dev.polcat.site.FileHeader("bench", null), v);
    }
}
