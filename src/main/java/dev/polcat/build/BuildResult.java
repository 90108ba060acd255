package dev.polcat.build;

import dev.polcat.analyze.Analysis;
import dev.polcat.catalog.Catalog;
import dev.polcat.diag.Diagnostics;
import dev.polcat.publish.Artifact;
import dev.polcat.validate.ValidatedPolicy;
import java.util.List;

/**
 * The outcome of a build: what each stage produced (null or empty after the stage that failed) and
 * every diagnostic. Nothing has been written to disk.
 */
public record BuildResult(
        Catalog catalog,
        List<ValidatedPolicy> policies,
        Analysis analysis,
        List<Artifact> artifacts,
        Diagnostics diagnostics) {

    public boolean failed() {
        return diagnostics.hasErrors();
    }
}
