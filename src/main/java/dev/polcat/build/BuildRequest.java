package dev.polcat.build;

import dev.polcat.render.RenderLimits;
import java.nio.file.Path;

/** What to build: the catalog folder and the limits and switches that apply. */
public record BuildRequest(Path catalogDir, RenderLimits limits, int threads, boolean strict) {
    public static BuildRequest of(Path catalogDir) {
        return new BuildRequest(catalogDir, RenderLimits.DEFAULT, Runtime.getRuntime().availableProcessors(), false);
    }

    public BuildRequest withLimits(RenderLimits newLimits) {
        return new BuildRequest(catalogDir, newLimits, threads, strict);
    }

    public BuildRequest withCatalog(Path newCatalogDir) {
        return new BuildRequest(newCatalogDir, limits, threads, strict);
    }

    public BuildRequest withStrict(boolean newStrict) {
        return new BuildRequest(catalogDir, limits, threads, newStrict);
    }
}
