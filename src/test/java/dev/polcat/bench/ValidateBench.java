package dev.polcat.bench;

import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.FieldError;
import dev.polcat.diag.Diagnostics;
import dev.polcat.render.RenderedPolicy;
import dev.polcat.validate.PlaceholderScan;
import dev.polcat.validate.PolicyValidator;
import dev.polcat.validate.ResourceValidator;
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
 * Validating one rendered policy, round-robin over 64 spread over the catalog. {@code validatePolicy} is
 * the validate stage's unit of work ({@link PolicyValidator}: Calico's rules, the placeholder scan and the
 * duplicate-name check); {@code validateResource} is Calico's rules and the placeholder scan alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidateBench {
    @Param("500x20x20")
    public String catalog;

    private final PolicyValidator policyValidator = new PolicyValidator();
    private final ResourceValidator resourceValidator = new ResourceValidator();
    private final PlaceholderScan placeholders = new PlaceholderScan();
    private List<RenderedPolicy> rendered;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        rendered = SyntheticFixture.of(catalog).renderedSample();
    }

    private RenderedPolicy nextPolicy() {
        RenderedPolicy r = rendered.get(next);
        next = (next + 1) % rendered.size();
        return r;
    }

    @Benchmark
    public List<ValidatedPolicy> validatePolicy() {
        Diagnostics diags = new Diagnostics();
        List<ValidatedPolicy> out = policyValidator.validateAll(List.of(nextPolicy()), diags);
        if (out.isEmpty()) throw new IllegalStateException(diags.all().toString());
        return out;
    }

    @Benchmark
    public int validateResource() {
        int problems = 0;
        for (var pr : nextPolicy().resources()) {
            CalicoResource r = pr.resource();
            List<FieldError> found = resourceValidator.validate(r);
            problems += found.size() + placeholders.scan(r).size();
        }
        return problems;
    }
}
