package dev.polcat.load;

import dev.polcat.catalog.ProfileKey;
import java.util.List;

/**
 * The keys each nested map of a catalog's YAML may hold, in the order did-you-mean hints list them. The
 * readers reject every other key, and the editor schemas are made from these same lists (a profile's
 * top-level keys are {@link ProfileKey}).
 */
public final class InputKeys {
    /** {@code polcat.yaml}. */
    public static final List<String> CATALOG_FILE = List.of("title", "baseUrl", "environments");
    /** An item of a profile's {@code hosts}. */
    public static final List<String> HOST = List.of("name", "interface", "ips", "labels");
    /** An item of a profile's {@code namespaces}. */
    public static final List<String> NAMESPACE = List.of("name", "labels");
    /** An item of a profile's {@code workloads}. */
    public static final List<String> WORKLOAD =
            List.of("name", "namespace", "labels", "serviceAccount", "ips", "node", "ports");
    /** A workload's {@code serviceAccount} when written as a map. */
    public static final List<String> SERVICE_ACCOUNT = List.of("name", "labels");
    /** An item of a workload's {@code ports} (a named container port). */
    public static final List<String> WORKLOAD_PORT = List.of("name", "protocol", "port");
    /** An item of a profile's {@code public}. */
    public static final List<String> PUBLIC = List.of("ports", "to", "reason");
    /** A flow peer written as {@code {workloads: SELECTOR, namespace: NAME}}. */
    public static final List<String> WORKLOAD_PEER = List.of("workloads", "namespace");
    /** A profile's {@code guard}. */
    public static final List<String> GUARD = List.of("management", "datastore", "bgp", "workloads");
    /** The roles a parameter's {@code guard:} may name (the host-wide lists of a profile's {@code guard}). */
    public static final List<String> GUARD_ROLES = List.of("management", "datastore", "bgp");
    /** An expected flow: an item of a profile's {@code expect} or a doc's {@code examples}. */
    public static final List<String> FLOW = List.of("allow", "deny", "from", "to", "via", "reason");
    /** A profile's {@code policies.NAME}. */
    public static final List<String> POLICY_SETTINGS = List.of("enabled", "values");
    /** A profile's {@code failsafe}. */
    public static final List<String> FAILSAFE = List.of("inbound", "outbound");
    /** The front matter of a policy doc ({@code NAME.md}). */
    public static final List<String> FRONT_MATTER =
            List.of("title", "summary", "tags", "parameters", "rules", "caveats", "examples");
    /** An item of a doc's {@code caveats}. */
    public static final List<String> CAVEAT = List.of("title", "severity", "text", "checks");
    /** A parameter declaration in a doc's {@code parameters} (and a record's {@code fields}). */
    public static final List<String> PARAMETER =
            List.of("type", "description", "default", "required", "values", "fields", "guard");

    private InputKeys() {}
}
