package dev.polcat.site;

import dev.polcat.analyze.Analysis;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.catalog.Catalog;
import dev.polcat.publish.Artifact;
import dev.polcat.publish.ArtifactSink;
import dev.polcat.render.RenderLimits;
import dev.polcat.schema.EditorSchemas;
import dev.polcat.validate.ValidatedPolicy;
import java.util.List;
import java.util.Set;

/**
 * Turns the analysed catalog into every file of the site, as {@link Artifact}s handed to a sink:
 * {@code SiteWriter} streams them to disk, {@code check} compares them with the committed site, tests
 * collect them in memory. It writes nothing itself; the only files it reads are the catalog's layouts
 * (with --trust-layouts).
 */
public final class SiteAssembler {
    private static final List<String> ASSETS =
            List.of("style.css", "site.js", "layout.css", "layout.js", "policy.js", "search.js");

    private final boolean trustLayouts;
    private final RenderLimits limits;
    private final String commit;
    private PolicyHistory history = PolicyHistory.NONE;

    /** {@code trustLayouts}: use the catalog's own layouts and stylesheet (see {@link Layouts}). */
    public SiteAssembler(boolean trustLayouts) {
        this(trustLayouts, RenderLimits.DEFAULT, null);
    }

    /**
     * Layouts render under {@code limits}, as policy templates do; {@code commit} is the git commit the
     * downloadable files name, or null to name none.
     */
    public SiteAssembler(boolean trustLayouts, RenderLimits limits, String commit) {
        this.trustLayouts = trustLayouts;
        this.limits = limits;
        this.commit = commit;
    }

    /** Policy pages get a History section from {@code h} (none with {@link PolicyHistory#NONE}). */
    public SiteAssembler withHistory(PolicyHistory h) {
        this.history = h;
        return this;
    }

    /** Every file of the site, in memory, sorted by path. */
    public List<Artifact> assemble(Catalog catalog, Analysis analysis) {
        ArtifactSink.Collecting out = new ArtifactSink.Collecting();
        assemble(catalog, analysis, out);
        return out.sorted();
    }

    /**
     * Every file of the site, handed to {@code out} as soon as it is made (in no particular order): pages
     * are independent, so they are assembled on all cores, and none waits in memory for the others.
     */
    public void assemble(Catalog catalog, Analysis analysis, ArtifactSink out) {
        try (Layouts layouts = new Layouts(catalog.root(), trustLayouts, limits)) {
            assemble(catalog, analysis, out, layouts);
        }
    }

    private void assemble(Catalog catalog, Analysis analysis, ArtifactSink out, Layouts layouts) {
        FileHeader header = new FileHeader(catalog.title(), commit);
        PageContext ctx = new PageContext(catalog, analysis, header);
        analysis.environments().parallelStream().forEach(e -> {
            List<ValidatedPolicy> ordered =
                    e.policies().stream().map(PolicyAnalysis::policy).toList();
            List<Artifact> files =
                    new java.util.ArrayList<>(YamlBundle.artifacts(header, e.env(), ordered, ctx.yamlTexts()));
            files.add(Kustomization.artifact(header, e.env(), ordered));
            Set<String> ownStaged = StagedPolicies.defined(ordered);
            ordered.forEach(
                    v -> StagedPolicies.artifact(header, e.env(), v, ownStaged).ifPresent(files::add));
            StagedPolicies.tiers(header, e.env(), ordered).ifPresent(files::add);
            FelixPatch.artifact(header, e.env()).ifPresent(files::add);
            files.forEach(out::accept);
            out.accept(EnvironmentZip.of(e.env().name(), files));
            out.accept(Artifact.text(
                    SitePaths.environmentPage(e.env().name()),
                    layouts.render("environment.ftlh", EnvironmentPage.model(ctx, e))));
        });
        catalog.policies().parallelStream().forEach(p -> {
            out.accept(Artifact.text(
                    SitePaths.policyPage(p.name()), layouts.render("policy.ftlh", PolicyPage.model(ctx, p, history))));
            YamlFragments.artifact(ctx, p.name()).ifPresent(out::accept);
        });
        out.accept(Artifact.text("index.html", layouts.render("index.ftlh", IndexPage.model(ctx))));
        out.accept(Artifact.text("compare.html", layouts.render("compare.ftlh", ComparePage.model(ctx))));
        out.accept(Artifact.text("404.html", layouts.render("404.ftlh", NotFoundPage.model(ctx))));
        out.accept(CatalogIndex.artifact(catalog, ctx.environments()));
        SearchIndex.artifacts(catalog, analysis).forEach(out::accept);
        EditorSchemas.artifacts(catalog, EditorSchemas.SITE_FOLDER).forEach(out::accept);
        for (String asset : ASSETS) out.accept(layouts.asset(asset));
    }
}
