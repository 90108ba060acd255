package dev.polcat.site;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown from policy docs, rendered safely: raw HTML is escaped, and links and images may only use
 * http, https, mailto or relative URLs (commonmark's default list also allows {@code data:}); external
 * links get {@code rel="nofollow noopener noreferrer"}.
 */
final class Markdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .attributeProviderFactory(context -> Markdown::externalLinks)
            .build();

    private Markdown() {}

    /** Links written in a pull request may lead anywhere: no referrer, no window.opener, no endorsement. */
    private static void externalLinks(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Link) {
            String href = attributes.getOrDefault("href", "").toLowerCase(Locale.ROOT);
            if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("//")) {
                attributes.put("rel", "nofollow noopener noreferrer");
            }
        }
    }

    static String toHtml(String markdown) {
        return HTML.render(PARSER.parse(markdown));
    }

    /**
     * A document body placed under a page section's h2: its headings move down by {@code levels} so the
     * page's heading outline stays in order (a body "## When to use" becomes an h3).
     */
    static String toHtml(String markdown, int levels) {
        Node doc = PARSER.parse(markdown);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + levels));
                visitChildren(heading);
            }
        });
        return HTML.render(doc);
    }

    /** One paragraph of inline Markdown (a note or caveat), without the wrapping {@code <p>}. */
    static String inlineHtml(String markdown) {
        String html = toHtml(markdown).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }
}
