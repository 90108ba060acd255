package dev.polcat.schema;

import static dev.polcat.schema.SchemaNodes.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.polcat.catalog.ParamType;
import dev.polcat.catalog.ParameterDecl;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema of a parameter's value: its JSON type, the pattern of its notation, its allowed values, the
 * doc's description and its default. What a pattern cannot check is said in the description.
 */
final class ParameterSchemas {
    private ParameterSchemas() {}

    /** {@code values.NAME}: {@code usedBy} names the policies that declare it. */
    static ObjectNode value(ParameterDecl decl, List<String> usedBy) {
        ObjectNode n = JSON.objectNode();
        n.put("description", description(decl, usedBy));
        ObjectNode type = type(decl.type());
        // Beside $ref, draft-07 readers (older editors) ignore every other keyword: keep the description
        // by putting the reference one level down.
        if (type.has("$ref")) n.set("allOf", JSON.arrayNode().add(type));
        else n.setAll(type);
        if (decl.defaultValue() != null)
            n.set("default", json(decl.defaultValue().toTemplate()));
        return n;
    }

    /** The JSON Schema keywords of a value of {@code type}, without a description. */
    static ObjectNode type(ParamType type) {
        if (type instanceof ParamType.ListOf l) {
            ObjectNode n = JSON.objectNode().put("type", "array");
            n.set("items", type(l.item()));
            return n;
        }
        if (type instanceof ParamType.Record r) return record(r);
        return scalar((ParamType.Scalar) type);
    }

    private static ObjectNode scalar(ParamType.Scalar s) {
        return switch (s.kind()) {
            case STRING -> JSON.objectNode().put("type", "string");
            case BOOL -> JSON.objectNode().put("type", "boolean");
            case INT -> JSON.objectNode().put("type", "integer");
            case PORT -> Definitions.ref(Definitions.PORT);
            case CIDR -> Definitions.ref(Definitions.CIDR);
            case IP -> Definitions.ref(Definitions.ADDRESS);
            case SELECTOR -> JSON.objectNode().put("type", "string");
            case ENUM -> {
                ObjectNode n = JSON.objectNode().put("type", "string");
                n.set("enum", SchemaNodes.strings(s.enumValues()));
                yield n;
            }
        };
    }

    private static ObjectNode record(ParamType.Record r) {
        ObjectNode props = JSON.objectNode();
        List<String> required = new ArrayList<>();
        for (ParameterDecl f : r.fields().values()) {
            props.set(f.name(), value(f, List.of()));
            if (f.required() && f.defaultValue() == null) required.add(f.name());
        }
        ObjectNode n = SchemaNodes.closedObject("", props);
        n.remove("description");
        if (!required.isEmpty()) n.set("required", SchemaNodes.strings(required));
        return n;
    }

    private static String description(ParameterDecl decl, List<String> usedBy) {
        StringBuilder b = new StringBuilder(decl.description().strip());
        if (b.length() > 0) b.append("\n\n");
        b.append("Type ")
                .append(decl.type().spelling())
                .append(": ")
                .append(decl.type().describe())
                .append('.');
        if (!usedBy.isEmpty()) {
            b.append(usedBy.size() == 1 ? " Declared by policy " : " Declared by policies ")
                    .append(String.join(", ", usedBy))
                    .append('.');
        }
        if (decl.required() && decl.defaultValue() == null) {
            b.append(
                    " Required: set it in this profile or in one it extends (polcat validate checks that; a schema of one file cannot).");
        }
        for (ParamType.Kind k : kinds(decl.type(), EnumSet.noneOf(ParamType.Kind.class))) {
            String note = limit(k);
            if (!note.isEmpty()) b.append(' ').append(note);
        }
        return b.toString();
    }

    /** What the schema does not check for a kind of value, so the reader knows polcat validate will. */
    private static String limit(ParamType.Kind kind) {
        return switch (kind) {
            case CIDR ->
                "A network such as 10.0.0.0/24 or fd00::/64; its host bits must be zero (10.0.0.0/24, not "
                        + "10.0.0.1/24), which polcat validate checks and the schema does not.";
            case IP -> "An address such as 10.0.0.1 or fd00::1, without a prefix length.";
            case PORT ->
                "A port from 1 to 65535, or a range \"min:max\" (quoted); that min is not above max is checked by "
                        + "polcat validate.";
            case SELECTOR ->
                "A Calico selector such as role == \"worker\" or all(); its syntax is checked by polcat validate, "
                        + "not by the schema.";
            case BOOL -> "Write true or false (not yes/no).";
            case STRING, INT, ENUM -> "";
        };
    }

    private static Set<ParamType.Kind> kinds(ParamType type, Set<ParamType.Kind> into) {
        if (type instanceof ParamType.Scalar s) into.add(s.kind());
        if (type instanceof ParamType.ListOf l) kinds(l.item(), into);
        if (type instanceof ParamType.Record r) r.fields().values().forEach(f -> kinds(f.type(), into));
        return into;
    }

    /** A default as templates see it (String, Number, Boolean, List, Map) as JSON. */
    static JsonNode json(Object value) {
        if (value instanceof String s) return JSON.textNode(s);
        if (value instanceof Boolean b) return JSON.booleanNode(b);
        if (value instanceof Integer i) return JSON.numberNode(i);
        if (value instanceof Long l) return JSON.numberNode(l);
        if (value instanceof List<?> list) {
            ArrayNode a = JSON.arrayNode();
            list.forEach(v -> a.add(json(v)));
            return a;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode o = JSON.objectNode();
            map.forEach((k, v) -> o.set(String.valueOf(k), json(v)));
            return o;
        }
        throw new IllegalArgumentException("no JSON form for a default of " + value.getClass());
    }
}
