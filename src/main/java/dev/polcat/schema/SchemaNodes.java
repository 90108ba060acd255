package dev.polcat.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/** Small builders for the schema trees; keys keep the order they are put in, so output is stable. */
final class SchemaNodes {
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SchemaNodes() {}

    static ObjectNode typed(String type, String description) {
        ObjectNode n = JSON.objectNode();
        n.put("type", type);
        if (!description.isEmpty()) n.put("description", description);
        return n;
    }

    static ObjectNode string(String description) {
        return typed("string", description);
    }

    /** A string matching {@code pattern} (anchored). */
    static ObjectNode string(String pattern, String description) {
        ObjectNode n = string(description);
        n.put("pattern", pattern);
        return n;
    }

    /**
     * A string matching {@code pattern}, with the message editors show when it does not (VS Code's and
     * the YAML language server's {@code patternErrorMessage}; validators that do not know it ignore it)
     * instead of the long regex.
     */
    static ObjectNode string(String pattern, String description, String mismatch) {
        return string(pattern, description).put("patternErrorMessage", mismatch);
    }

    static ObjectNode bool(String description) {
        return typed("boolean", description);
    }

    static ObjectNode arrayOf(JsonNode items, String description) {
        ObjectNode n = typed("array", description);
        n.set("items", items);
        return n;
    }

    /** A map that holds exactly the given properties, no other key: polcat rejects unknown keys there. */
    static ObjectNode closedObject(String description, ObjectNode properties) {
        ObjectNode n = typed("object", description);
        n.set("properties", properties);
        n.put("additionalProperties", false);
        return n;
    }

    static ArrayNode strings(Collection<String> values) {
        ArrayNode a = JSON.arrayNode();
        values.forEach(a::add);
        return a;
    }

    /** Either of two shapes ({@code anyOf}), with the description on the whole. */
    static ObjectNode either(JsonNode a, JsonNode b, String description) {
        ObjectNode n = JSON.objectNode();
        if (!description.isEmpty()) n.put("description", description);
        n.set("anyOf", JSON.arrayNode().add(a).add(b));
        return n;
    }

    static ObjectNode required(String... keys) {
        ObjectNode n = JSON.objectNode();
        ArrayNode a = n.putArray("required");
        for (String k : keys) a.add(k);
        return n;
    }

    /** A key a reader accepts that the schema has no words for: a bug, caught by every schema test. */
    static IllegalStateException undescribed(String where, String key) {
        return new IllegalStateException(
                "the reader accepts '" + key + "' in " + where + " but the schema does not describe it");
    }

    /** The top of a schema document: dialect, title and description. */
    static ObjectNode document(String title, String description) {
        ObjectNode n = JSON.objectNode();
        n.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        n.put("title", title);
        n.put("description", description);
        return n;
    }
}
