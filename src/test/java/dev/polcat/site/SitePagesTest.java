package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.publish.Artifact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Structure, accessibility and safety checks of every page of the example site (jsoup). */
class SitePagesTest {
    static Stream<String> pages() {
        return ExampleSite.artifacts().stream().map(Artifact::path).filter(p -> p.endsWith(".html"));
    }

    private static Document parse(String path, List<ParseError> errors) {
        Artifact a = ExampleSite.artifacts().stream()
                .filter(x -> x.path().equals(path))
                .findFirst()
                .orElseThrow();
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document d = Jsoup.parse(a.asText(), "", parser);
        errors.addAll(parser.getErrors());
        return d;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void isWellFormedAccessibleAndSelfContained(String path) {
        List<ParseError> errors = new ArrayList<>();
        Document d = parse(path, errors);
        assertEquals(List.of(), errors, path + ": HTML parse errors");
        assertTrue(a(d.html()).startsWith("<!doctype html>"), path + ": doctype");
        assertEquals("en", d.selectFirst("html").attr("lang"));
        Element csp = d.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertTrue(
                csp != null
                        && csp.attr("content").contains("default-src 'none'")
                        && csp.attr("content").contains("script-src 'self'"),
                path + ": CSP meta");
        assertEquals(1, d.select("main#main").size(), path + ": one main landmark");
        assertEquals(1, d.select("header").size(), path + ": header landmark");
        assertEquals(1, d.select("h1").size(), path + ": one h1");
        assertHeadingsInOrder(d, path);
        Set<String> ids = new HashSet<>();
        for (Element e : d.select("[id]")) assertTrue(ids.add(e.id()), path + ": duplicate id " + e.id());
        for (Element img : d.select("img")) assertFalse(img.attr("alt").isEmpty(), path + ": img without alt");
        for (Element s : d.select("script")) {
            assertTrue(s.hasAttr("src") && s.data().isBlank(), path + ": inline script");
        }
        for (Element e : d.getAllElements()) {
            e.attributes()
                    .forEach(attr -> assertFalse(attr.getKey().startsWith("on"), path + ": event handler " + attr));
        }
        for (Element e : d.select("[href], [src]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            assertFalse(
                    url.matches("(?i)^\\s*(https?:|//|javascript:|data:|vbscript:|file:).*"),
                    path + ": external or unsafe URL " + url);
        }
        for (Element control : d.select("input, select, textarea")) {
            String id = control.id();
            boolean labelled =
                    !id.isEmpty() && !d.select("label[for=" + id + "]").isEmpty() || control.hasAttr("aria-label");
            assertTrue(labelled, path + ": unlabelled control " + control.outerHtml());
        }
        for (Element nav : d.select("nav")) assertTrue(nav.hasAttr("aria-label"), path + ": nav without aria-label");
        for (Element table : d.select("table"))
            assertFalse(table.select("th").isEmpty(), path + ": table without headers");
    }

    private static String a(String s) {
        return s.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static void assertHeadingsInOrder(Document d, String path) {
        int previous = 0;
        for (Element h : d.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            assertTrue(
                    level <= previous + 1,
                    path + ": heading " + h.tagName() + " '" + h.text() + "' skips a level after h" + previous);
            previous = level;
        }
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        Map<String, Set<String>> idsByPage = new TreeMap<>();
        Set<String> files = new HashSet<>();
        for (Artifact a : ExampleSite.artifacts()) {
            files.add(a.path());
            if (a.path().endsWith(".html")) {
                Set<String> ids = new HashSet<>();
                Jsoup.parse(a.asText()).select("[id]").forEach(e -> ids.add(e.id()));
                idsByPage.put(a.path(), ids);
            }
        }
        List<String> broken = new ArrayList<>();
        for (var page : idsByPage.keySet()) {
            Document d = Jsoup.parse(ExampleSite.artifacts().stream()
                    .filter(x -> x.path().equals(page))
                    .findFirst()
                    .orElseThrow()
                    .asText());
            String dir = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
            for (Element e : d.select("a[href], link[href], script[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                String file = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
                if (file.contains("?"))
                    file = file.substring(0, file.indexOf('?')); // ?env= picks the environment shown
                String anchor = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
                String target = file.isEmpty()
                        ? page
                        : java.nio.file.Path.of(dir + file)
                                .normalize()
                                .toString()
                                .replace('\\', '/');
                if (!files.contains(target)) {
                    broken.add(page + " -> " + url);
                } else if (!anchor.isEmpty()
                        && target.endsWith(".html")
                        && !idsByPage.get(target).contains(anchor)
                        && !inYamlFragment(target, anchor)) {
                    broken.add(page + " -> " + url + " (no such anchor)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /**
     * A link to a YAML line ({@code #yaml-prod-L15}) on a policy page resolves once policy.js has loaded
     * the policy's fragment and numbered that environment's lines: its YAML there must have that line.
     */
    private static boolean inYamlFragment(String page, String anchor) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("yaml-(.+)-L(\\d+)").matcher(anchor);
        if (!page.startsWith("policies/") || !m.matches()) return false;
        String fragment = YamlFragments.path(page.substring("policies/".length(), page.length() - ".html".length()));
        return ExampleSite.artifacts().stream()
                .filter(a -> a.path().equals(fragment))
                .map(a -> YamlFragmentsTest.decode(a.asText()).get(m.group(1)))
                .anyMatch(yaml -> {
                    int line = Integer.parseInt(m.group(2));
                    return yaml != null && line >= 1 && line <= yaml.lines().count();
                });
    }

    @Test
    void searchIndexIsShardedWithRulesPortsAndNets() {
        java.util.function.Function<String, String> shard = key -> ExampleSite.artifacts().stream()
                .filter(a -> a.path().equals(SearchIndex.DIR + key + ".js"))
                .findFirst()
                .orElseThrow()
                .asText();
        assertTrue(shard.apply("meta").startsWith("window.polcatSearch(\"meta\""));
        assertTrue(
                shard.apply("n4-10-30").contains("\"10.30.0.0/24\":["), "prod's management network, in its /16 shard");
        assertTrue(shard.apply("p2").contains("\"tcp/2379\":["), "etcd's port, in the shard of ports 2048-3071");
        assertTrue(shard.apply("t-ss").contains("\"ssh-from-management-v4\":["), "rule names are words");
        assertTrue(shard.apply("d/failsafe/prod")
                .contains("[\"rule-ssh-from-management-v4\",\"ssh-from-management-v4\",\"Allow\""));
        assertTrue(
                ExampleSite.artifacts().stream().noneMatch(a -> a.path().equals("assets/search-index.js")),
                "no monolithic index");
    }
}
