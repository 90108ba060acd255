package dev.polcat.site;

import dev.polcat.render.GuardedTemplateLoader;
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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Renders site pages from {@code .ftlh} layouts (HTML auto-escaped). A catalog may override any bundled
 * layout by putting a file of the same name in {@code templates/layouts/}.
 */
final class Layouts {
    static final String BUNDLED = "/dev/polcat/site/layouts";

    private final Configuration cfg;

    Layouts(Path catalogRoot) {
        TemplateLoader own = new GuardedTemplateLoader(catalogRoot.resolve("templates").resolve("layouts"));
        TemplateLoader bundled = new ClassTemplateLoader(Layouts.class, BUNDLED);
        this.cfg = LockedDownConfiguration.create(new MultiTemplateLoader(new TemplateLoader[] {own, bundled}));
    }

    String render(String layout, Map<String, Object> model) {
        try {
            StringWriter out = new StringWriter();
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
