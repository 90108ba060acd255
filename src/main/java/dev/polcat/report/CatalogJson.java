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
    public static final int SCHEMA_VERSION = 1;

    private CatalogJson() {}

    public record Index(int schemaVersion, String title, List<Environment> environments, List<Policy> policies) {}

    /** {@code exposure} is null when the report was not computed; {@code exposureSkipped} only when > 0. */
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
            @JsonInclude(JsonInclude.Include.ALWAYS) List<Exposure> exposure,
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

    public record Exposure(String host, String service, String from, String cidr, String allowedBy) {}

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
