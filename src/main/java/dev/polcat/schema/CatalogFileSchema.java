package dev.polcat.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.polcat.load.InputKeys;
import java.util.List;

/** {@code polcat.schema.json}: the catalog's optional {@code polcat.yaml}. */
final class CatalogFileSchema {
    private CatalogFileSchema() {}

    static ObjectNode build() {
        ObjectNode doc =
                SchemaNodes.document("polcat.yaml", "Settings of the whole catalog (optional file at its root).");
        doc.put("type", "object");
        ObjectNode props = doc.putObject("properties");
        for (String key : InputKeys.CATALOG_FILE) {
            switch (key) {
                case "title" ->
                    props.set(key, SchemaNodes.string("The catalog's title, shown on every page of the site."));
                case "baseUrl" ->
                    props.set(
                            key,
                            SchemaNodes.string(
                                    "^(https?://[^/\\s?#]+)?/([^\\s?#]*/)?$",
                                    "Where the site is served, e.g. /polcat/ for a GitHub Pages project site: the 404 page links from there, "
                                            + "so its links work at any depth. The bundled Pages workflow sets it.",
                                    "a path from the server's root ending in '/', e.g. /polcat/"));
                case "environments" ->
                    props.set(
                            key,
                            SchemaNodes.arrayOf(
                                            SchemaNodes.string(
                                                    "^([a-z0-9][a-z0-9-]{0,62})$",
                                                    "An environment: a profile's file name without .yaml.",
                                                    "not a profile name: lowercase letters, digits and '-'"),
                                            "The order the site shows environments in (index columns, switcher, compare page): "
                                                    + "these first, in this order, then the others in natural order. "
                                                    + "polcat validate checks that each is an environment, listed once.")
                                    .put("uniqueItems", true));
                default -> throw SchemaNodes.undescribed("polcat.yaml", key);
            }
        }
        doc.put("additionalProperties", false);
        doc.set("required", SchemaNodes.strings(List.of("title")));
        return doc;
    }
}
