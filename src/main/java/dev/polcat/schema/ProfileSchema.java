package dev.polcat.schema;

import static dev.polcat.schema.SchemaNodes.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.polcat.catalog.Catalog;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.ProfileKey;
import dev.polcat.load.InputKeys;
import dev.polcat.load.InputNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** {@code profile.schema.json}: every key a profile may hold, with this catalog's parameters and policies. */
final class ProfileSchema {
    private final Catalog catalog;

    ProfileSchema(Catalog catalog) {
        this.catalog = catalog;
    }

    ObjectNode build() {
        ObjectNode doc = SchemaNodes.document(
                "polcat profile",
                "One environment of the catalog (profiles/ENV.yaml; the file name is the environment's name), or an "
                        + "abstract profile that others extend. Made from the catalog's policy docs by polcat: "
                        + "regenerate with polcat build or polcat schema after changing a doc. polcat validate "
                        + "remains the authority for what a schema cannot check (cross-file and cross-field rules).");
        doc.put("type", "object");
        ObjectNode props = doc.putObject("properties");
        for (ProfileKey key : ProfileKey.values()) props.set(key.key(), property(key));
        doc.put("additionalProperties", false);
        doc.set("$defs", Definitions.all());
        return doc;
    }

    /** Exhaustive on purpose: a new profile key does not compile until the schema describes it. */
    private ObjectNode property(ProfileKey key) {
        return switch (key) {
            case TITLE -> SchemaNodes.string("The environment's title, shown on the site (default: the file name).");
            case DESCRIPTION -> SchemaNodes.string("A sentence or two about the environment, shown on its page.");
            case EXTENDS ->
                SchemaNodes.string(
                        "^(" + InputNames.ENVIRONMENT + ")$",
                        "Inherit another profile (its file name without .yaml): maps merge deeply, lists replace. "
                                + "polcat validate checks that it exists and that there is no cycle. Never inherited.",
                        "not a profile name: lowercase letters, digits and '-'");
            case ABSTRACT ->
                SchemaNodes.bool("true for a profile that only holds shared values: it is not an environment "
                        + "and builds nothing. Never inherited.");
            case VALUES ->
                values(
                        catalog.parameters(),
                        this::usedBy,
                        "values",
                        "Parameter values, checked against the policies' declarations. Every parameter any policy "
                                + "declares may be set here; a value for one policy only goes under policies.NAME.values.");
            case POLICIES -> policies();
            case HOSTS -> SchemaNodes.arrayOf(host(), "The environment's host endpoints.");
            case NAMESPACES -> PodSchema.namespaces();
            case WORKLOADS -> PodSchema.workloads();
            case EXPECT ->
                SchemaNodes.arrayOf(
                        FlowSchema.flow("A flow that must hold in this environment."),
                        "Flows that must hold, checked by polcat verify and polcat build.");
            case FAILSAFE -> failsafe();
            case GUARD -> guard();
            case PUBLIC -> publicServices();
        };
    }

    /**
     * {@code declaredBy} names the policies each parameter's description lists: all that declare it for the
     * profile's {@code values}, none under {@code policies.NAME.values}, where the policy is the context (listing
     * them all there made the schema grow with policies squared: 17 MB for 500 policies).
     */
    private ObjectNode values(
            Map<String, ParameterDecl> declared,
            Function<String, List<String>> declaredBy,
            String path,
            String description) {
        ObjectNode props = JSON.objectNode();
        for (ParameterDecl d : new TreeMap<>(declared).values())
            props.set(d.name(), ParameterSchemas.value(d, declaredBy.apply(d.name())));
        return SchemaNodes.closedObject(description + " An unknown name (" + path + ") is an error.", props);
    }

    private List<String> usedBy(String parameter) {
        List<String> out = new ArrayList<>();
        for (PolicyTemplate p : catalog.policies()) {
            if (p.doc().parameters().stream().anyMatch(d -> d.name().equals(parameter))) out.add(p.name());
        }
        return out;
    }

    private ObjectNode policies() {
        ObjectNode props = JSON.objectNode();
        List<String> names = new ArrayList<>();
        for (PolicyTemplate p : catalog.policies().stream()
                .sorted(java.util.Comparator.comparing(PolicyTemplate::name))
                .toList()) {
            names.add(p.name());
            props.set(p.name(), policy(p));
        }
        ObjectNode n = SchemaNodes.closedObject(
                "Per-policy settings: every policy is enabled unless a profile says "
                        + "otherwise. Keys are the catalog's policy names.",
                props);
        n.set("propertyNames", JSON.objectNode().set("enum", SchemaNodes.strings(names)));
        return n;
    }

    private ObjectNode policy(PolicyTemplate p) {
        Map<String, ParameterDecl> own = new TreeMap<>();
        p.doc().parameters().forEach(d -> own.put(d.name(), d));
        ObjectNode props = JSON.objectNode();
        for (String key : InputKeys.POLICY_SETTINGS) {
            props.set(
                    key,
                    switch (key) {
                        case "enabled" ->
                            SchemaNodes.bool("false leaves the policy out of this environment (default true).")
                                    .put("default", true);
                        case "values" ->
                            values(
                                    own,
                                    parameter -> List.of(),
                                    "policies." + p.name() + ".values",
                                    "Values for this policy only; they take precedence over the profile's values.");
                        default -> throw SchemaNodes.undescribed("policies.NAME", key);
                    });
        }
        String about = p.doc().summary().isEmpty()
                ? p.doc().title()
                : p.doc().title() + ": " + p.doc().summary();
        return SchemaNodes.closedObject(about, props);
    }

