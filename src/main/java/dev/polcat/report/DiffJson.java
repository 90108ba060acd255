package dev.polcat.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.polcat.analyze.diff.CatalogChange;
import dev.polcat.analyze.diff.EnvironmentChange;
import dev.polcat.analyze.diff.FieldChange;
import dev.polcat.analyze.diff.FlowChange;
import dev.polcat.analyze.diff.ResourceChange;
import dev.polcat.analyze.diff.RuleChange;
import dev.polcat.analyze.impact.ImpactReport;
import dev.polcat.diag.SafeJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** The diff as JSON; the schema is documented in the README and only grows (schemaVersion). */
public final class DiffJson {
    private static final JsonFactory JSON = SafeJson.factory();

    private DiffJson() {}

    public static String render(CatalogChange c) {
        return render(c, List.of());
    }

    /** With {@code traffic} (diff --flows), one {@code observedTraffic} entry per environment, as impact's JSON. */
    public static String render(CatalogChange c, List<ImpactReport> traffic) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeNumberField("schemaVersion", 1);
            g.writeStringField("base", c.base());
            g.writeStringField("head", c.head());
            g.writeBooleanField("changed", !c.isEmpty());
            g.writeArrayFieldStart("environments");
            for (EnvironmentChange e : c.environments()) {
                if (!e.isEmpty()) environment(g, e);
            }
            g.writeEndArray();
            if (!traffic.isEmpty()) {
                g.writeArrayFieldStart("observedTraffic");
                for (ImpactReport r : traffic) {
                    g.writeStartObject();
                    ImpactJson.fields(g, r);
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw + "\n";
    }

    private static void environment(JsonGenerator g, EnvironmentChange e) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", e.env());
        g.writeStringField("change", e.kind().word());
        fields(g, "values", e.values());
        g.writeArrayFieldStart("resources");
        for (ResourceChange r : e.resources()) resource(g, r);
        g.writeEndArray();
        strings(g, "caveatsAdded", e.caveatsAdded());
        strings(g, "caveatsRemoved", e.caveatsRemoved());
        g.writeArrayFieldStart("flows");
        for (FlowChange f : e.flows()) {
            g.writeStartObject();
            g.writeStringField("flow", f.flow());
            g.writeStringField("before", f.before() ? "allow" : "deny");
            g.writeStringField("after", f.after() ? "allow" : "deny");
            g.writeStringField("why", f.why());
            g.writeBooleanField("fromInternet", f.fromInternet());
            g.writeBooleanField("declaredPublic", f.declaredPublic());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void resource(JsonGenerator g, ResourceChange r) throws IOException {
        g.writeStartObject();
        g.writeStringField("key", r.key());
        g.writeStringField("policy", r.policy());
        g.writeStringField("change", r.kind().word());
        fields(g, "fields", r.fields());
        strings(g, "meanings", r.meanings());
        g.writeArrayFieldStart("rules");
        for (RuleChange rc : r.rules()) {
            g.writeStartObject();
            g.writeStringField("change", rc.kind().word());
            g.writeStringField("direction", rc.direction().yamlName());
            g.writeStringField("rule", rc.label());
            if (rc.beforeIndex() >= 0) g.writeNumberField("beforeIndex", rc.beforeIndex());
            if (rc.afterIndex() >= 0) g.writeNumberField("afterIndex", rc.afterIndex());
            if (!rc.beforeText().isEmpty()) g.writeStringField("before", rc.beforeText());
            if (!rc.afterText().isEmpty()) g.writeStringField("after", rc.afterText());
            fields(g, "fields", rc.fields());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void fields(JsonGenerator g, String name, List<FieldChange> fields) throws IOException {
        g.writeArrayFieldStart(name);
        for (FieldChange f : fields) {
            g.writeStartObject();
            g.writeStringField("path", f.path());
            g.writeStringField("before", f.before());
            g.writeStringField("after", f.after());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }
}
