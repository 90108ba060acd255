package dev.polcat.site;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.calico.PolicyResource;
import dev.polcat.catalog.PolicyTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code index.html}: every policy, grouped by tag, against every environment. */
final class IndexPage {
    private IndexPage() {}

    static Map<String, Object> model(PageContext ctx) {
        Map<String, Object> m = ctx.base(ctx.catalog().title(), "", "index");
        Map<String, List<Object>> byTag = new TreeMap<>();
        for (PolicyTemplate p : ctx.catalog().policies()) {
            List<String> tags = p.doc().tags().isEmpty() ? List.of("untagged") : p.doc().tags();
            Object row = row(ctx, p);
            for (String t : tags) byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(row);
        }
        List<Object> groups = new ArrayList<>();
        byTag.forEach((tag, rows) -> groups.add(Map.of("tag", tag, "id", HtmlIds.of("tag", tag), "policies", rows)));
        m.put("groups", groups);
        m.put("policyCount", ctx.catalog().policies().size());
        return m;
    }

    private static Object row(PageContext ctx, PolicyTemplate p) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", p.name());
        r.put("title", p.doc().title());
        r.put("summary", p.doc().summary());
        r.put("href", SitePaths.policyPage(p.name()));
        List<Object> cells = new ArrayList<>();
        String order = "";
        for (EnvironmentAnalysis e : ctx.analysis().environments()) {
            var pa = e.policy(p.name());
            cells.add(Map.of("env", e.env().name(), "enabled", pa.isPresent(),
                    "href", pa.isPresent() ? YamlBundle.policyPath(e.env().name(), p.name()) : ""));
            if (order.isEmpty() && pa.isPresent()) {
                order = pa.get().policy().mainPolicy().map(PolicyResource::spec)
                        .map(s -> s.order() == null ? "last" : s.order().stripTrailingZeros().toPlainString()).orElse("");
            }
        }
        r.put("order", order);
        r.put("cells", cells);
        return r;
    }
}