    private static ObjectNode host() {
        ObjectNode props = JSON.objectNode();
        for (String key : InputKeys.HOST) {
            props.set(
                    key,
                    switch (key) {
                        case "name" ->
                            SchemaNodes.string(
                                    "^(" + InputNames.HOST + ")$",
                                    "The host's name: lowercase letters, digits, '-' and '.'; unique in the profile.",
                                    "not a host name: use lowercase letters, digits, '-' and '.'");
                        case "interface" ->
                            SchemaNodes.string(
                                            "^(" + InputNames.INTERFACE + ")$",
                                            "The interface the host endpoint covers, or * for all of them (default *).",
                                            "not an interface: write * or an interface name of at most 15 characters")
                                    .put("default", "*");
                        case "ips" ->
                            SchemaNodes.arrayOf(
                                    Definitions.ref(Definitions.ADDRESS), "The host's addresses (no prefix length).");
                        case "labels" -> PodSchema.labels("The endpoint's labels, which selectors match.");
                        default -> throw SchemaNodes.undescribed("hosts[]", key);
                    });
        }
        ObjectNode n = SchemaNodes.closedObject("A host endpoint.", props);
        n.set("required", SchemaNodes.strings(List.of("name")));
        return n;
    }

    private static ObjectNode failsafe() {
        ObjectNode props = JSON.objectNode();
        for (String key : InputKeys.FAILSAFE) {
            if (!key.equals("inbound") && !key.equals("outbound")) throw SchemaNodes.undescribed("failsafe", key);
            props.set(
                    key,
                    SchemaNodes.either(
                            JSON.objectNode().put("type", "string"),
                            JSON.objectNode().put("type", "integer"),
                            "Felix's failsafe " + key
                                    + " host ports in Felix's format, e.g. \"tcp:22,udp:68\", or none "
                                    + "(FelixConfiguration failsafe" + (key.equals("inbound") ? "Inbound" : "Outbound")
                                    + "HostPorts: [])."));
        }
        return SchemaNodes.closedObject(
                "Felix's failsafe ports for this environment (default: Felix's defaults).", props);
    }

    private static ObjectNode guard() {
        ObjectNode props = JSON.objectNode();
        for (String key : InputKeys.GUARD) {
            props.set(
                    key,
                    switch (key) {
                        case "management" ->
                            SchemaNodes.arrayOf(
                                    Definitions.ref(Definitions.CIDR_OR_ADDRESS),
                                    "Networks or addresses from which SSH must reach every host. Host bits must be zero (checked by polcat validate).");
                        case "datastore" ->
                            SchemaNodes.arrayOf(
                                    Definitions.ref(Definitions.ENDPOINT),
                                    "ADDRESS:PORT endpoints every host must reach, e.g. 10.30.1.11:2379 or \"[fd00::11]:2379\".");
                        case "bgp" ->
                            SchemaNodes.arrayOf(
                                    Definitions.ref(Definitions.CIDR_OR_ADDRESS),
                                    "Peers (networks or addresses) with which TCP 179 must work both ways from every host.");
                        case "workloads" ->
                            SchemaNodes.arrayOf(
                                    FlowSchema.flow("A path a workload needs: allow: SERVICE, with a workload "
                                            + "(namespace/name or {workloads: SELECTOR, namespace: NS}) at one end."),
                                    "Paths pods need (DNS, the API server, ...), each checked with the environment's failsafe ports and with "
                                            + "failsafe ports off, for every workload a selector matches.");
                        default -> throw SchemaNodes.undescribed("guard", key);
                    });
        }
        return SchemaNodes.closedObject(
                "What must never be cut off, whatever the policies' values: the lockout guard "
                        + "checks it on every build.",
                props);
    }

    private static ObjectNode publicServices() {
        ObjectNode props = JSON.objectNode();
        for (String key : InputKeys.PUBLIC) {
            props.set(
                    key,
                    switch (key) {
                        case "ports" -> {
                            ObjectNode service = SchemaNodes.string(
                                    "^(any|(tcp|udp|sctp|icmp|icmpv6)(/[0-9]{1,5})?)$",
                                    "",
                                    "not a service: write tcp/443, udp/53, sctp/9000, tcp (every TCP port), icmp, icmp/8, icmpv6/128 or any");
                            yield SchemaNodes.either(
                                    SchemaNodes.arrayOf(service, ""),
                                    service,
                                    "The services meant to be reachable from anywhere, e.g. [tcp/443, tcp/80].");
                        }
                        case "to" ->
                            FlowSchema.peer("Where: a host's name, a workload (namespace/name), {hosts: SELECTOR} or "
                                    + "{workloads: SELECTOR, namespace: NAME}.");
                        case "reason" ->
                            SchemaNodes.string("\\S", "Why this is meant to be reachable from the internet.");
                        default -> throw SchemaNodes.undescribed("public[]", key);
                    });
        }
        ObjectNode item = SchemaNodes.closedObject("A service meant to be reachable from the internet.", props);
        item.set("required", SchemaNodes.strings(InputKeys.PUBLIC));
        return SchemaNodes.arrayOf(
                item,
                "What is meant to be reachable from the internet. A flow that becomes reachable "
                        + "from anywhere and is not declared here is reported by the open-to-internet lint and fails "
                        + "polcat diff --fail-on internet-exposure.");
    }
}
