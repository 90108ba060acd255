package dev.polcat.analyze.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.polcat.catalog.Host;
import dev.polcat.net.Cidr;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Simulates every flow of {@code flow/flows.txt} against {@code flow/policies.yaml} and compares the
 * verdicts, explanations and full trails with {@code flow/trails.txt} as a whole. Run with
 * {@code -Dpolcat.updateGolden=true} to rewrite the expected file (refused when {@code CI} is set); review
 * the change like code.
 */
class TrailGoldenTest {
    private static final Path DIR = Path.of("src", "test", "resources", "flow");
    private static final Path EXPECTED = DIR.resolve("trails.txt");

    static final List<Host> PROD = List.of(
            FlowFixtures.host("prod-cp-1", "bond0", List.of("10.30.1.21"), "role", "control-plane"),
            FlowFixtures.host("prod-cp-2", "bond0", List.of("10.30.1.22"), "role", "control-plane"),
            FlowFixtures.host("prod-worker-1", "bond0", List.of("10.30.1.31"), "role", "worker"),
            new Host(
                    "prod-lb-1",
                    "eth0",
                    List.of(Cidr.of("10.30.2.5")),
                    new java.util.TreeMap<>(java.util.Map.of("role", "lb")),
                    dev.polcat.diag.SourcePos.of("test")));

    @Test
    void trailsMatchTheGoldenFile() throws IOException {
        String actual = simulateAll();
        if (Boolean.getBoolean("polcat.updateGolden")) {
            if (System.getenv("CI") != null) {
                fail("refusing to rewrite " + EXPECTED + " with -Dpolcat.updateGolden=true when CI is set");
            }
            Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.readString(EXPECTED, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail(EXPECTED + " differs from the simulated trails (rerun with -Dpolcat.updateGolden=true to accept):\n"
                    + unifiedDiff(expected, actual));
        }
    }

    @Test
    void trailsAreDeterministicAndCoverEveryStage() throws IOException {
        String all = simulateAll();
        assertEquals(all, simulateAll());
        for (Stage s : Stage.values())
            assertTrue(all.contains("\n" + s.label() + ": "), "no " + s.label() + " step in the golden trails");
        for (Outcome o : List.of(
                Outcome.PARTIAL_MATCH, Outcome.LOGGED, Outcome.PASSED, Outcome.DEFAULT_DENIED, Outcome.DROPPED)) {
            assertTrue(all.contains(word(o)), "no " + o + " step in the golden trails");
        }
    }

    private static String word(Outcome o) {
        return switch (o) {
            case PARTIAL_MATCH -> "matches only part of the flow";
            case LOGGED -> "matched Log";
            case PASSED -> "matched Pass";
            case DEFAULT_DENIED -> "end of tier default → Deny";
            default -> "→ drop";
        };
    }

    private static String simulateAll() throws IOException {
        var resources = FlowFixtures.resources(Files.readString(DIR.resolve("policies.yaml"), StandardCharsets.UTF_8));
        FlowSimulator sim = null;
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(DIR.resolve("flows.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (line.startsWith("failsafe ")) {
                String[] lists = line.substring("failsafe ".length()).split("\\|");
                FailsafePorts failsafe = FailsafePorts.parse(lists[0], lists[1]);
                sim = new FlowSimulator(resources, PROD, failsafe);
                assertEquals(List.of(), sim.warnings());
                continue;
            }
            if (sim == null) throw new AssertionError("flows.txt must set failsafe before the first flow");
            Verdict v = sim.simulate(FlowSyntax.parse(line));
            out.append("## ")
                    .append(line)
                    .append("   [failsafe ")
                    .append(sim.failsafe())
                    .append("]\n")
                    .append(v.explain())
                    .append('\n')
                    .append(v.trailText())
                    .append('\n');
        }
        return out.toString();
    }

    private static String unifiedDiff(String expected, String actual) {
        List<String> before = expected.lines().toList();
        List<String> after = actual.lines().toList();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(
                "expected/" + EXPECTED.getFileName(),
                "actual/" + EXPECTED.getFileName(),
                before,
                DiffUtils.diff(before, after),
                2);
        return diff.isEmpty() ? "(only line endings or the final newline differ)" : String.join("\n", diff);
    }
}
