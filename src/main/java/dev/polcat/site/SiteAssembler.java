package dev.polcat.site;

import dev.polcat.analyze.Analysis;
import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.catalog.Catalog;
import dev.polcat.publish.Artifact;
import dev.polcat.publish.ArtifactSink;
import dev.polcat.render.RenderLimits;
import dev.polcat.schema.EditorSchemas;
import dev.polcat.validate.ValidatedPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns the analysed catalog into every file of the site, as {@link Artifact}s handed to a sink:
 * {@code SiteWriter} streams them to disk, {@code check} compares them with the committed site, tests
 * collect them in memory. It writes nothing itself; the only files it reads are the catalog's layouts
 * (with --trust-layouts).
 */
public final class SiteAssembler implements AutoCloseable {
    private static final List<String> ASSETS =
            List.of("style.css", "site.js", "layout.css", "layout.js", "policy.js", "search.js");

    private final boolean trustLayouts;
    private final RenderLimits limits;
    private final String commit;
    private PolicyHistory history = PolicyHistory.NONE;
    private int exposureRows = EnvironmentPage.MAX_ROWS;
    private CompletableFuture<Layouts> prepared;

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

    /** Environment pages list at most {@code rows} rows of a turned exposure matrix (tests use a few). */
    SiteAssembler withExposureRows(int rows) {
        this.exposureRows = rows;
        return this;
    }

    /** Every file of the site, in memory, sorted by path. */
    public List<Artifact> assemble(Catalog catalog, Analysis analysis) {
        ArtifactSink.Collecting out = new ArtifactSink.Collecting();
        assemble(catalog, analysis, out);
        return out.sorted();
    }

    /**
     * Starts reading and parsing the layouts on a thread of their own, so that this overlaps rendering and
     * analysis instead of opening the assemble stage; {@link #assemble} picks them up. Whoever calls this
     * calls {@link #close()} too, in case the build stops before the site is assembled.
     */
    public SiteAssembler prepareLayouts(Path catalogRoot) {
        CompletableFuture<Layouts> f = new CompletableFuture<>();
        Thread t = new Thread(
                () -> {
                    try {
                        f.complete(new Layouts(catalogRoot, trustLayouts, limits));
                    } catch (Throwable e) { // rethrown by assemble, where a layout's error belongs
                        f.completeExceptionally(e);
                    }
                },
                "polcat-layouts");
        t.setDaemon(true);
        t.start();
        prepared = f;
        return this;
    }

    /** Releases layouts prepared by {@link #prepareLayouts} and never used. */
    @Override
    public void close() {
        if (prepared != null) prepared.thenAccept(Layouts::close);
        prepared = null;
    }

    /**
     * Every file of the site, handed to {@code out} as soon as it is made (in no particular order): pages
     * are independent, so they are assembled on all cores, and none waits in memory for the others.
     */
    public void assemble(Catalog catalog, Analysis analysis, ArtifactSink out) {
        try (Layouts layouts = layouts(catalog.root())) {
            assemble(catalog, analysis, out, layouts);
        }
    }

    private Layouts layouts(Path catalogRoot) {
        CompletableFuture<Layouts> f = prepared;
        prepared = null;
        if (f == null) return new Layouts(catalogRoot, trustLayouts, limits);
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * One job per environment (its downloads, fragments and page), per policy page, and per site-wide
     * file, all on all cores: run one after another, the large site-wide files (catalog.json, the search
     * index) kept one core busy while the other had nothing left to do.
     */
    private void assemble(Catalog catalog, Analysis analysis, ArtifactSink out, Layouts layouts) {
        FileHeader header = new FileHeader(catalog.title(), commit);
        PageContext ctx = new PageContext(catalog, analysis, header, exposureRows);
        // The large jobs before the policy pages, so that the last ones to start are small and both cores
        // finish together; catalog.json and the search index first and the compare page after the
        // environments, so that no two of the largest models are in memory at once (all the environments
        // first filled a 1 GiB heap at 2,000 x 20).
        List<Runnable> jobs = new ArrayList<>();
        jobs.add(() -> CatalogIndex.write(catalog, ctx.environments(), out));
        jobs.add(() -> SearchIndex.artifacts(catalog, analysis).forEach(out::accept));
        for (var e : analysis.environments()) jobs.add(() -> environment(ctx, header, e, out, layouts));
        jobs.add(() ->
                out.accept(Artifact.text("compare.html", layouts.render("compare.ftlh", ComparePage.model(ctx)))));
        for (var p : catalog.policies()) {
            jobs.add(() -> {
                out.accept(Artifact.text(
                        SitePaths.policyPage(p.name()),
                        layouts.render("policy.ftlh", PolicyPage.model(ctx, p, history))));
                YamlFragments.artifact(ctx, p.name()).ifPresent(out::accept);
            });
        }
        jobs.add(() -> out.accept(Artifact.text("index.html", layouts.render("index.ftlh", IndexPage.model(ctx)))));
        jobs.add(() -> out.accept(Artifact.text("404.html", layouts.render("404.ftlh", NotFoundPage.model(ctx)))));
        jobs.add(() ->
                EditorSchemas.artifacts(catalog, EditorSchemas.SITE_FOLDER).forEach(out::accept));
        jobs.add(() -> ASSETS.forEach(asset -> out.accept(layouts.asset(asset))));
        runAll(jobs);
    }

    /**
     * Runs every job on all cores, each thread taking the next job as it finishes one, in list order. A
     * parallel stream split the list into ranges up front instead: the range holding the environments (the
     * largest jobs) kept one core busy for a quarter of the stage after the other had run out of work. Every
     * job runs even when one fails, so the build's clean-up never races a job still writing; the failure
     * reported is the first in job order, so the same broken layout always gives the same error.
     */
    private static void runAll(List<Runnable> jobs) {
        Throwable[] failures = new Throwable[jobs.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < jobs.size(); i = next.getAndIncrement()) {
                try {
                    jobs.get(i).run();
                } catch (RuntimeException | Error e) {
                    failures[i] = e;
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        int cores = Math.min(jobs.size(), Runtime.getRuntime().availableProcessors());
        for (int k = 1; k < cores; k++) {
            Thread t = new Thread(worker, "polcat-assemble-" + k);
            t.setDaemon(true);
            t.start();
            helpers.add(t);
        }
        worker.run();
        joinAll(helpers);
        for (Throwable f : failures) {
            if (f instanceof RuntimeException r) throw r;
            if (f instanceof Error e) throw e;
        }
    }

    /** Waits for every helper; an interrupt is kept for the caller, never lets a helper outlive the stage. */
    private static void joinAll(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private static void environment(
            PageContext ctx, FileHeader header, EnvironmentAnalysis e, ArtifactSink out, Layouts layouts) {
        List<ValidatedPolicy> ordered =
                e.policies().stream().map(PolicyAnalysis::policy).toList();
        List<Artifact> files = new ArrayList<>(YamlBundle.artifacts(header, e.env(), ordered, ctx.yamlTexts()));
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
    }
}
