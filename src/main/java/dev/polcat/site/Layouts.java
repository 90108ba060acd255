package dev.polcat.site;

import dev.polcat.publish.Artifact;
import dev.polcat.render.GuardedTemplateLoader;
import dev.polcat.render.LimitedWriter;
import dev.polcat.render.LockedDownConfiguration;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Renders site pages from {@code .ftlh} layouts (HTML auto-escaped). A catalog may override any bundled
 * layout by putting a file of the same name in {@code templates/layouts/}, and the stylesheet with
 * {@code templates/layouts/assets/style.css} — but only when the build trusts them: a layout writes the
 * page's HTML (it could drop the Content-Security-Policy), so overrides from an unreviewed pull request
 * must not reach readers. Scripts are never taken from the catalog.
 */
final class Layouts {
    static final String BUNDLED = "/dev/polcat/site/layouts";

    private final Configuration cfg;
    private final dev.polcat.load.InputFiles files;
    private final Path ownAssets;
    private final boolean trusted;

    /** A page beyond this is a runaway layout, not a page. */
    private static final int MAX_PAGE_CHARS = 256 * 1024 * 1024;

    static final java.util.Set<String> OVERRIDABLE_ASSETS = java.util.Set.of("style.css");

    Layouts(Path catalogRoot, boolean trustOverrides) {
        this.files = new dev.polcat.load.InputFiles(catalogRoot);
        this.ownAssets = catalogRoot.resolve("templates").resolve("layouts").resolve("assets");
        this.trusted = trustOverrides;
        TemplateLoader bundled = new ClassTemplateLoader(Layouts.class, BUNDLED);
        TemplateLoader loader = bundled;
        if (trustOverrides) {
            TemplateLoader own = new GuardedTemplateLoader(catalogRoot.resolve("templates").resolve("layouts"));
            loader = new MultiTemplateLoader(new TemplateLoader[] {own, bundled});
        }
        this.cfg = LockedDownConfiguration.create(loader);
    }

    /**
     * A bundled asset ({@code style.css}, {@code site.js}), or the catalog's own copy from
     * {@code templates/layouts/assets/} when it has one.
     */
    Artifact asset(String name) {
        Path own = ownAssets.resolve(name);
        try {
            if (trusted && OVERRIDABLE_ASSETS.contains(name) && java.nio.file.Files.exists(own, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return Artifact.text("assets/" + name, files.read(own));
            }
        } catch (dev.polcat.load.InputError e) {
            throw new LayoutException(e.pos().file(), e.getMessage());
        }
        try (java.io.InputStream in = Layouts.class.getResourceAsStream("/dev/polcat/site/assets/" + name)) {
            if (in == null) throw new IllegalStateException("missing bundled asset " + name);
            return new Artifact("assets/" + name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String render(String layout, Map<String, Object> model) {
        try {
            LimitedWriter out = new LimitedWriter(MAX_PAGE_CHARS);
            cfg.getTemplate(layout).process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new LayoutException(layout, e);
        }
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
