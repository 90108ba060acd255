package dev.polcat.serve;

import dev.polcat.diag.Html;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the dev server changes in a page it serves (never in the built files): the reload script, the
 * page's CSP meta tag relaxed just enough to let that script run and poll, and, after a failed build,
 * the error overlay. No inline script: the CSP forbids it.
 */
final class HtmlInjection {
    static final String RELOAD_JS = "/__polcat/reload.js";
    static final String OVERLAY_CSS = "/__polcat/overlay.css";

    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSP_EQUIV = Pattern.compile(
            "\\bhttp-equiv\\s*=\\s*([\"']?)content-security-policy\\1(?=[\\s/>])", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT =
            Pattern.compile("\\bcontent\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_START = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    /** A page ready to serve, and the CSP header that goes with it. */
    record Injected(String html, String cspHeader) {}

    private HtmlInjection() {}

    /**
     * @param version the build counter the page belongs to; the script reloads when the server's differs
     * @param overlay the error overlay's markup (already escaped), or null
     */
    static Injected inject(String html, long version, String overlay) {
        // Everything of interest is in the head (and the body's start tag): pages can be large, so look no further.
        int headEnd = html.indexOf("</head>");
        if (headEnd < 0) {
            Matcher h = HEAD_END.matcher(html);
            headEnd = h.find() ? h.start() : -1;
        }
        int scanEnd = headEnd >= 0 ? headEnd : html.length();
        StringBuilder b = new StringBuilder(html.length() + 512 + (overlay == null ? 0 : overlay.length()));
        String firstPolicy = null;
        int last = 0;
        Matcher m = META.matcher(html).region(0, scanEnd);
        while (m.find()) {
            String tag = m.group();
            if (!CSP_EQUIV.matcher(tag).find()) continue;
            Matcher c = CONTENT.matcher(tag);
            String policy = c.find() ? unescape(c.group(1) != null ? c.group(1) : c.group(2)) : "";
            if (firstPolicy == null) firstPolicy = policy;
            b.append(html, last, m.start())
                    .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                    .append(ServeCsp.forMeta(policy).replace("&", "&amp;").replace("\"", "&quot;"))
                    .append("\">");
            last = m.end();
        }
        String head = "<script src=\"" + RELOAD_JS + "\" data-version=\"" + version + "\" defer></script>\n"
                + (overlay == null ? "" : "<link rel=\"stylesheet\" href=\"" + OVERLAY_CSS + "\">\n");
        String atBodyStart = overlay == null ? "" : "\n" + overlay;
        if (headEnd >= 0) {
            b.append(html, last, headEnd).append(head);
            last = headEnd;
        } else {
            atBodyStart = head + atBodyStart;
        }
        if (!atBodyStart.isEmpty()) {
            Matcher body = BODY_START.matcher(html).region(last, html.length());
            int at = body.find() ? body.end() : last;
            b.append(html, last, at).append(atBodyStart);
            last = at;
        }
        b.append(html, last, html.length());
        return new Injected(b.toString(), ServeCsp.forHeader(firstPolicy));
    }

    private static final byte[] HEAD_CLOSE = "</head>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BODY_OPEN = "<body".getBytes(StandardCharsets.US_ASCII);

    /** A page's bytes ready to serve, and its CSP header. */
    record InjectedBytes(byte[] html, String cspHeader) {}

    /**
     * {@link #inject(String, long, String)} on UTF-8 bytes, without decoding and re-encoding the whole
     * page: only the head is rewritten, the rest is copied as it is (pages with big YAML listings are
     * large, and every page is prepared on every rebuild).
     */
    static InjectedBytes inject(byte[] page, long version, String overlay) {
        int headEnd = indexOf(page, HEAD_CLOSE, 0);
        int bodyAt = -1;
        if (headEnd >= 0 && overlay != null) {
            int open = indexOf(page, BODY_OPEN, headEnd);
            int gt = open >= 0 ? indexOf(page, new byte[] {'>'}, open) : -1;
            bodyAt = gt >= 0 ? gt + 1 : -1;
        }
        if (headEnd < 0 || (overlay != null && bodyAt < 0)) { // unusual markup: take the slow, general way
            Injected i = inject(new String(page, StandardCharsets.UTF_8), version, overlay);
            return new InjectedBytes(i.html().getBytes(StandardCharsets.UTF_8), i.cspHeader());
        }
        Injected head = inject(new String(page, 0, headEnd, StandardCharsets.UTF_8) + "</head>", version, null);
        String headHtml = head.html().substring(0, head.html().length() - "</head>".length());
        if (overlay != null) headHtml += "<link rel=\"stylesheet\" href=\"" + OVERLAY_CSS + "\">\n";
        byte[] h = headHtml.getBytes(StandardCharsets.UTF_8);
        byte[] o = overlay == null ? new byte[0] : ("\n" + overlay).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[h.length + page.length - headEnd + o.length];
        System.arraycopy(h, 0, out, 0, h.length);
        if (overlay == null) {
            System.arraycopy(page, headEnd, out, h.length, page.length - headEnd);
        } else {
            System.arraycopy(page, headEnd, out, h.length, bodyAt - headEnd);
            System.arraycopy(o, 0, out, h.length + bodyAt - headEnd, o.length);
            System.arraycopy(page, bodyAt, out, h.length + bodyAt - headEnd + o.length, page.length - bodyAt);
        }
        return new InjectedBytes(out, head.cspHeader());
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    private static final Pattern HEAD_START = Pattern.compile("<head\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BASE_URI_NONE = Pattern.compile(
            "base-uri\\s+(?:'none'|&#39;none&#39;|&#x27;none&#x27;|&apos;none&apos;)", Pattern.CASE_INSENSITIVE);

    /**
     * The site's 404 page links relative to the site's root, but it is served at any depth
     * ({@code /policies/nope.html}): give it {@code <base href="/">}, and let its policy allow that base.
     */
    static String withRootBase(String html) {
        Matcher head = HEAD_START.matcher(html);
        if (!head.find()) return html;
        String page = html.substring(0, head.end()) + "\n<base href=\"/\">" + html.substring(head.end());
        return BASE_URI_NONE.matcher(page).replaceAll("base-uri 'self'");
    }

    /** The overlay shown on every page while the last build is failing. */
    static String overlay(String headline, String diagnostics, boolean hasSite) {
        return "<div class=\"polcat-build-error\" role=\"alert\">\n"
                + "<details open>\n<summary>" + Html.escape(headline) + "</summary>\n"
                + "<pre>" + Html.escape(diagnostics) + "</pre>\n"
                + "<p>" + (hasSite ? "The page below is from the last good build. " : "")
                + "Fix the catalog and save: this page reloads by itself.</p>\n"
                + "</details>\n</div>\n";
    }

    /** A whole page for when there is no good build to show at all. */
    static String errorPage(String overlay) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Build failed · polcat</title>\n</head>\n<body class=\"polcat-error-page\">\n"
                + overlay + "</body>\n</html>\n";
    }

    /** The 404 page when the site has none of its own. It does not repeat the requested address. */
    static String notFoundPage() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Not found · polcat</title>\n</head>\n<body>\n<main>\n<h1>Not found</h1>\n"
                + "<p>There is no page at this address. <a href=\"/index.html\">Go to the index</a>.</p>\n"
                + "</main>\n</body>\n</html>\n";
    }

    /** Enough of HTML's character references for a CSP value (FreeMarker writes ' as &#39;). */
    private static String unescape(String s) {
        return s.replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&apos;", "'")
                .replace("&quot;", "\"")
                .replace("&#34;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
