package dev.polcat.site;

import dev.polcat.analyze.Analysis;
import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.ExplainedRule;
import dev.polcat.catalog.Catalog;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.Profile;
import dev.polcat.validate.ValidatedPolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every page shares: the catalog title, navigation, the path back to the site root, and each
 * policy's published YAML (written once, shown on its policy page and downloaded).
 */
record PageContext(
        Catalog catalog,
        Analysis analysis,
        FileHeader header,
        Map<ValidatedPolicy, String> yamlTexts,
        Map<String, Map<ExplainedRule, String>> ruleIds,
        Map<String, Map<String, String>> caveatAnchors,
        int exposureRows) {

    PageContext(Catalog catalog, Analysis analysis, FileHeader header) {
        this(catalog, analysis, header, EnvironmentPage.MAX_ROWS);
    }

    /** {@code exposureRows}: the most rows an environment page's turned exposure matrix lists. */
    PageContext(Catalog catalog, Analysis analysis, FileHeader header, int exposureRows) {
        this(
                catalog,
                analysis,
                header,
                Collections.synchronizedMap(new IdentityHashMap<>()),
                new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>(),
                exposureRows);
    }

    /**
     * The permalink id of one environment's copy of a rule on its policy page, as {@link PolicyPage} assigns
     * it (ids are given in the analysis's environment order, so this uses the same order).
     */
    String ruleId(String policy, String env, ExplainedRule rule) {
        return ruleIds.computeIfAbsent(policy, this::ruleIds).getOrDefault(rule, "");
    }

    /**
     * Each rule's id, by the rule itself: environment pages ask for the rules of every policy early in the
     * stage, and the merged rules they came from (the policy pages make their own) and their text keys held
     * 100 MB at 2,000 policies for the rest of it.
     */
    private Map<ExplainedRule, String> ruleIds(String policy) {
        MergedRules.Result merged = MergedRules.of(analysis.environments(), policy);
        Map<ExplainedRule, String> out = new IdentityHashMap<>();
        for (EnvironmentAnalysis e : analysis.environments()) {
            e.policy(policy)
                    .ifPresent(pa -> pa.rules().forEach(r -> {
                        String id = merged.id(e.env().name(), r);
                        if (!id.isEmpty()) out.put(r, id);
                    }));
        }
        return out;
    }

    /**
     * Each detected finding's anchor on the policy's page ({@link PolicyCaveats#anchors}), made once per
     * policy: every environment page links to them.
     */
    Map<String, String> caveatAnchors(PolicyTemplate p) {
        return caveatAnchors.computeIfAbsent(p.name(), n -> PolicyCaveats.anchors(p, analysis.environments()));
    }

    /** The policy's download file, as {@link YamlBundle} wrote it (or writes it now). */
    String yaml(ValidatedPolicy v) {
        String text = yamlTexts.get(v);
        return text != null ? text : YamlBundle.policyFile(header, v);
    }

    /**
     * The environments in the order pages show them: those {@code polcat.yaml} lists under {@code environments}
     * in its order, then the rest in natural order of their names (prod before prod-v6).
     */
    List<EnvironmentAnalysis> environments() {
        return analysis.environments().stream()
                .sorted(Comparator.comparing((EnvironmentAnalysis e) -> e.env().name(), environmentOrder()))
                .toList();
    }

    List<Profile> environmentProfiles() {
        return catalog.environments().stream()
                .sorted(Comparator.comparing(Profile::name, environmentOrder()))
                .toList();
    }

    private Comparator<String> environmentOrder() {
        List<String> listed = catalog.environmentOrder();
        return Comparator.comparingInt((String name) -> {
                    int i = listed.indexOf(name);
                    return i < 0 ? listed.size() : i;
                })
                .thenComparing(NaturalOrder.INSTANCE);
    }

    Map<String, Object> base(String title, String root, String section) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("siteTitle", catalog.title());
        m.put("title", title);
        m.put("root", root);
        m.put("section", section);
        Map<String, Object> build = new LinkedHashMap<>();
        if (!PolcatVersion.get().isEmpty()) build.put("version", PolcatVersion.get());
        if (header.commit() != null) build.put("commit", header.commit());
        m.put("build", build);
        List<Object> envs = new ArrayList<>();
        for (var e : environmentProfiles()) {
            envs.add(Map.of("name", e.name(), "title", e.title(), "href", root + SitePaths.environmentPage(e.name())));
        }
        m.put("environments", envs);
        return m;
    }
}
