package dev.polcat.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.polcat.catalog.Catalog;
import dev.polcat.publish.Artifact;
import java.util.List;

/**
 * The editor schemas of a catalog, as files: {@code profile.schema.json}, {@code policy-doc.schema.json}
 * and {@code polcat.schema.json}. Pure: the same catalog gives the same bytes.
 */
public final class EditorSchemas {
    /** Where {@code polcat build} puts them in the site. */
    public static final String SITE_FOLDER = "schema";

    public static final String PROFILE = "profile.schema.json";
    public static final String POLICY_DOC = "policy-doc.schema.json";
    public static final String CATALOG_FILE = "polcat.schema.json";

    private static final ObjectWriter WRITER = new ObjectMapper()
            .writer(new DefaultPrettyPrinter(
                            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private EditorSchemas() {}

    /** The three files, named relative to {@code folder} ("" for none), sorted by path. */
    public static List<Artifact> artifacts(Catalog catalog, String folder) {
        String prefix = folder.isEmpty() ? "" : folder + "/";
        return List.of(
                Artifact.text(prefix + POLICY_DOC, print(PolicyDocSchema.build())),
                Artifact.text(prefix + CATALOG_FILE, print(CatalogFileSchema.build())),
                Artifact.text(prefix + PROFILE, print(new ProfileSchema(catalog).build())));
    }

    private static String print(JsonNode schema) {
        try {
            return WRITER.writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a schema tree could not be printed", e);
        }
    }
}
