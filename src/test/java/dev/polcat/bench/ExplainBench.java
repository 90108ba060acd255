package dev.polcat.bench;

import dev.polcat.analyze.Finding;
import dev.polcat.analyze.RuleExplainer;
import dev.polcat.analyze.lint.LintContext;
import dev.polcat.analyze.lint.Lints;
import dev.polcat.analyze.run.PolicyExplanation;
import dev.polcat.calico.PolicyResource;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Rule;
import dev.polcat.validate.ValidatedPolicy;
import java.util.ArrayList;
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
 * The analyze stage's units of work. {@code explainRule}: one rule as a sentence ({@link RuleExplainer}),
 * round-robin over every rule of 64 policies. {@code explainPolicy}: one policy on its own, as
 * {@code polcat explain} shows it ({@link PolicyExplanation}: summary, every rule, the lints).
 * {@code lintInEnvironment}: the lints of one policy in the context of all the policies of its
 * environment, as the build runs them (its cost may grow with the environment's size).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExplainBench {
    @Param("500x20x20")
    public String catalog;

    private record Located(Rule rule, PolicyType direction) {}

    private final RuleExplainer explainer = new RuleExplainer();
    private List<ValidatedPolicy> sample;
    private List<PolicyResource> environmentPolicies;
    private List<Located> rules;
    private int nextRule;
    private int nextPolicy;

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticFixture f = SyntheticFixture.of(catalog);
        // One environment's policies in apply order, as the analyzer sees them.
        List<ValidatedPolicy> env = f.result.analysis().environments().get(0).policies().stream()
                .map(dev.polcat.analyze.PolicyAnalysis::policy)
                .toList();
        environmentPolicies = env.stream().flatMap(v -> v.policies().stream()).toList();
        sample = SyntheticFixture.spread(env, 64);
        rules = new ArrayList<>();
        for (ValidatedPolicy v : sample) {
            for (PolicyResource p : v.policies()) {
                for (PolicyType dir : PolicyType.values())
                    p.spec().rules(dir).forEach(r -> rules.add(new Located(r, dir)));
            }
        }
    }

    private PolicyResource nextPolicy() {
        PolicyResource p = sample.get(nextPolicy).mainPolicy().orElseThrow();
        nextPolicy = (nextPolicy + 1) % sample.size();
        return p;
    }

    @Benchmark
    public String explainRule() {
        Located r = rules.get(nextRule);
        nextRule = (nextRule + 1) % rules.size();
        return explainer.explain(r.rule(), r.direction());
    }

    @Benchmark
    public PolicyExplanation explainPolicy() {
        return PolicyExplanation.of(nextPolicy());
    }

    @Benchmark
    public List<Finding> lintInEnvironment() {
        ValidatedPolicy v = sample.get(nextPolicy);
        nextPolicy = (nextPolicy + 1) % sample.size();
        List<Finding> out = new ArrayList<>();
        for (PolicyResource p : v.policies()) out.addAll(Lints.run(new LintContext(v.env(), p, environmentPolicies)));
        return out;
    }
}
