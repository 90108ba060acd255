package dev.polcat.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the build reads, checked and typed: policies sorted by name, profiles sorted by name (the
 * abstract ones included), the catalog-wide parameter declarations by name, and the values profiles set
 * for names that templates use but no doc declares (reported at the template, see {@link UnboundValue}).
 * {@code baseUrl} is where the site is served ({@code /polcat/} or {@code https://org.github.io/polcat/}, from
 * {@code polcat.yaml}), "" when unknown; {@code environmentOrder} the environments {@code polcat.yaml} lists first
 * on the site, in its order (checked: each an environment, once).
 */
public record Catalog(
        Path root,
        String title,
        List<PolicyTemplate> policies,
        List<Profile> profiles,
        Map<String, ParameterDecl> parameters,
        Map<String, UnboundValue> unboundValues,
        String baseUrl,
        List<String> environmentOrder) {

    /** A catalog served from wherever it is opened ({@code baseUrl} unset). */
    public Catalog(
            Path root,
            String title,
            List<PolicyTemplate> policies,
            List<Profile> profiles,
            Map<String, ParameterDecl> parameters,
            Map<String, UnboundValue> unboundValues) {
        this(root, title, policies, profiles, parameters, unboundValues, "", List.of());
    }

    public Catalog {
        baseUrl = baseUrl == null ? "" : baseUrl;
        environmentOrder = environmentOrder == null ? List.of() : List.copyOf(environmentOrder);
        unboundValues = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(unboundValues));
        policies = List.copyOf(policies);
        profiles = List.copyOf(profiles);
        parameters = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(parameters));
    }

    /** The path part of {@link #baseUrl()} ({@code /polcat/}), "" when unset: same-origin links, any host. */
    public String basePath() {
        String path = baseUrl.replaceFirst("^https?://[^/]+", "");
        return path.isEmpty() && !baseUrl.isEmpty() ? "/" : path;
    }

    /** The profiles that are environments (not abstract), by name. */
    public List<Profile> environments() {
        return profiles.stream().filter(p -> !p.isAbstract()).toList();
    }

    public Optional<Profile> environment(String name) {
        return environments().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<PolicyTemplate> policy(String name) {
        return policies.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
