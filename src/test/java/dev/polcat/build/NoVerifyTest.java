package dev.polcat.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.analyze.EnvironmentAnalysis;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code build --no-verify} simulates no expected flows and no lockout guard, so it publishes none. */
class NoVerifyTest {
    private static final Path ROOT = Path.of("");

    @Test
    void computesNoFlowChecksWithoutVerify() {
        BuildResult checked = new Build().analyze(BuildRequest.of(ROOT));
        BuildResult skipped = new Build().analyze(BuildRequest.of(ROOT).withoutFlowChecks());
        assertFalse(checked.failed());
        assertFalse(skipped.failed());
        assertTrue(
                checked.analysis().environments().stream()
                        .anyMatch(e -> !e.checks().isEmpty()),
                "the example catalog has expected flows and guards");
        assertEquals(
                0,
                skipped.analysis().environments().stream()
                        .mapToInt(e -> e.checks().size())
                        .sum());
        assertEquals(
                checked.analysis().environments().stream()
                        .map(EnvironmentAnalysis::exposure)
                        .toList(),
                skipped.analysis().environments().stream()
                        .map(EnvironmentAnalysis::exposure)
                        .toList(),
                "the exposure report is made either way");
    }
}
