package dev.polcat.site;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.ExplainedRule;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.catalog.PolicyTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code compare.html}: environments side by side — which policies each enables and, rule by rule, how
 * they differ. Rules are matched across environments by name (or position when unnamed).
 */
final class ComparePage {
    private ComparePage() {}

    static Map<String, Object> model(PageContext ctx) {
        Map<String, Object> m = ctx.base("Compare environments", "", "compare");
        List<Object> policies = new ArrayList<>();
        for (PolicyTemplate p : ctx.catalog().policies()) policies.add(policy(ctx, p));
        m.put("policies", policies);
        return m;
    }

    private static Map<String, Object> policy(PageContext ctx, PolicyTemplate p) {
        List<EnvironmentAnalysis> envs = ctx.analysis().environments();
        Set<String> keys = new LinkedHashSet<>();
        List<Optional<PolicyAnalysis>> per = new ArrayList<>();
        for (EnvironmentAnalysis e : envs) {
            Optional<PolicyAnalysis> pa = e.policy(p.name());
            per.add(pa);
            pa.ifPresent(x -> x.rules().forEach(r -> keys.add(key(r))));
        }
        List<Object> rows = new ArrayList<>();
        int differing = 0;
        for (String key : keys) {
            List<Object> cells = new ArrayList<>();
            Set<String> distinct = new LinkedHashSet<>();
            for (Optional<PolicyAnalysis> pa : per) {
                String sentence = pa.isEmpty() ? null
                        : pa.get().rules().stream().filter(r -> key(r).equals(key)).map(ExplainedRule::sentence).findFirst().orElse("");
                cells.add(Map.of("text", sentence == null ? "" : sentence, "state",
                        sentence == null ? "off" : sentence.isEmpty() ? "absent" : "present"));
                if (sentence != null) distinct.add(sentence);
            }
            boolean differs = distinct.size() > 1;
            if (differs) differing++;
            rows.add(Map.of("rule", key, "cells", cells, "differs", differs));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", p.name());
        out.put("title", p.doc().title());
        out.put("href", SitePaths.policyPage(p.name()));
        out.put("enabled", per.stream().map(Optional::isPresent).toList());
        out.put("rows", rows);
        out.put("differing", differing);
        return out;
    }

    private static String key(ExplainedRule r) {
        return r.name().isEmpty() ? r.path().substring("spec.".length()) : r.name();
    }
}
