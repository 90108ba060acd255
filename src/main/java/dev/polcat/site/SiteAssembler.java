package dev.polcat.site;

import dev.polcat.analyze.Analysis;
import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.catalog.Catalog;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.publish.Artifact;
import dev.polcat.validate.ValidatedPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The publish stage's pure half: turns the analysed catalog into every file of the site, in memory,
 * sorted by path. {@code SiteWriter} puts them on disk; {@code check} compares them with it.
 */
public final class SiteAssembler {
    private static final List<String> ASSETS = List.of("style.css", "site.js");

    private final boolean trustLayouts;

    /** {@code trustLayouts}: use the catalog's own layouts and stylesheet (see {@link Layouts}). */
    public SiteAssembler(boolean trustLayouts) {
        this.trustLayouts = trustLayouts;
    }

    public List<Artifact> assemble(Catalog catalog, List<ValidatedPolicy> policies, Analysis analysis) {
        Layouts layouts = new Layouts(catalog.root(), trustLayouts);
        PageContext ctx = new PageContext(catalog, analysis);
        List<Artifact> out = new ArrayList<>();
        // Pages are independent: assemble them on all cores; toList() keeps the order, and the result is
        // sorted anyway, so the output does not depend on scheduling.
        analysis.environments().parallelStream().map(e -> {
            List<ValidatedPolicy> ordered = e.policies().stream().map(PolicyAnalysis::policy).toList();
            List<Artifact> files = new ArrayList<>(YamlBundle.artifacts(e.env(), ordered));
            files.add(EnvironmentZip.of(e.env().name(), files));
            files.add(Artifact.text(SitePaths.environmentPage(e.env().name()),
                    layouts.render("environment.ftlh", EnvironmentPage.model(ctx, e))));
            return files;
        }).toList().forEach(out::addAll);
        out.addAll(catalog.policies().parallelStream()
                .map(p -> Artifact.text(SitePaths.policyPage(p.name()), layouts.render("policy.ftlh", PolicyPage.model(ctx, p))))
                .toList());
        out.add(Artifact.text("index.html", layouts.render("index.ftlh", IndexPage.model(ctx))));
        out.add(Artifact.text("compare.html", layouts.render("compare.ftlh", ComparePage.model(ctx))));
        out.add(Artifact.text("404.html", layouts.render("404.ftlh", ctx.base("Page not found", "", "404"))));
        out.add(CatalogIndex.artifact(catalog, analysis));
        out.add(SearchIndex.artifact(catalog, analysis));
        for (String asset : ASSETS) out.add(layouts.asset(asset));
        out.sort(Comparator.comparing(Artifact::path));
        return out;
    }
}
