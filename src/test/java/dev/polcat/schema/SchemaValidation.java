package dev.polcat.schema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.polcat.catalog.Catalog;
import dev.polcat.diag.Diagnostics;
import dev.polcat.load.CatalogLoader;
import dev.polcat.publish.Artifact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The example catalog's editor schemas, checked with a kept validator (networknt, Draft 2020-12). */
final class SchemaValidation {
    static final Path EXAMPLE = Path.of("");

    private final List<Artifact> files;

    SchemaValidation(Path catalogRoot) {
        Diagnostics diags = new Diagnostics();
        Catalog catalog = new CatalogLoader().loadPolicies(catalogRoot, diags);
        if (diags.hasErrors()) throw new IllegalStateException(diags.all().toString());
        this.files = EditorSchemas.artifacts(catalog, "");
    }

    List<Artifact> files() {
        return files;
    }

    String text(String name) {
        return files.stream()
                .filter(a -> a.path().equals(name))
                .findFirst()
                .orElseThrow()
                .asText();
    }

    Schema schema(String name) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(text(name), InputFormat.JSON);
    }

    /** The validator's complaints about a YAML document, one per line ("" when it is valid). */
    String errors(String schemaName, String yaml) {
        List<Error> errors = schema(schemaName).validate(yaml, InputFormat.YAML);
        return errors.stream()
                .map(e -> e.getKeyword() + " at " + e.getInstanceLocation() + ": " + e.getMessage())
                .collect(Collectors.joining("\n"));
    }

    /** The YAML between the {@code ---} lines at the top of a Markdown file. */
    static String frontMatter(String markdown) {
        String text = markdown.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) throw new IllegalArgumentException("no front matter");
        return text.substring(4, text.indexOf("\n---\n", 3) + 1);
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
