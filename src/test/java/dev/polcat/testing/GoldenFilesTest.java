package dev.polcat.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Golden files (README's sample included) are rewritten only on the explicit flag, and never on CI. */
class GoldenFilesTest {
    @Test
    void withoutTheFlagNothingIsRewritten() {
        assertFalse(GoldenFiles.updating(false, Map.of()));
        assertFalse(GoldenFiles.updating(false, Map.of("CI", "true")));
    }

    @Test
    void theFlagRewritesOffCi() {
        assertTrue(GoldenFiles.updating(true, Map.of()));
    }

    @Test
    void theFlagFailsOnCi() {
        AssertionFailedError e =
                assertThrows(AssertionFailedError.class, () -> GoldenFiles.updating(true, Map.of("CI", "")));
        assertEquals("refusing to rewrite golden files with -Dpolcat.updateGolden=true when CI is set", e.getMessage());
    }
}
