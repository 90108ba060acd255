package dev.polcat.site;

import dev.polcat.analyze.Analysis;
import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.catalog.Catalog;
import dev.polcat.catalog.PolicyTemplate;

/**
 * Test-only entry point for the JMH benchmarks in {@code dev.polcat.bench}: assembles single pages the way
 * {@link SiteAssembler} does (bundled layouts; each policy's YAML already written, as the environments'
 * bundles are made before the policy pages), so one page can be timed on its own.
 */
public final class SiteBenchAccess {
    private final Layouts layouts;
    private final PageContext ctx;

    public SiteBenchAccess(Catalog catalog, Analysis analysis) {
        this.layouts = new Layouts(catalog.root(), false, dev.polcat.render.RenderLimits.DEFAULT);
        this.ctx = new PageContext(catalog, analysis, new FileHeader(catalog.title(), null));
        for (EnvironmentAnalysis e : analysis.environments()) {
            YamlBundle.artifacts(
                    ctx.header(),
                    e.env(),
                    e.policies().stream().map(PolicyAnalysis::policy).toList(),
                    ctx.yamlTexts());
        }
    }

    /** {@code policies/NAME.html}: the model and the layout. */
    public String policyPage(PolicyTemplate p) {
        return layouts.render("policy.ftlh", PolicyPage.model(ctx, p));
    }

    /** {@code environments/ENV.html}. */
    public String environmentPage(EnvironmentAnalysis e) {
        return layouts.render("environment.ftlh", EnvironmentPage.model(ctx, e));
    }

    /** {@code index.html}: the one page that lists the whole catalog. */
    public String indexPage() {
        return layouts.render("index.ftlh", IndexPage.model(ctx));
    }
}
