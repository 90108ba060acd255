package dev.polcat.site;

import java.util.Map;

/**
 * {@code 404.html}: GitHub Pages serves it for every missing URL, at whatever depth, so relative links
 * would resolve against the missing page's folder. With {@code baseUrl} in polcat.yaml every link starts
 * at the site's path ({@code /polcat/index.html}); without it, links are relative to the site's root
 * folder, which is right only for a 404 at the top level (and from disk).
 */
final class NotFoundPage {
    private NotFoundPage() {}

    static Map<String, Object> model(PageContext ctx) {
        Map<String, Object> m = ctx.base("Page not found", ctx.catalog().basePath(), "404");
        m.put("baseKnown", !ctx.catalog().basePath().isEmpty());
        return m;
    }
}
