package dev.polcat.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.SafeJson;
import dev.polcat.validate.FileReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** {@code polcat validate --format json}: per file and per resource, documented in the README. */
public final class ValidationJson {
    private static final JsonFactory JSON = SafeJson.factory();

    private ValidationJson() {}

    public static String render(List<FileReport> reports) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeNumberField("schemaVersion", 1);
            g.writeBooleanField("valid", reports.stream().allMatch(FileReport::isValid));
            g.writeArrayFieldStart("files");
            for (FileReport r : reports) {
                g.writeStartObject();
                g.writeStringField("file", r.file());
                g.writeBooleanField("valid", r.isValid());
                errors(g, r.fileErrors());
                g.writeArrayFieldStart("resources");
                for (FileReport.ResourceReport rr : r.resources()) {
                    g.writeStartObject();
                    g.writeStringField("file", r.file());
                    g.writeStringField("kind", rr.kind());
                    g.writeStringField("name", rr.name());
                    g.writeBooleanField("valid", rr.isValid());
                    errors(g, rr.diagnostics());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw + "\n";
    }

    /**
     * {@code polcat validate --format json} on a catalog: every diagnostic once, with the environments
     * it was found in as an array.
     */
    public static String catalog(List<Diagnostic> merged) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeNumberField("schemaVersion", 1);
            g.writeBooleanField("valid", merged.stream().noneMatch(Diagnostic::isError));
            g.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : merged) {
                g.writeStartObject();
                g.writeStringField("severity", d.severity().label());
                g.writeStringField("code", d.code().id());
                g.writeStringField("file", d.pos().file());
                g.writeNumberField("line", d.pos().line());
                g.writeNumberField("column", d.pos().col());
                g.writeArrayFieldStart("environments");
                for (String env : d.environments()) g.writeString(env);
                g.writeEndArray();
                g.writeStringField("policy", d.policy());
                g.writeStringField("path", d.field());
                g.writeStringField("message", d.message());
                g.writeStringField("hint", d.hint());
                g.writeStringField("context", d.context());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw + "\n";
    }

    /** Each diagnostic with its field path, position, message and hint. */
    public static void errors(JsonGenerator g, List<Diagnostic> diags) throws IOException {
        g.writeArrayFieldStart("errors");
        for (Diagnostic d : diags) {
            g.writeStartObject();
            g.writeStringField("severity", d.severity().label());
            g.writeStringField("code", d.code().id());
            g.writeStringField("path", d.field());
            g.writeNumberField("line", d.pos().line());
            g.writeNumberField("column", d.pos().col());
            g.writeStringField("message", d.message());
            g.writeStringField("hint", d.hint());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
