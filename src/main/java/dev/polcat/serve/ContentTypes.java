package dev.polcat.serve;

import java.util.Locale;
import java.util.Map;

/** The Content-Type of a served file, by its extension. Always sent with {@code nosniff}. */
final class ContentTypes {
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            // Shown in the browser rather than downloaded; the site's download links say what to do with it.
            Map.entry("yaml", "text/plain; charset=utf-8"),
            Map.entry("yml", "text/plain; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("zip", "application/zip"),
            Map.entry("xml", "application/xml"));

    static final String HTML = BY_EXTENSION.get("html");
    static final String TEXT = BY_EXTENSION.get("txt");

    private ContentTypes() {}

    static String of(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash) return "application/octet-stream";
        return BY_EXTENSION.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }

    static boolean isHtml(String path) {
        return HTML.equals(of(path));
    }
}
