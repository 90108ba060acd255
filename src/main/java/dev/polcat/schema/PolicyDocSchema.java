package dev.polcat.schema;

import static dev.polcat.schema.SchemaNodes.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.polcat.catalog.CaveatSeverity;
import dev.polcat.catalog.ParamType;
import dev.polcat.load.InputKeys;
import dev.polcat.load.InputNames;
import java.util.ArrayList;
import java.util.List;

/** {@code policy-doc.schema.json}: the front matter of {@code templates/policies/NAME.md}. */
final class PolicyDocSchema {
    private static final String PARAMETER_REF = "#/$defs/parameter";

    private PolicyDocSchema() {}

    static ObjectNode build() {
        ObjectNode doc = SchemaNodes.document(
                "polcat policy doc front matter",
                "The YAML between the --- lines at the top of templates/policies/NAME.md, the documentation of the "
                        + "policy template NAME.yaml.ftl. The Markdown below it is the policy's description.");
        doc.put("type", "object");
        ObjectNode props = doc.putObject("properties");
        for (String key : InputKeys.FRONT_MATTER) props.set(key, property(key));
        doc.put("additionalProperties", false);
        doc.set("required", SchemaNodes.strings(List.of("title")));
        doc.putObject("$defs").set("parameter", parameter());
        return doc;
    }

    private static ObjectNode property(String key) {
        return switch (key) {
            case "title" -> SchemaNodes.string("The policy's title, shown on the site.");
            case "summary" -> SchemaNodes.string("One sentence: what the policy is for.");
            case "tags" -> SchemaNodes.arrayOf(SchemaNodes.string(""), "Tags that group policies on the index page.");
            case "parameters" ->
                parameters("The values the template uses, by name; profiles set them under values. "
                        + "Policies that share a name must declare the same type (checked by polcat validate).");
            case "rules" ->
                SchemaNodes.typed(
                                "object",
                                "Notes keyed by rule name (the rule's polcat.dev/rule annotation), "
                                        + "or by a prefix ending in *; shown beside the rule on the site.")
                        .set("additionalProperties", SchemaNodes.string(""));
            case "caveats" -> SchemaNodes.arrayOf(caveat(), "What a reader must know before applying the policy.");
            case "examples" ->
                SchemaNodes.arrayOf(
                        FlowSchema.flow("A flow the policy is meant to allow or deny."),
                        "Flows that illustrate the policy; checked in every environment that enables it.");
            default -> throw SchemaNodes.undescribed("the front matter", key);
        };
    }

    private static ObjectNode parameters(String description) {
        ObjectNode n = SchemaNodes.typed("object", description);
        ObjectNode names = SchemaNodes.string(
                "^(" + InputNames.PARAMETER + ")$",
                "",
                "not a parameter name: letters, digits and _, starting with a letter");
        names.remove("type");
        names.set("not", JSON.objectNode().set("enum", SchemaNodes.strings(InputNames.RESERVED_PARAMETERS)));
        n.set("propertyNames", names);
        n.set("additionalProperties", JSON.objectNode().put("$ref", PARAMETER_REF));
        return n;
    }

    private static ObjectNode parameter() {
        ObjectNode props = JSON.objectNode();
        for (String key : InputKeys.PARAMETER) props.set(key, declarationKey(key));
        ObjectNode n = SchemaNodes.closedObject(
                "A parameter declaration. Names use letters, digits and _, start with a "
                        + "letter, and are not env, hosts, pc or policy. That a default has the declared type is checked by "
                        + "polcat validate.",
                props);
        n.set("required", SchemaNodes.strings(List.of("type")));
        ArrayNode rules = n.putArray("allOf");
        rules.add(needs(List.of("enum", "enum[]"), "values"));
        rules.add(needs(List.of("record", "record[]"), "fields"));
        return n;
    }

    private static ObjectNode declarationKey(String key) {
        return switch (key) {
            case "type" -> {
                ObjectNode t = SchemaNodes.string("The type: " + String.join(", ", spellings(false))
                        + "; add [] for a list (cidr[], record[]). An enum needs values, a record needs fields.");
                t.set("enum", SchemaNodes.strings(spellings(true)));
                yield t;
            }
            case "description" ->
                SchemaNodes.string("What the value means; shown on the site and in editors (Markdown).");
            case "default" ->
                JSON.objectNode().put("description", "The value when a profile sets none, of the declared type.");
            case "required" ->
                SchemaNodes.bool("true when every environment that enables the policy must set a value "
                        + "(unless there is a default).");
            case "values" -> SchemaNodes.arrayOf(SchemaNodes.string(""), "The allowed values of an enum.");
            case "fields" -> parameters("The fields of a record, declared like parameters.");
            case "guard" -> {
                ObjectNode g = SchemaNodes.string("What the lockout guard uses this value for: management (cidr[]), "
                        + "datastore (record[] with ip and ports, or ip[]) or bgp (cidr[] or ip[]).");
                g.set("enum", SchemaNodes.strings(InputKeys.GUARD_ROLES));
                yield g;
            }
            default -> throw SchemaNodes.undescribed("a parameter declaration", key);
        };
    }

    /** {@code if type is one of types then key is required}. */
    private static ObjectNode needs(List<String> types, String key) {
        ObjectNode n = JSON.objectNode();
        ObjectNode cond = n.putObject("if");
        cond.putObject("properties").putObject("type").set("enum", SchemaNodes.strings(types));
        cond.set("required", SchemaNodes.strings(List.of("type")));
        n.set("then", SchemaNodes.required(key));
        return n;
    }

    private static List<String> spellings(boolean withLists) {
        List<String> base = new ArrayList<>();
        for (ParamType.Kind k : ParamType.Kind.values()) base.add(k.spelling());
        base.add("record");
        if (!withLists) return base;
        List<String> all = new ArrayList<>(base);
        base.forEach(s -> all.add(s + "[]"));
        return all;
    }

    private static ObjectNode severity() {
        ObjectNode n = SchemaNodes.string("How much it matters, for sorting on the site (default: warning). danger: a "
                + "mistake locks people out or exposes a service; warning: check before applying; note: background.");
        List<String> names = new ArrayList<>();
        for (CaveatSeverity s : CaveatSeverity.values()) names.add(s.spelling());
        n.set("enum", SchemaNodes.strings(names));
        return n;
    }

    private static ObjectNode caveat() {
        ObjectNode props = JSON.objectNode();
        for (String key : InputKeys.CAVEAT) {
            props.set(
                    key,
                    switch (key) {
                        case "title" -> SchemaNodes.string("The caveat in a few words.");
                        case "severity" -> severity();
                        case "text" -> SchemaNodes.string("The explanation (Markdown).");
                        case "checks" ->
                            SchemaNodes.arrayOf(
                                    FlowSchema.flow("A flow the caveat promises."),
                                    "Optional: flows that must hold for the caveat to be true, checked in every environment that "
                                            + "enables the policy; a caveat that no longer holds fails the build.");
                        default -> throw SchemaNodes.undescribed("a caveat", key);
                    });
        }
        ObjectNode n = SchemaNodes.closedObject("A caveat.", props);
        n.set("required", SchemaNodes.strings(List.of("title")));
        return n;
    }
}
