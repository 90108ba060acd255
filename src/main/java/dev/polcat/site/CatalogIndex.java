package dev.polcat.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.polcat.analyze.Analysis;
import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.ExplainedRule;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.calico.PolicyResource;
import dev.polcat.catalog.Catalog;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.ParamValue;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.SafeJson;
import dev.polcat.net.Cidr;
import dev.polcat.publish.Artifact;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * {@code catalog.json}: a machine-readable index of the site (schema documented in the README). Fields
 * are written in a fixed order and collections sorted, so the file is stable across builds.
 */
final class CatalogIndex {
    static final int SCHEMA_VERSION = 1;
    private static final JsonFactory JSON = SafeJson.factory();

    private CatalogIndex() {}

    static Artifact artifact(Catalog catalog, Analysis analysis) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeStringField("title", catalog.title());
            g.writeArrayFieldStart("environments");
            for (EnvironmentAnalysis e : analysis.environments()) environment(g, e);
            g.writeEndArray();
            g.writeArrayFieldStart("policies");
            for (PolicyTemplate p : catalog.policies()) policy(g, p, analysis);
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Artifact.text("catalog.json", sw + "\n");
    }

    private static void environment(JsonGenerator g, EnvironmentAnalysis e) throws IOException {
        Profile env = e.env();
        g.writeStartObject();
        g.writeStringField("name", env.name());
        g.writeStringField("title", env.title());
        g.writeStringField("description", env.description());
        g.writeArrayFieldStart("profiles");
        for (String p : env.chain()) g.writeString("profiles/" + p + ".yaml");
        g.writeEndArray();
        g.writeStringField("page", SitePaths.environmentPage(env.name()));
        g.writeStringField("all", YamlBundle.allPath(env.name()));
        g.writeStringField("zip", EnvironmentZip.path(env.name()));
        g.writeStringField("kustomization", Kustomization.path(env.name()));
        g.writeArrayFieldStart("applyOrder");
        for (PolicyAnalysis p : e.policies()) {
            g.writeStartObject();
            g.writeStringField("policy", p.policy().policy().name());
            g.writeStringField(
                    "file",
                    YamlBundle.policyPath(env.name(), p.policy().policy().name()));
            PolicyResource main = p.policy().mainPolicy().orElse(null);
            if (main != null && main.spec().order() != null)
                g.writeNumberField("order", main.spec().order());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("hosts");
        for (Host h : env.hosts()) {
            g.writeStartObject();
            g.writeStringField("name", h.name());
            g.writeStringField("interface", h.interfaceName());
            g.writeArrayFieldStart("ips");
            for (Cidr ip : h.ips()) g.writeString(ip.text());
            g.writeEndArray();
            g.writeObjectFieldStart("labels");
            for (var l : h.labels().entrySet()) g.writeStringField(l.getKey(), l.getValue());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        exposure(g, e);
        g.writeArrayFieldStart("checks");
        for (var c : e.checks()) {
            g.writeStartObject();
            g.writeStringField("kind", c.kind().word());
            g.writeStringField("requirement", c.requirement());
            g.writeStringField("flow", c.flow().describe());
            g.writeStringField("mode", c.modeText());
            g.writeBooleanField("holds", c.holds());
            g.writeStringField("verdict", c.verdict().explain());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void exposure(JsonGenerator g, EnvironmentAnalysis e) throws IOException {
        if (e.exposure() == null) {
            g.writeNullField("exposure");
            return;
        }
        g.writeArrayFieldStart("exposure");
        for (var x : e.exposure()) {
            g.writeStartObject();
            g.writeStringField("host", x.host());
            g.writeStringField("service", x.service());
            g.writeStringField("from", x.from());
            g.writeStringField("cidr", x.cidr());
            g.writeStringField("allowedBy", x.allowedBy());
            g.writeEndObject();
        }
        g.writeEndArray();
        // only when probes were skipped, which no environment should see: catalog.json stays as it was
        if (!e.exposureSkipped().isEmpty())
            g.writeNumberField("exposureSkipped", e.exposureSkipped().size());
    }

    private static void policy(JsonGenerator g, PolicyTemplate p, Analysis analysis) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", p.name());
        g.writeStringField("title", p.doc().title());
        g.writeStringField("summary", p.doc().summary());
        g.writeArrayFieldStart("tags");
        for (String t : p.doc().tags()) g.writeString(t);
        g.writeEndArray();
        g.writeStringField("template", p.templateFile());
        g.writeStringField("page", SitePaths.policyPage(p.name()));
        g.writeArrayFieldStart("parameters");
        for (ParameterDecl d : p.doc().parameters()) {
            g.writeStartObject();
            g.writeStringField("name", d.name());
            g.writeStringField("type", d.type().spelling());
            g.writeBooleanField("required", d.required());
            if (d.defaultValue() != null)
                g.writeStringField("default", d.defaultValue().display());
            g.writeStringField("description", d.description());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("environments");
        for (EnvironmentAnalysis e : analysis.environments()) {
            g.writeObjectFieldStart(e.env().name());
            PolicyAnalysis pa = e.policy(p.name()).orElse(null);
            g.writeBooleanField("enabled", pa != null);
            if (pa != null) {
                g.writeStringField("file", YamlBundle.policyPath(e.env().name(), p.name()));
                values(g, e.env(), p);
                g.writeArrayFieldStart("rules");
                for (ExplainedRule r : pa.rules()) rule(g, r);
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void values(JsonGenerator g, Profile env, PolicyTemplate p) throws IOException {
        g.writeObjectFieldStart("values");
        for (ParameterDecl d : p.doc().parameters()) {
            ParamValue v = env.value(p.name(), d.name()).orElse(d.defaultValue());
            if (v == null) continue;
            g.writeObjectFieldStart(d.name());
            g.writeStringField("value", v.display());
            g.writeStringField("from", v.pos().file());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void rule(JsonGenerator g, ExplainedRule r) throws IOException {
        g.writeStartObject();
        g.writeStringField("resource", r.resource());
        g.writeStringField("path", r.path());
        g.writeStringField("name", r.name());
        g.writeStringField("action", r.rule().action().yamlName());
        g.writeStringField("explanation", r.sentence());
        g.writeStringField("note", r.note());
        g.writeEndObject();
    }
}
