package dev.polcat.site;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.calico.PolicyResource;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.validate.ValidatedPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code index.html}: each environment's downloads, then every policy, grouped by tag and in apply order
 * within a group, against every environment (in natural order: prod before prod-v6).
 */
final class IndexPage {
    private IndexPage() {}

    static Map<String, Object> model(PageContext ctx) {
        Map<String, Object> m = ctx.base(ctx.catalog().title(), "", "index");
        List<EnvironmentAnalysis> envs = ctx.environments();
        Map<String, List<PolicyTemplate>> byTag = new TreeMap<>(NaturalOrder.INSTANCE);
        for (PolicyTemplate p : ctx.catalog().policies()) {
            List<String> tags =
                    p.doc().tags().isEmpty() ? List.of("untagged") : p.doc().tags();
            for (String t : tags)
                byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
        }
        List<Object> groups = new ArrayList<>();
        byTag.forEach((tag, policies) -> groups.add(Map.of(
                "tag",
                tag,
                "id",
                HtmlIds.of("tag", tag),
                "policies",
                policies.stream()
                        .sorted(applyOrder(envs))
                        .map(p -> row(envs, p))
                        .toList())));
        m.put("groups", groups);
        m.put("policyCount", ctx.catalog().policies().size());
        m.put(
                "downloads",
                envs.stream()
                        .map(e -> (Object) Map.of(
                                "name",
                                e.env().name(),
                                "title",
                                e.env().title(),
                                "href",
                                SitePaths.environmentPage(e.env().name()),
                                "all",
                                YamlBundle.allPath(e.env().name()),
                                "allName",
                                YamlBundle.allFileName(e.env().name()),
                                "zip",
                                EnvironmentZip.path(e.env().name()),
                                "zipName",
                                EnvironmentZip.fileName(e.env().name()),
                                "policies",
                                e.policies().size()))
                        .toList());
        return m;
    }

    /**
     * As {@code calicoctl apply} would take them: by the policy's rendered resources in the first
     * environment that enables it (the same order every environment page lists), never-enabled last.
     */
    static Comparator<PolicyTemplate> applyOrder(List<EnvironmentAnalysis> envs) {
        Comparator<Optional<ValidatedPolicy>> rendered = (a, b) -> a.isPresent() && b.isPresent()
                ? ValidatedPolicy.APPLY_ORDER.compare(a.get(), b.get())
                : Boolean.compare(a.isEmpty(), b.isEmpty());
        return Comparator.comparing((PolicyTemplate p) -> firstRendered(envs, p), rendered)
                .thenComparing(PolicyTemplate::name);
    }

    private static Optional<ValidatedPolicy> firstRendered(List<EnvironmentAnalysis> envs, PolicyTemplate p) {
        return envs.stream()
                .flatMap(e -> e.policy(p.name()).stream())
                .map(PolicyAnalysis::policy)
                .findFirst();
    }

    private static Object row(List<EnvironmentAnalysis> envs, PolicyTemplate p) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", p.name());
        r.put("title", p.doc().title());
        r.put("summary", p.doc().summary());
        r.put("href", SitePaths.policyPage(p.name()));
        List<Object> cells = new ArrayList<>();
        String order = "";
        for (EnvironmentAnalysis e : envs) {
            var pa = e.policy(p.name());
            cells.add(Map.of(
                    "env",
                    e.env().name(),
                    "enabled",
                    pa.isPresent(),
                    "href",
                    pa.isPresent() ? YamlBundle.policyPath(e.env().name(), p.name()) : "",
                    "file",
                    pa.isPresent() ? YamlBundle.policyFileName(e.env().name(), p.name()) : ""));
            if (order.isEmpty() && pa.isPresent()) {
                order = pa.get()
                        .policy()
                        .mainPolicy()
                        .map(PolicyResource::spec)
                        .map(s -> s.order() == null
                                ? "last"
                                : s.order().stripTrailingZeros().toPlainString())
                        .orElse("");
            }
        }
        r.put("order", order);
        r.put("cells", cells);
        return r;
    }
}
