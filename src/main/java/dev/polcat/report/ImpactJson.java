package dev.polcat.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.polcat.analyze.flow.TrailStep;
import dev.polcat.analyze.impact.ImpactReport;
import dev.polcat.analyze.impact.ImpactRow;
import dev.polcat.analyze.impact.Simulated;
import dev.polcat.diag.SafeJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** {@code polcat impact --format json}, and each environment's entry of the diff's {@code observedTraffic}; see the README. */
public final class ImpactJson {
    private static final JsonFactory JSON = SafeJson.factory();

    private ImpactJson() {}

    public static String render(ImpactReport r) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeNumberField("schemaVersion", 1);
            fields(g, r);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw + "\n";
    }

    /** The report's fields, into an object the caller opened. */
    public static void fields(JsonGenerator g, ImpactReport r) throws IOException {
        g.writeStringField("environment", r.env());
        g.writeObjectFieldStart("flowLog");
        g.writeStringField("file", r.log().file());
        g.writeStringField("format", r.log().format());
        g.writeNumberField("records", r.log().records());
        g.writeNumberField("skipped", r.log().skipped());
        g.writeNumberField("flows", r.log().flows().size());
        g.writeNumberField("connections", r.log().connections());
        g.writeEndObject();
        g.writeStringField("base", r.base());
        if (r.head() == null) g.writeNullField("head");
        else g.writeStringField("head", r.head());
        g.writeBooleanField("breaksTraffic", r.breaksTraffic());
        rows(g, "becomeDenied", r.becomeDenied());
        rows(g, "becomeAllowed", r.becomeAllowed());
        rows(g, "drift", r.drift());
        rows(g, "unmatched", r.unmatched());
    }

    private static void rows(JsonGenerator g, String name, List<ImpactRow> rows) throws IOException {
        g.writeArrayFieldStart(name);
        for (ImpactRow row : rows) {
            var o = row.observed();
            g.writeStartObject();
            g.writeStringField("source", o.key().source().text());
            g.writeStringField("destination", o.key().destination().text());
            g.writeStringField("service", o.key().service());
            g.writeNumberField("connections", o.connections());
            g.writeNumberField("deniedConnections", o.denied());
            g.writeStringField("recorded", o.recorded().word());
            if (o.pending() == null) g.writeNullField("staged");
            else g.writeStringField("staged", o.pending().name().toLowerCase(Locale.ROOT));
            g.writeNumberField("line", o.firstLine());
            simulation(g, "before", row.before());
            if (row.after() != null) simulation(g, "after", row.after());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void simulation(JsonGenerator g, String name, Simulated s) throws IOException {
        g.writeObjectFieldStart(name);
        if (s.isMatched()) {
            g.writeStringField("flow", s.flow());
            g.writeStringField("verdict", s.allowed() ? "allow" : "deny");
            g.writeStringField("why", s.verdict().explain());
            g.writeArrayFieldStart("trail");
            for (TrailStep t : s.verdict().trail()) g.writeString(t.text());
            g.writeEndArray();
        } else {
            g.writeStringField("unmatched", s.unmatched());
        }
        strings(g, "notes", s.notes());
        strings(g, "undecided", s.undecided());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }
}
