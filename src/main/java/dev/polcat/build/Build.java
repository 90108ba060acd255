package dev.polcat.build;

import dev.polcat.analyze.Analysis;
import dev.polcat.analyze.run.Analyzer;
import dev.polcat.analyze.verify.EnvironmentFlows;
import dev.polcat.analyze.verify.ExposureMemo;
import dev.polcat.catalog.Catalog;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.Diagnostics;
import dev.polcat.load.CatalogLoader;
import dev.polcat.publish.Artifact;
import dev.polcat.publish.ArtifactSink;
import dev.polcat.render.PolicyRenderer;
import dev.polcat.render.RenderedOrigins;
import dev.polcat.render.RenderedPolicy;
import dev.polcat.schema.EditorSchemas;
import dev.polcat.site.LayoutException;
import dev.polcat.site.PolicyHistory;
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
    private final PolicyHistory history;
    private final ExposureMemo memo;

    public Build() {
        this(BuildListener.NONE);
    }

    public Build(BuildListener listener) {
        this(listener, PolicyHistory.NONE);
    }

    /** {@code history}: each policy's commits, read from git beforehand, for the policy pages. */
    public Build(BuildListener listener, PolicyHistory history) {
        this(listener, history, null);
    }

    /**
     * {@code memo}: the previous build's exposure reports, reused for each environment whose profile and
     * rendered policies are unchanged ({@code serve}); null for none.
     */
    public Build(BuildListener listener, PolicyHistory history, ExposureMemo memo) {
        this.listener = listener;
        this.history = history;
        this.memo = memo;
    }

    /** The whole pipeline, keeping every file of the site in memory (tests, serve, check of small sites). */
    public BuildResult run(BuildRequest request) {
        ArtifactSink.Collecting files = new ArtifactSink.Collecting();
        BuildResult r = run(request, files);
        return r.failed()
                ? r
                : new BuildResult(r.catalog(), r.policies(), r.analysis(), files.sorted(), r.diagnostics());
    }

    /** Everything up to the analysis; no site is assembled ({@code diff}, {@code verify}, {@code why}). */
    public BuildResult analyze(BuildRequest request) {
        return run(request, null);
    }

    /**
     * The whole pipeline, handing each file of the site to {@code out} as soon as it is made, so a large
     * site never sits in memory. The result's artifact list is empty. With {@code out} null, stops after
     * the analysis.
     */
    public BuildResult run(BuildRequest request, ArtifactSink out) {
        Diagnostics diags = new Diagnostics();
        if (request.strict()) diags.promoteWarnings(); // every warning, whichever stage adds it
        Catalog catalog = timed("load", 0, () -> load(request, diags));
        if (diags.hasErrors()) return new BuildResult(catalog, List.of(), null, List.of(), diags);
        try (SiteAssembler site = out == null
                ? null
                : new SiteAssembler(request.trustLayouts(), request.limits(), request.commit())
                        .withHistory(history)
                        .prepareLayouts(catalog.root())) {
            Analyzed analyzed = renderThroughAnalysis(request, catalog, diags);
            List<ValidatedPolicy> policies = analyzed.policies();
            Analysis analysis = analyzed.analysis();
            if (analysis == null) return new BuildResult(catalog, policies, null, List.of(), diags);
            if (diags.hasErrors() || site == null)
                return new BuildResult(catalog, policies, analysis, List.of(), diags);
            if (!request.trustLayouts()) LayoutOverrides.warnIfPresent(catalog.root(), diags);
            try {
                timed("assemble", 0, () -> {
                    site.assemble(catalog, analysis, out);
                    return null;
                });
            } catch (LayoutException e) { // a layout's error is the author's, at the layout's line: not a crash
                diags.add(e.diagnostic());
            }
            return new BuildResult(catalog, policies, analysis, List.of(), diags);
        }
    }

    /** The validated policies, and their analysis: null when validation failed. */
    private record Analyzed(List<ValidatedPolicy> policies, Analysis analysis) {}

    /**
     * Render, validate and analyze, with the analysis' messages moved to the template lines. A method of its
     * own so that what only messages need (every rendered file's source map) is garbage once it returns,
     * before the site is assembled.
     */
    private Analyzed renderThroughAnalysis(BuildRequest request, Catalog catalog, Diagnostics diags) {
        Rendered rendered = renderAndValidate(request, catalog, diags);
        List<ValidatedPolicy> policies = rendered.policies();
        if (diags.hasErrors()) return new Analyzed(policies, null);
        Analysis analysis = timed(
                "analyze",
                catalog.environments().size(),
                () -> new Analyzer(request.verify(), request.flowChecks(), memo).analyze(catalog, policies, diags));
        diags.replaceAll(rendered.origins()::relocate);
        return new Analyzed(policies, analysis);
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
        if (request.strict()) diags.promoteWarnings();
        Catalog catalog = load(request, diags);
        if (diags.hasErrors()) return new BuildResult(catalog, List.of(), null, List.of(), diags);
        List<ValidatedPolicy> policies =
                renderAndValidate(request, catalog, diags).policies();
        return new BuildResult(catalog, policies, null, List.of(), diags);
    }

    /**
     * The catalog alone, as read ({@code render --raw}, which must name an unknown environment or policy
     * before rendering anything).
     */
    public Catalog loadOnly(BuildRequest request, Diagnostics diags) {
        return new CatalogLoader().load(request.catalogDir(), diags);
    }

    /**
     * The templates' output before validation ({@code render --raw}): {@code policies} rendered for
     * {@code env}, one at a time, in order. Errors go to {@code diags}.
     */
    public List<RenderedPolicy> renderRaw(
            BuildRequest request, Catalog catalog, Profile env, List<PolicyTemplate> policies, Diagnostics diags) {
        try (PolicyRenderer r = new PolicyRenderer(catalog.root(), request.limits(), 1)) {
            return r.render(catalog, List.of(env), policies, diags);
        }
    }

    /**
     * The editor schemas only ({@code polcat schema}): they are made from the policies' docs, so profiles
     * are not read, and a broken profile (what the schemas help fix) does not stop them.
     */
    public BuildResult schemas(BuildRequest request) {
        Diagnostics diags = new Diagnostics();
        Catalog catalog = new CatalogLoader().loadPolicies(request.catalogDir(), diags);
        List<Artifact> files = diags.hasErrors() ? List.of() : EditorSchemas.artifacts(catalog, "");
        return new BuildResult(catalog, List.of(), null, files, diags);
    }

    /**
     * The catalog, with the settings only later stages read checked now (Felix's failsafe lists), so
     * every command that loads a catalog reports them and none answers from settings that do not parse.
     */
    private static Catalog load(BuildRequest request, Diagnostics diags) {
        Catalog catalog = new CatalogLoader().load(request.catalogDir(), diags);
        catalog.environments().forEach(env -> EnvironmentFlows.failsafe(env, diags::add));
        return catalog;
    }

    /** The validated policies, and where their rendered text came from (for the analysis' diagnostics). */
    private record Rendered(List<ValidatedPolicy> policies, RenderedOrigins origins) {}

    private Rendered renderAndValidate(BuildRequest request, Catalog catalog, Diagnostics diags) {
        try (PolicyRenderer renderer = new PolicyRenderer(catalog.root(), request.limits(), request.threads())) {
            int jobs = catalog.environments().stream()
                    .mapToInt(e -> (int) catalog.policies().stream()
                            .filter(p -> e.isEnabled(p.name()))
                            .count())
                    .sum();
            PolicyValidator validator = new PolicyValidator();
            // each policy is checked on the thread that rendered it, so its parsed documents go at once
            List<PolicyValidator.Checked> checked = timed(
                    "render", jobs, () -> renderer.renderAll(catalog, diags, listener::progress, validator::check));
            List<ValidatedPolicy> validated = timed("validate", 0, () -> validator.validateChecked(checked, diags));
            RenderedOrigins origins = new RenderedOrigins(
                    checked.stream().map(PolicyValidator.Checked::rendered).toList());
            diags.replaceAll(origins::relocate);
            return new Rendered(validated, origins);
        }
    }
}
