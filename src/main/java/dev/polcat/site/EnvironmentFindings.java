package dev.polcat.site;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.Finding;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.catalog.PolicyTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The environment page's detected caveats: each finding once, with every policy it was found in, each
 * linking to the finding's caveat on its policy page (500 policies with the same ICMP rule made the same
 * finding 500 times). In apply order of the first policy that has it.
 */
final class EnvironmentFindings {
    static final String OPEN_TO_INTERNET = "open-to-internet";

    private EnvironmentFindings() {}

    /** Each: {@code id}, {@code message}, {@code hint}, {@code policies} (name and link). */
    static List<Map<String, Object>> of(PageContext ctx, EnvironmentAnalysis e) {
        Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
        // Each group's policy links, once each: a finding shared by hundreds of policies made a list lookup
        // per link quadratic.
        Map<String, Set<Map<String, Object>>> links = new java.util.HashMap<>();
        for (PolicyAnalysis pa : e.policies()) {
            if (pa.findings().isEmpty()) continue;
            PolicyTemplate p = pa.policy().policy();
            Map<String, String> anchors = ctx.caveatAnchors(p);
            for (Finding f : pa.findings()) {
                String key = PolicyCaveats.key(f, e.env().name());
                groups.computeIfAbsent(key, k -> group(f));
                links.computeIfAbsent(key, k -> new LinkedHashSet<>())
                        .add(Map.of(
                                "name",
                                p.name(),
                                "href",
                                "../" + SitePaths.policyPage(p.name()) + "#" + anchors.get(key)));
            }
        }
        groups.forEach((key, g) -> g.put("policies", new ArrayList<Object>(links.get(key))));
        return new ArrayList<>(groups.values());
    }

    /** How many (policy, finding) pairs the groups hold. */
    static int count(List<Map<String, Object>> groups) {
        return groups.stream()
                .mapToInt(g -> ((List<?>) g.get("policies")).size())
                .sum();
    }

    private static Map<String, Object> group(Finding f) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("id", f.id());
        g.put("message", f.message());
        g.put("hint", f.hint());
        return g;
    }
}
