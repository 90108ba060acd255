package dev.polcat.schema;

import static dev.polcat.schema.SchemaNodes.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.polcat.load.InputKeys;

/** An expected flow: an item of a profile's {@code expect} or of a doc's {@code examples}. */
final class FlowSchema {
    private static final String PEERS = "a host name, a workload (namespace/name), an address, a network, anywhere, "
            + "{hosts: SELECTOR}, or {workloads: SELECTOR, namespace: NAME}";

    private FlowSchema() {}

    static ObjectNode flow(String description) {
        ObjectNode props = JSON.objectNode();
        for (String key : InputKeys.FLOW) props.set(key, property(key));
        ObjectNode n = SchemaNodes.closedObject(description, props);
        n.set("required", SchemaNodes.strings(java.util.List.of("from", "to")));
        n.set("oneOf", JSON.arrayNode().add(SchemaNodes.required("allow")).add(SchemaNodes.required("deny")));
        return n;
    }

    private static ObjectNode property(String key) {
        return switch (key) {
            case "allow" ->
                service("The flow must be allowed: the service, e.g. tcp/22. Give exactly one of allow and deny.");
            case "deny" ->
                service("The flow must be denied: the service, e.g. tcp/22. Give exactly one of allow and deny.");
            case "from" -> peer("Where the flow starts: " + PEERS + ".");
            case "to" -> peer("Where the flow goes: " + PEERS + ".");
            case "via" -> peer("Optional: the host that forwards the flow.");
            case "reason" -> SchemaNodes.string("Why the flow must hold; shown when it does not.");
            default -> throw SchemaNodes.undescribed("a flow", key);
        };
    }

    /** tcp/udp/sctp[/PORT], icmp[/TYPE], icmpv6[/TYPE], any, or a protocol number; any letter case. */
    private static ObjectNode service(String description) {
        String pattern = "^(" + caseless("any") + "|(" + caseless("tcp") + "|" + caseless("udp") + "|"
                + caseless("sctp") + ")(/[0-9]{1,5})?|(" + caseless("icmp") + "|" + caseless("icmpv6")
                + ")(/[0-9]{1,3})?|[0-9]{1,3})$";
        return SchemaNodes.either(
                SchemaNodes.string(
                        pattern,
                        "",
                        "not a service: write tcp/22, udp/53, sctp/9000, icmp, icmp/8, icmpv6/135, any, "
                                + "or a protocol number"),
                JSON.objectNode().put("type", "integer").put("minimum", 1).put("maximum", 255),
                description + " Write tcp/22, udp/53, sctp/9000, icmp, icmp/8, icmpv6/135, any, or a protocol number;"
                        + " ports (1-65535) and ICMP types (0-255) are range-checked by polcat validate.");
    }

    /** A flow peer, also the {@code to} of a profile's {@code public:} entries. */
    static ObjectNode peer(String description) {
        ObjectNode hosts = SchemaNodes.closedObject(
                "Every host the selector matches.",
                JSON.objectNode()
                        .set(
                                "hosts",
                                SchemaNodes.string("A Calico selector over host labels, e.g. role == \"worker\".")));
        hosts.set("required", SchemaNodes.strings(java.util.List.of("hosts")));
        ObjectNode props = JSON.objectNode();
        for (String key : InputKeys.WORKLOAD_PEER) {
            props.set(
                    key,
                    switch (key) {
                        case "workloads" ->
                            SchemaNodes.string("A Calico selector over pod labels, e.g. app == \"api\".");
                        case "namespace" ->
                            SchemaNodes.string("Optional: only pods of this namespace (default: any namespace).");
                        default -> throw SchemaNodes.undescribed("a workloads peer", key);
                    });
        }
        ObjectNode workloads = SchemaNodes.closedObject("Every pod the selector matches.", props);
        workloads.set("required", SchemaNodes.strings(java.util.List.of("workloads")));
        ObjectNode n = JSON.objectNode();
        n.put("description", description);
        n.set(
                "anyOf",
                JSON.arrayNode().add(SchemaNodes.string("\\S", "")).add(hosts).add(workloads));
        return n;
    }

    /** ECMAScript patterns have no inline (?i): spell each letter as a class of both cases. */
    private static String caseless(String word) {
        StringBuilder b = new StringBuilder();
        for (char c : word.toCharArray()) {
            b.append(Character.isLetter(c) ? "[" + c + Character.toUpperCase(c) + "]" : String.valueOf(c));
        }
        return b.toString();
    }
}
