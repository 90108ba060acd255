package dev.polcat.build;

import dev.polcat.analyze.Analysis;
import dev.polcat.analyze.Analyzer;
import dev.polcat.catalog.Catalog;
import dev.polcat.diag.Diagnostics;
import dev.polcat.load.CatalogLoader;
import dev.polcat.publish.Artifact;
import dev.polcat.render.PolicyRenderer;
import dev.polcat.render.RenderedPolicy;
import dev.polcat.site.SiteAssembler;
import dev.polcat.validate.PolicyValidator;
import dev.polcat.validate.ValidatedPolicy;
import java.util.List;

/**
 * The pipeline, in one place: load → render → validate → analyze → assemble. The only class that knows
 * every stage. It writes nothing: commands decide what to do with the artifacts.
 */
public final class Build {

    private final BuildListener listener;

    public Build() {
        this(BuildListener.NONE);
    }

    public Build(BuildListener listener) {
        this.listener = listener;
    }

    public BuildResult run(BuildRequest request) {
        Diagnostics diags = new Diagnostics();
        Catalog catalog = timed("load", 0, () -> new CatalogLoader().load(request.catalogDir(), diags));
        if (diags.hasErrors()) return new BuildResult(catalog, List.of(), null, List.of(), diags);
        List<ValidatedPolicy> policies = renderAndValidate(request, catalog, diags);
        if (diags.hasErrors()) return new BuildResult(catalog, policies, null, List.of(), diags);
        Analysis analysis = timed("analyze", catalog.environments().size(),
                () -> new Analyzer(request.verify()).analyze(catalog, policies, diags));
        if (request.strict()) promoteWarnings(diags);
        if (diags.hasErrors()) return new BuildResult(catalog, policies, analysis, List.of(), diags);
        if (!request.trustLayouts()) LayoutOverrides.warnIfPresent(catalog.root(), diags);
        List<Artifact> artifacts = timed("assemble", 0,
                () -> new SiteAssembler(request.trustLayouts()).assemble(catalog, policies, analysis));
        return new BuildResult(catalog, policies, analysis, artifacts, diags);
    }

    private <T> T timed(String stage, int total, java.util.function.Supplier<T> work) {
        listener.stageStarted(stage, total);
        long start = System.nanoTime();
        T result = work.get();
        listener.stageFinished(stage, System.nanoTime() - start);
        return result;
    }

    /** Load, render and validate only: what {@code validate} and {@code render} need. */
    public BuildResult check(BuildRequest request) {
        Diagnostics diags = new Diagnostics();
        Catalog catalog = new CatalogLoader().load(request.catalogDir(), diags);
        if (diags.hasErrors()) return new BuildResult(catalog, List.of(), null, List.of(), diags);
        List<ValidatedPolicy> policies = renderAndValidate(request, catalog, diags);
        return new BuildResult(catalog, policies, null, List.of(), diags);
    }

    private List<ValidatedPolicy> renderAndValidate(BuildRequest request, Catalog catalog, Diagnostics diags) {
        try (PolicyRenderer renderer = new PolicyRenderer(catalog.root(), request.limits(), request.threads())) {
            int jobs = catalog.environments().stream()
                    .mapToInt(e -> (int) catalog.policies().stream().filter(p -> e.isEnabled(p.name())).count()).sum();
            List<RenderedPolicy> rendered = timed("render", jobs, () -> renderer.renderAll(catalog, diags, listener::progress));
            return timed("validate", 0, () -> new PolicyValidator().validateAll(rendered, diags));
        }
    }

    private static void promoteWarnings(Diagnostics diags) {
        diags.promoteWarnings();
    }
}
