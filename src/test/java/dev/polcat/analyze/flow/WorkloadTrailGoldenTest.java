package dev.polcat.analyze.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.polcat.testing.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One golden trail file per workload semantic rule: each directory under {@code flow/workloads/} holds the
 * policies ({@code policies.yaml}), the flows ({@code flows.txt}, one per line, each with the verdict it
 * must get: {@code allowed} or {@code denied} first), and the expected verdicts and trails
 * ({@code trails.txt}) against {@link FlowFixtures#cluster}'s hosts, namespaces and workloads. Run with
 * {@code -Dpolcat.updateGolden=true} to rewrite the trails (refused when {@code CI} is set); the verdict
 * written in flows.txt is checked either way, so a rewrite cannot accept a wrong verdict. A line
 * {@code mode staged} switches to "every staged policy enforced", {@code mode enforced} back.
 */
class WorkloadTrailGoldenTest {
    private static final Path DIR = Path.of("src", "test", "resources", "flow", "workloads");

    static Stream<String> rules() throws IOException {
        try (Stream<Path> dirs = Files.list(DIR)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void trailsMatchTheGoldenFile(String rule) throws IOException {
        Path dir = DIR.resolve(rule);
        String actual = simulateAll(dir);
        assertEquals(actual, simulateAll(dir), "trails are deterministic");
        Path expected = dir.resolve("trails.txt");
        if (GoldenFiles.updating()) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        String want = Files.readString(expected, StandardCharsets.UTF_8);
        if (!want.equals(actual)) {
            List<String> a = want.lines().toList();
            List<String> b = actual.lines().toList();
            fail(expected + " differs (rerun with -Dpolcat.updateGolden=true to accept):\n"
                    + String.join(
                            "\n",
                            UnifiedDiffUtils.generateUnifiedDiff("expected", "actual", a, DiffUtils.diff(a, b), 2)));
        }
    }

    private static String simulateAll(Path dir) throws IOException {
        String yaml = Files.readString(dir.resolve("policies.yaml"), StandardCharsets.UTF_8);
        FlowSimulator sim = FlowFixtures.cluster(yaml);
        assertEquals(List.of(), sim.warnings());
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(dir.resolve("flows.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (line.startsWith("mode ")) {
                sim = line.equals("mode staged") ? FlowFixtures.cluster(yaml, true) : FlowFixtures.cluster(yaml);
                out.append("# ").append(line).append("\n\n");
                continue;
            }
            String[] parts = line.split(" ", 2);
            assertTrue(
                    parts[0].equals("allowed") || parts[0].equals("denied"),
                    "flows.txt lines start with allowed or denied: " + line);
            Verdict v = sim.simulate(FlowSyntax.parse(parts[1]));
            assertEquals(parts[0], v.word(), parts[1] + "\n" + v.trailText());
            out.append("## ")
                    .append(parts[1])
                    .append('\n')
                    .append(v.explain())
                    .append('\n')
                    .append(v.trailText())
                    .append('\n');
        }
        return out.toString();
    }
}
