package dev.polcat.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.catalog.Catalog;
import dev.polcat.diag.Diagnostics;
import dev.polcat.load.CatalogLoader;
import dev.polcat.render.PolicyRenderer;
import dev.polcat.render.RenderLimits;
import dev.polcat.render.RenderedPolicy;
import dev.polcat.validate.PolicyValidator;
import dev.polcat.validate.ValidatedPolicy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build checks each policy on the thread that rendered it and keeps only the check: the same
 * validated policies and messages as rendering everything first, without any parsed document kept.
 */
class RenderThenCheckTest {
    private static final Path ROOT = Path.of("");

    /** What a validated policy is, positions as text (a position index has no equality of its own). */
    private static List<String> summary(List<ValidatedPolicy> policies) {
        return policies.stream()
                .map(v -> v.env().name() + " " + v.policy().name() + " " + v.resources() + " "
                        + new java.util.TreeMap<>(v.positions()).keySet() + " "
                        + v.positions().values().stream()
                                .map(p -> p.at("spec.ingress[0]").toString())
                                .toList())
                .toList();
    }

    @Test
    void checkingAsRenderedGivesWhatCheckingAfterwardsGives() {
        Catalog catalog = new CatalogLoader().load(ROOT, new Diagnostics());
        PolicyValidator validator = new PolicyValidator();

        Diagnostics afterwards = new Diagnostics();
        List<ValidatedPolicy> before;
        try (PolicyRenderer r = new PolicyRenderer(ROOT, RenderLimits.DEFAULT, 2)) {
            before = validator.validateAll(r.renderAll(catalog, afterwards), afterwards);
        }
        Diagnostics asRendered = new Diagnostics();
        List<PolicyValidator.Checked> checked;
        try (PolicyRenderer r = new PolicyRenderer(ROOT, RenderLimits.DEFAULT, 2)) {
            checked = r.renderAll(catalog, asRendered, n -> {}, validator::check);
        }
        List<ValidatedPolicy> now = validator.validateChecked(checked, asRendered);

        assertFalse(now.isEmpty());
        assertEquals(summary(before), summary(now));
        assertEquals(afterwards.all(), asRendered.all());
        for (PolicyValidator.Checked c : checked) {
            RenderedPolicy kept = c.rendered();
            assertTrue(kept.resources().isEmpty(), "no parsed documents kept for " + kept.renderedFile());
            assertEquals("", kept.text());
            assertFalse(c.resources().isEmpty());
        }
    }
}
