package dev.polcat.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.polcat.analyze.Analysis;
import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.ExplainedRule;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.catalog.Catalog;
import dev.polcat.catalog.ParamValue;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.diag.SafeJson;
import dev.polcat.publish.Artifact;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The prebuilt search index, as a script ({@code assets/search-index.js}) rather than JSON: browsers
 * refuse to fetch local files from {@code file://} pages, but they do load scripts. Entries for each
 * policy (title, summary, tags, parameters and their values), each distinct rule (its explanation
 * names its ports and CIDRs, so typing 2379 finds the etcd rules) and each environment.
 */
final class SearchIndex {
    private static final JsonFactory JSON = SafeJson.factory();

    private SearchIndex() {}

    static Artifact artifact(Catalog catalog, Analysis analysis) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            g.writeStartArray();
            for (PolicyTemplate p : catalog.policies()) policy(g, p, analysis);
            for (EnvironmentAnalysis e : analysis.environments()) {
                entry(g, "environment", e.env().title() + " (" + e.env().name() + ")", e.env().description(),
                        e.env().name() + " " + String.join(" ", e.env().hosts().stream().map(h -> h.name() + " " + String.join(" ", h.ips())).toList()),
                        SitePaths.environmentPage(e.env().name()));
            }
            rules(g, catalog, analysis);
            g.writeEndArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Artifact.text("assets/search-index.js", "window.POLCAT_SEARCH = " + sw + ";\n");
    }

    private static void policy(JsonGenerator g, PolicyTemplate p, Analysis analysis) throws IOException {
        Set<String> words = new LinkedHashSet<>(p.doc().tags());
        words.add(p.name());
        for (ParameterDecl d : p.doc().parameters()) {
            words.add(d.name());
            for (EnvironmentAnalysis e : analysis.environments()) {
                e.env().value(p.name(), d.name()).map(ParamValue::display).ifPresent(words::add);
            }
        }
        entry(g, "policy", p.doc().title(), p.doc().summary(), String.join(" ", words), SitePaths.policyPage(p.name()));
    }

    /**
     * One entry per distinct rule of a policy: a rule that reads the same in several environments is
     * listed once, with the environments it appears in, and links to the first. This keeps the index
     * (which every page loads) proportional to the catalog rather than to catalog × environments.
     */
    private static void rules(JsonGenerator g, Catalog catalog, Analysis analysis) throws IOException {
        for (PolicyTemplate p : catalog.policies()) {
            java.util.Map<String, java.util.List<String>> envsBySentence = new java.util.LinkedHashMap<>();
            java.util.Map<String, String> urlBySentence = new java.util.HashMap<>();
            java.util.Map<String, ExplainedRule> ruleBySentence = new java.util.HashMap<>();
            for (EnvironmentAnalysis e : analysis.environments()) {
                PolicyAnalysis pa = e.policy(p.name()).orElse(null);
                if (pa == null) continue;
                for (ExplainedRule r : pa.rules()) {
                    String key = r.name() + "\u0000" + r.sentence();
                    envsBySentence.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(e.env().name());
                    urlBySentence.putIfAbsent(key, SitePaths.policyPage(p.name()) + "#" + e.env().name() + "-" + r.anchor());
                    ruleBySentence.putIfAbsent(key, r);
                }
            }
            for (var entry : envsBySentence.entrySet()) {
                ExplainedRule r = ruleBySentence.get(entry.getKey());
                String title = p.doc().title() + " · " + (r.name().isEmpty() ? r.path() : r.name());
                entry(g, "rule", title, r.sentence(), String.join(" ", entry.getValue()) + " " + p.name(), urlBySentence.get(entry.getKey()));
            }
        }
    }

    private static void entry(JsonGenerator g, String type, String title, String text, String keywords, String url)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("type", type);
        g.writeStringField("title", title);
        g.writeStringField("text", text);
        g.writeStringField("keywords", keywords.replaceAll("\\s+", " ").strip());
        g.writeStringField("url", url);
        g.writeEndObject();
    }
}
