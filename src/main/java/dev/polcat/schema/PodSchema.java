package dev.polcat.schema;

import static dev.polcat.schema.SchemaNodes.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.polcat.load.InputKeys;
import dev.polcat.load.InputNames;
import java.util.List;

/** A profile's {@code namespaces} and {@code workloads}: the pods the flow simulator knows. */
final class PodSchema {
    private PodSchema() {}

    static ObjectNode namespaces() {
        ObjectNode props = JSON.objectNode();
        for (String key : InputKeys.NAMESPACE) {
            props.set(
                    key,
                    switch (key) {
                        case "name" ->
                            SchemaNodes.string(
                                    "^(" + InputNames.DNS_LABEL + ")$",
                                    "The namespace's name (a DNS label of at most 63 characters); unique in the profile.",
                                    "not a namespace name: lowercase letters, digits and '-'");
                        case "labels" ->
                            labels("The namespace's labels, which namespaceSelectors match; every namespace also has "
                                    + "projectcalico.org/name and kubernetes.io/metadata.name.");
                        default -> throw SchemaNodes.undescribed("namespaces[]", key);
                    });
        }
        ObjectNode item = SchemaNodes.closedObject("A namespace.", props);
        item.set("required", SchemaNodes.strings(List.of("name")));
        return SchemaNodes.arrayOf(item, "The cluster's namespaces, which workloads live in.");
    }

    static ObjectNode workloads() {
        ObjectNode props = JSON.objectNode();
        for (String key : InputKeys.WORKLOAD) {
            props.set(
                    key,
                    switch (key) {
                        case "name" ->
                            SchemaNodes.string(
                                    "^(" + InputNames.SUBDOMAIN + ")$",
                                    "The pod's name; namespace/name is unique in the profile.",
                                    "not a pod name: lowercase letters, digits, '-' and '.'");
                        case "namespace" ->
                            SchemaNodes.string("One of the profile's namespaces (checked by polcat validate).");
                        case "labels" -> labels("The pod's labels, which selectors match.");
                        case "serviceAccount" ->
                            SchemaNodes.either(
                                    SchemaNodes.string(
                                            "^(" + InputNames.SUBDOMAIN + ")$", "", "not a service account name"),
                                    serviceAccount(),
                                    "The pod's service account: a name, or {name, labels} when serviceAccountSelectors match its "
                                            + "labels (default: default).");
                        case "ips" -> SchemaNodes.arrayOf(Definitions.ref(Definitions.ADDRESS), "The pod's addresses.");
                        case "node" ->
                            SchemaNodes.string("Optional: the host the pod runs on, one of the profile's hosts.");
                        case "ports" ->
                            SchemaNodes.arrayOf(port(), "Named container ports, which rules may name in ports:.");
                        default -> throw SchemaNodes.undescribed("workloads[]", key);
                    });
        }
        ObjectNode item = SchemaNodes.closedObject("A pod (workload endpoint).", props);
        item.set("required", SchemaNodes.strings(List.of("name", "namespace")));
        return SchemaNodes.arrayOf(item, "The environment's pods, which the flow simulator knows next to the hosts.");
    }

    private static ObjectNode serviceAccount() {
        ObjectNode props = JSON.objectNode();
        for (String key : InputKeys.SERVICE_ACCOUNT) {
            props.set(
                    key,
                    switch (key) {
                        case "name" ->
                            SchemaNodes.string(
                                    "^(" + InputNames.SUBDOMAIN + ")$",
                                    "The service account's name.",
                                    "not a service account name");
                        case "labels" -> labels("The service account's labels, which serviceAccountSelectors match.");
                        default -> throw SchemaNodes.undescribed("serviceAccount", key);
                    });
        }
        ObjectNode n = SchemaNodes.closedObject("", props);
        n.set("required", SchemaNodes.strings(List.of("name")));
        return n;
    }

    private static ObjectNode port() {
        ObjectNode props = JSON.objectNode();
        for (String key : InputKeys.WORKLOAD_PORT) {
            props.set(
                    key,
                    switch (key) {
                        case "name" ->
                            SchemaNodes.string(
                                    "^(" + InputNames.PORT_NAME + ")$",
                                    "The port's name.",
                                    "not a port name: at most 15 lowercase letters, digits and '-', with a letter, no '--'");
                        case "protocol" ->
                            SchemaNodes.string("TCP, UDP or SCTP (default TCP).")
                                    .set("enum", SchemaNodes.strings(List.of("TCP", "UDP", "SCTP")));
                        case "port" ->
                            SchemaNodes.typed("integer", "The port number.")
                                    .put("minimum", 1)
                                    .put("maximum", 65535);
                        default -> throw SchemaNodes.undescribed("workloads[].ports[]", key);
                    });
        }
        ObjectNode n = SchemaNodes.closedObject("A named container port.", props);
        n.set("required", SchemaNodes.strings(List.of("name", "port")));
        return n;
    }

    static ObjectNode labels(String description) {
        return SchemaNodes.typed("object", description + " Values are strings (quote numbers).")
                .set("additionalProperties", JSON.objectNode().put("type", "string"));
    }
}
