package dev.polcat.build;

import dev.polcat.render.RenderLimits;
import java.nio.file.Path;

/**
 * What to build: the catalog folder and the limits and switches that apply. {@code verify} checks the
 * expected flows and the lockout guard (failures are errors); {@code flowChecks} false skips them
 * altogether; {@code strict} turns warnings into errors; {@code trustLayouts} lets the catalog's own site
 * layouts and stylesheet replace the bundled ones; {@code commit}, when not null, is the git commit the
 * downloadable files name in their header.
 */
public record BuildRequest(
        Path catalogDir,
        RenderLimits limits,
        int threads,
        boolean strict,
        boolean verify,
        boolean trustLayouts,
        boolean flowChecks,
        String commit) {

    public BuildRequest(
            Path catalogDir, RenderLimits limits, int threads, boolean strict, boolean verify, boolean trustLayouts) {
        this(catalogDir, limits, threads, strict, verify, trustLayouts, true, null);
    }

    public static BuildRequest of(Path catalogDir) {
        return new BuildRequest(
                catalogDir, RenderLimits.DEFAULT, Runtime.getRuntime().availableProcessors(), false, true, false);
    }

    /** No expected flows and no lockout guard at all: nothing simulated, nothing published ({@code --no-verify}). */
    public BuildRequest withoutFlowChecks() {
        return new BuildRequest(catalogDir, limits, threads, strict, false, trustLayouts, false, commit);
    }

    public BuildRequest withTrustLayouts(boolean trust) {
        return new BuildRequest(catalogDir, limits, threads, strict, verify, trust, flowChecks, commit);
    }

    public BuildRequest withLimits(RenderLimits newLimits) {
        return new BuildRequest(catalogDir, newLimits, threads, strict, verify, trustLayouts, flowChecks, commit);
    }

    public BuildRequest withCatalog(Path newCatalogDir) {
        return new BuildRequest(newCatalogDir, limits, threads, strict, verify, trustLayouts, flowChecks, commit);
    }

    public BuildRequest withVerify(boolean newVerify) {
        return new BuildRequest(catalogDir, limits, threads, strict, newVerify, trustLayouts, flowChecks, commit);
    }

    public BuildRequest withStrict(boolean newStrict) {
        return new BuildRequest(catalogDir, limits, threads, newStrict, verify, trustLayouts, flowChecks, commit);
    }

    public BuildRequest withCommit(String newCommit) {
        return new BuildRequest(catalogDir, limits, threads, strict, verify, trustLayouts, flowChecks, newCommit);
    }
}
