package dev.polcat.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy sent while serving. It follows the page's own {@code <meta>} policy, with
 * two changes the dev server needs ({@code script-src 'self'} for {@code /__polcat/reload.js} and
 * {@code connect-src 'self'} for its poll), and it is never looser than a static site needs: the page's
 * policy is clamped to same-origin sources ({@code 'self'}, {@code 'none'}, script hashes, and
 * {@code data:} for images and fonts), because the layouts that wrote it may come from a pull request.
 * Only a header can say {@code frame-ancestors}, so the header adds it.
 */
final class ServeCsp {
    /** For pages without a meta policy, and the dev server's own pages. */
    static final String DEFAULT_PAGE = "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self'; "
            + "style-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'";
    /** For everything that is not HTML: nothing may run, even in an SVG opened on its own. */
    static final String NON_HTML = "default-src 'none'; img-src 'self'; style-src 'self'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'; sandbox";

    private static final Set<String> KEPT = Set.of(
            "default-src",
            "script-src",
            "script-src-elem",
            "script-src-attr",
            "style-src",
            "style-src-elem",
            "style-src-attr",
            "img-src",
            "font-src",
            "connect-src",
            "media-src",
            "object-src",
            "frame-src",
            "child-src",
            "worker-src",
            "manifest-src",
            "base-uri",
            "form-action");
    private static final Set<String> DATA_OK = Set.of("img-src", "font-src");
    private static final Pattern HASH = Pattern.compile("'sha(256|384|512)-[A-Za-z0-9+/_=-]+'");
    private static final Pattern NAME = Pattern.compile("[a-z-]+");

    private ServeCsp() {}

    /** The policy for a served page's meta tag, from the page's own (null: none). */
    static String forMeta(String pagePolicy) {
        if (pagePolicy == null) return DEFAULT_PAGE;
        Map<String, List<String>> d = parse(pagePolicy);
        d.putIfAbsent("default-src", new ArrayList<>(List.of("'none'")));
        allowSelf(d, "script-src");
        if (d.containsKey("script-src-elem")) allowSelf(d, "script-src-elem");
        allowSelf(d, "connect-src");
        return print(d);
    }

    /** The header that goes with a page whose meta policy is {@code pagePolicy} (null: none). */
    static String forHeader(String pagePolicy) {
        return forMeta(pagePolicy) + "; frame-ancestors 'none'";
    }

    private static Map<String, List<String>> parse(String policy) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String part : policy.split(";")) {
            String[] tokens = part.strip().split("\\s+");
            if (tokens.length == 0 || tokens[0].isEmpty()) continue;
            String name = tokens[0].toLowerCase(Locale.ROOT);
            if (!NAME.matcher(name).matches() || !KEPT.contains(name) || out.containsKey(name))
                continue; // first wins, as in browsers
            List<String> sources = new ArrayList<>();
            for (int i = 1; i < tokens.length; i++) {
                String t = tokens[i];
                String lower = t.toLowerCase(Locale.ROOT);
                if (lower.equals("'self'") || lower.equals("'none'")) sources.add(lower);
                else if (HASH.matcher(t).matches()) sources.add(t);
                else if (lower.equals("data:") && DATA_OK.contains(name)) sources.add(lower);
                // anything else (hosts, schemes, *, 'unsafe-inline', 'unsafe-eval', nonces) is dropped
            }
            if (sources.size() > 1) sources.remove("'none'");
            if (sources.isEmpty()) sources.add("'none'");
            out.put(name, sources);
        }
        return out;
    }

    private static void allowSelf(Map<String, List<String>> d, String name) {
        List<String> s = d.computeIfAbsent(name, k -> new ArrayList<>());
        s.remove("'none'");
        if (!s.contains("'self'")) s.add(0, "'self'");
    }

    private static String print(Map<String, List<String>> d) {
        List<String> parts = new ArrayList<>();
        d.forEach((name, sources) -> parts.add(name + " " + String.join(" ", sources)));
        return String.join("; ", parts);
    }
}
