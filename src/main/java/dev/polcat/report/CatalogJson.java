package dev.polcat.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.polcat.diag.SafeJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The site's {@code catalog.json}: a machine-readable index of every environment and policy, its schema
 * documented in the README. Built by the site, which knows the paths; collections arrive in the order
 * pages show them, so the file is stable across builds.
 */
public final class CatalogJson {
    public static final int SCHEMA_VERSION = 2;

    private CatalogJson() {}

    public record Index(int schemaVersion, String title, List<Environment> environments, List<Policy> policies) {}

    /**
     * {@code exposureFromEndpoints}: whether the report covers flows from the environment's own hosts and
     * workloads (too many endpoints: networks only); {@code exposureSkipped} only when > 0.
     */
    public record Environment(
            String name,
            String title,
            String description,
            List<String> profiles,
            String page,
            String all,
            String zip,
            String kustomization,
            List<Applied> applyOrder,
            List<Host> hosts,
            List<Exposure> exposure,
            boolean exposureFromEndpoints,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer exposureSkipped,
            List<Check> checks) {}

    public record Applied(
            String policy,
            String file,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal order) {}

    public record Host(
            String name,
            @JsonProperty("interface") String interfaceName,
            List<String> ips,
            Map<String, String> labels) {}

    /**
     * Every host (or workload) in {@code hosts} accepts {@code service} from every source in {@code from},
     * and one rule allows it: {@code policy} and {@code rule} ({@code spec.ingress[0]}), "" when no policy
     * rule decided (Felix's failsafe ports), {@code allowedBy} in words.
     */
    public record Exposure(
            List<String> hosts, String service, List<Source> from, String allowedBy, String policy, String rule) {}

    /**
     * A network ({@code name}: {@code anywhere}, the parameter or {@code set NAME} that declares {@code cidr}),
     * or other hosts or workloads of the environment by name. The hosts of an entry share one list, which may
     * name them too: a host is never its own source, so each reads the list without itself.
     */
    public record Source(
            @JsonInclude(JsonInclude.Include.NON_NULL) String name,
            @JsonInclude(JsonInclude.Include.NON_NULL) String cidr,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> hosts,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> workloads) {}

    public record Check(String kind, String requirement, String flow, String mode, boolean holds, String verdict) {}

    public record Policy(
            String name,
            String title,
            String summary,
            List<String> tags,
            String template,
            String page,
            List<Parameter> parameters,
            Map<String, PolicyInEnvironment> environments) {}

    public record Parameter(
            String name,
            String type,
            boolean required,

            @JsonProperty("default") @JsonInclude(JsonInclude.Include.NON_NULL)
            String defaultValue,

            String description) {}

    /** {@code file}, {@code values} and {@code rules} only where the policy is enabled. */
    public record PolicyInEnvironment(
            boolean enabled,
            @JsonInclude(JsonInclude.Include.NON_NULL) String file,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Value> values,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Rule> rules) {}

    public record Value(String value, String from) {}

    public record Rule(String resource, String path, String name, String action, String explanation, String note) {}

    /** Without layout: the file is for programs, and at 500 policies × 20 environments it is tens of MB. */
    public static String render(Index index) {
        return SafeJson.writeCompact(index);
    }

    /** {@link #render} onto a stream: the same bytes, never held whole. */
    public static void write(Index index, java.io.OutputStream out) throws java.io.IOException {
        SafeJson.writeCompact(index, out);
    }
}
