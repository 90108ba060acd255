package dev.polcat.site;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polcat.diag.SafeJson;
import dev.polcat.publish.Artifact;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** One file of the search index: {@code window.polcatSearch("KEY", JSON);}, the only code in it polcat's own. */
final class SearchShard {
    private static final ObjectMapper JSON = new ObjectMapper(SafeJson.factory());

    private SearchShard() {}

    static Artifact script(String dir, String key, Object data) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(sw)) {
            g.writeString(key);
            g.writeRaw(", ");
            JSON.writeValue(g, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Artifact.text(dir + key + ".js", "window.polcatSearch(" + sw + ");\n");
    }
}
