package dev.polcat.site;

import dev.polcat.load.InputError;
import dev.polcat.load.InputFiles;
import dev.polcat.publish.Artifact;
import dev.polcat.render.GuardedTemplateLoader;
import dev.polcat.render.LockedDownConfiguration;
import dev.polcat.render.RenderLimits;
import dev.polcat.render.SandboxedRenderer;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.Configuration;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Renders site pages from {@code .ftlh} layouts (HTML auto-escaped). A catalog may override any bundled
 * layout by putting a file of the same name in {@code templates/layouts/}, and the stylesheet with
 * {@code templates/layouts/assets/style.css} — but only when the build trusts them: a layout writes the
 * page's HTML (it could drop the Content-Security-Policy), so overrides from an unreviewed pull request
 * must not reach readers. Scripts are never taken from the catalog. Trusted or not, layouts run in the
 * template sandbox (same configuration, limits and diagnostics as policy templates), and a symbolic
 * link among the overrides is an error, never silently replaced by the bundled layout.
 */
final class Layouts implements AutoCloseable {
    static final String BUNDLED = "/dev/polcat/site/layouts";

    private final Configuration cfg;
    private final InputFiles files;
    private final Path ownLayouts;
    private final Path ownAssets;
    private final boolean trusted;
    private final SandboxedRenderer sandbox;

    /** A page beyond this is a runaway layout, not a page. */
    private static final int MAX_PAGE_CHARS = 256 * 1024 * 1024;

    static final Set<String> OVERRIDABLE_ASSETS = Set.of("style.css");

    Layouts(Path catalogRoot, boolean trustOverrides, RenderLimits limits) {
        this.files = new InputFiles(catalogRoot);
        this.ownLayouts = catalogRoot.resolve("templates").resolve("layouts");
        this.ownAssets = ownLayouts.resolve("assets");
        this.trusted = trustOverrides;
        if (trustOverrides) {
            refuseLinks();
            TemplateLoader bundled = new ClassTemplateLoader(Layouts.class, BUNDLED);
            this.cfg = configuration(
                    new MultiTemplateLoader(new TemplateLoader[] {new GuardedTemplateLoader(ownLayouts), bundled}));
        } else {
            this.cfg = BundledConfiguration.INSTANCE;
        }
        this.sandbox = new SandboxedRenderer(
                new RenderLimits(limits.timeout(), limits.maxOutputChars(), limits.stackBytes()),
                Runtime.getRuntime().availableProcessors());
        if (trustOverrides) prepareOverrides();
        prepareBundled();
    }

    /** The FreeMarker configuration the pages render with (tests: which builds share one). */
    Configuration configuration() {
        return cfg;
    }

    private static Configuration configuration(TemplateLoader loader) {
        Configuration c = LockedDownConfiguration.create(loader);
        c.setCacheStorage(new StrongCacheStorage()); // prepared (interruption-checked) templates stay prepared
        return c;
    }

    /**
     * polcat's own layouts, parsed once per process: they cannot change while it runs, and parsing them was
     * a tenth of every {@code polcat serve} rebuild. A catalog's trusted overrides get a configuration per
     * build instead, since their files can change between builds.
     */
    private static final class BundledConfiguration {
        static final Configuration INSTANCE = configuration(new ClassTemplateLoader(Layouts.class, BUNDLED));
    }

    private static final java.util.List<String> PAGES =
            java.util.List.of("base.ftlh", "404.ftlh", "compare.ftlh", "environment.ftlh", "index.ftlh", "policy.ftlh");

    /**
     * Parsed (and given interruption checks) before the first page, outside any render's time limit: a
     * slow, busy machine must not make polcat's own layouts miss the deadline meant for runaway loops.
     */
    private void prepareBundled() {
        for (String page : PAGES) {
            try {
                sandbox.prepare(cfg.getTemplate(page));
            } catch (IOException | RuntimeException e) {
                // an override that does not parse is reported, at its line, by the page that uses it
            }
        }
    }

    /** A link among the overrides would be skipped by the loader, and the bundled layout used instead. */
    private void refuseLinks() {
        if (!Files.exists(ownLayouts, LinkOption.NOFOLLOW_LINKS)) return;
        if (Files.isSymbolicLink(ownLayouts)) {
            throw new LayoutException("templates/layouts", "refusing to follow a symbolic link", LINK_HINT);
        }
        try (Stream<Path> walk = Files.walk(ownLayouts)) {
            Path link = walk.filter(Files::isSymbolicLink).sorted().findFirst().orElse(null);
            if (link != null) {
                String shown = "templates/layouts/"
                        + ownLayouts.relativize(link).toString().replace('\\', '/');
                throw new LayoutException(shown, "refusing to follow a symbolic link", LINK_HINT);
            }
        } catch (IOException e) {
            throw new LayoutException("templates/layouts", "cannot read the layouts folder: " + e.getMessage(), "");
        }
    }

    private static final String LINK_HINT = "commit the layout itself, not a link";

    /** Interruption checks in every override before any page imports it (FreeMarker loads imports itself). */
    private void prepareOverrides() {
        if (!Files.isDirectory(ownLayouts, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> walk = Files.walk(ownLayouts)) {
            for (Path f : walk.filter(
                            p -> p.toString().endsWith(".ftlh") || p.toString().endsWith(".ftl"))
                    .sorted()
                    .toList()) {
                try {
                    sandbox.prepare(
                            cfg.getTemplate(ownLayouts.relativize(f).toString().replace('\\', '/')));
                } catch (IOException | RuntimeException e) {
                    // a broken override is reported, at its line, by the page that uses it
                }
            }
        } catch (IOException e) {
            // reported by the renders that need it
        }
    }

    /**
     * A bundled asset ({@code style.css}, {@code site.js}), or the catalog's own copy from
     * {@code templates/layouts/assets/} when it has one.
     */
    Artifact asset(String name) {
        Path own = ownAssets.resolve(name);
        try {
            if (trusted && OVERRIDABLE_ASSETS.contains(name) && Files.exists(own, LinkOption.NOFOLLOW_LINKS)) {
                return Artifact.text("assets/" + name, files.read(own));
            }
        } catch (InputError e) {
            throw new LayoutException(e.pos().file(), e.getMessage(), e.hint());
        }
        try (InputStream in = Layouts.class.getResourceAsStream("/dev/polcat/site/assets/" + name)) {
            if (in == null) throw new IllegalStateException("missing bundled asset " + name);
            return new Artifact("assets/" + name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String render(String layout, Map<String, Object> model) {
        try {
            return sandbox.render(cfg, layout, model, MAX_PAGE_CHARS, this::fileOf);
        } catch (SandboxedRenderer.Failure f) {
            throw new LayoutException(f.diagnostic());
        }
    }

    /** The file to blame for a layout: the catalog's override when it is used, else the bundled one. */
    private String fileOf(String name) {
        if (trusted && Files.isRegularFile(ownLayouts.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
            return "templates/layouts/" + name;
        }
        return "polcat:site/layouts/" + name;
    }

    @Override
    public void close() {
        sandbox.close();
    }

    /** HTML that is already safe (our own Markdown rendering): passed through without escaping. */
    static TemplateHTMLOutputModel trusted(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
