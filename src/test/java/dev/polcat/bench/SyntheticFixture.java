package dev.polcat.bench;

import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A generated synthetic catalog (fixed seed), analysed once per JVM: what the benchmarks' {@code @Setup}
 * methods start from. Not a test and not a benchmark. The catalog lives in a temporary folder that is
 * deleted when the JVM exits.
 */
public final class SyntheticFixture {
    /** The seed of every benchmark catalog, so runs compare like with like. */
    public static final long SEED = 1;

    private static final Map<String, SyntheticFixture> CACHE = new HashMap<>();

    public final int policies;
    public final int envs;
    public final int hosts;
    public final Path dir;
    public final BuildResult result;

    private SyntheticFixture(int policies, int envs, int hosts) {
        this.policies = policies;
        this.envs = envs;
        this.hosts = hosts;
        try {
            Path root = Files.createTempDirectory("polcat-jmh-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            this.dir = root.resolve("catalog");
            new SyntheticCatalog(policies, envs, hosts, SEED).writeTo(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.result = new Build().analyze(BuildRequest.of(dir));
        if (result.failed()) {
            throw new IllegalStateException("the synthetic catalog did not build:\n"
                    + result.diagnostics().all().stream()
                            .filter(Diagnostic::isError)
                            .limit(20)
                            .map(Object::toString)
                            .collect(Collectors.joining("\n")));
        }
    }

    /**
     * The catalog of the given size, {@code POLICIESxENVSxHOSTS} (hosts per environment), e.g.
     * {@code 500x20x20}; made on first use in this JVM.
     */
    public static synchronized SyntheticFixture of(String size) {
        return CACHE.computeIfAbsent(size, s -> {
            String[] parts = s.split("x");
            if (parts.length != 3) throw new IllegalArgumentException("size must be POLICIESxENVSxHOSTS, not " + s);
            return new SyntheticFixture(
                    Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        });
    }

    /** {@code n} items spread evenly over {@code all} (all of them when there are fewer), in order. */
    public static <T> List<T> spread(List<T> all, int n) {
        if (all.size() <= n) return List.copyOf(all);
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> all.get((int) ((long) i * all.size() / n)))
                .toList();
    }

    /**
     * 64 policies spread over the catalog, each rendered for one environment (round-robin), as the
     * per-policy benchmarks read, validate or write them.
     */
    public List<dev.polcat.render.RenderedPolicy> renderedSample() {
        var cat = result.catalog();
        var envs = cat.environments();
        var policies = spread(cat.policies(), 64);
        List<dev.polcat.render.RenderedPolicy> out = new java.util.ArrayList<>();
        try (var renderer =
                new dev.polcat.render.PolicyRenderer(cat.root(), dev.polcat.render.RenderLimits.DEFAULT, 1)) {
            for (int i = 0; i < policies.size(); i++) {
                out.addAll(renderer.render(
                        cat,
                        List.of(envs.get(i % envs.size())),
                        List.of(policies.get(i)),
                        new dev.polcat.diag.Diagnostics()));
            }
        }
        return out;
    }

    private static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: it is a temporary folder
        }
    }
}
