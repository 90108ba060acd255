package dev.polcat.yaml;

import dev.polcat.bench.SyntheticFixture;
import dev.polcat.render.RenderedPolicy;
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
 * Reading one rendered policy back, round-robin over 64 spread over the catalog: {@code subset} is what a
 * build does ({@link StrictYamlReader#readAll}, which takes the subset reader's tree when it can),
 * {@code full} is SnakeYAML through Jackson, which the build used for every policy before. In this package
 * because the full reader alone is not public; run with {@code bench/jmh YamlReadBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class YamlReadBench {
    @Param("500x20x20")
    public String catalog;

    private final StrictYamlReader reader = new StrictYamlReader();
    private List<String> texts;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        texts = SyntheticFixture.of(catalog).renderedSample().stream()
                .map(RenderedPolicy::text)
                .toList();
    }

    private String nextText() {
        next = (next + 1) % texts.size();
        return texts.get(next);
    }

    @Benchmark
    public List<YNode> subset() throws YamlSyntaxError {
        return reader.readAll(nextText(), "bench.yaml");
    }

    @Benchmark
    public List<YNode> full() throws YamlSyntaxError {
        return reader.readFully(nextText(), "bench.yaml", true);
    }
}
