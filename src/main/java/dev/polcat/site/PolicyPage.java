package dev.polcat.site;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.catalog.ParamValue;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.catalog.PolicyTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code policies/NAME.html}: what the policy does, its caveats by severity, its parameters per
 * environment, and each rule once with what differs between environments. The YAML is not on the page:
 * {@code policy.js} shows one environment's at a time from the policy's {@link YamlFragments} script, so
 * the page stays small at 20 environments.
 */
final class PolicyPage {
    private PolicyPage() {}

    static Map<String, Object> model(PageContext ctx, PolicyTemplate p) {
        return model(ctx, p, PolicyHistory.NONE);
    }

    static Map<String, Object> model(PageContext ctx, PolicyTemplate p, PolicyHistory history) {
        Map<String, Object> m = ctx.base(p.doc().title(), "../", "policies");
        m.put("name", p.name());
        m.put("pageScripts", List.of("policy.js"));
        m.put("yamlScript", YamlFragments.path(p.name()).substring("policies/".length()));
        m.put("summary", p.doc().summary());
        m.put("tags", p.doc().tags());
        m.put("template", p.templateFile());
        m.put("body", Layouts.trusted(Markdown.toHtml(p.doc().body(), 1)));
        m.put("parameters", parameters(ctx, p));
        List<EnvironmentAnalysis> all = ctx.analysis().environments();
        // made here, not kept in ctx: kept for every policy, they filled a 1 GiB heap at 2,000 × 20
        MergedRules.Result merged = MergedRules.of(all, p.name());
        m.put("caveats", PolicyCaveats.of(p, all, merged));
        Map<String, RuleLines> lines = new HashMap<>();
        for (EnvironmentAnalysis e : all) {
            e.policy(p.name()).ifPresent(pa -> lines.put(e.env().name(), new RuleLines(ctx.yaml(pa.policy()))));
        }
        m.put("rules", rules(merged.rules(), lines));
        m.put(
                "multipleResources",
                merged.rules().stream()
                                .map(MergedRules.Merged::resource)
                                .distinct()
                                .count()
                        > 1);
        List<Object> envs = new ArrayList<>();
        for (EnvironmentAnalysis e : ctx.environments()) envs.add(environment(e, p));
        m.put("envs", envs);
        m.put(
                "enabledCount",
                all.stream().filter(e -> e.policy(p.name()).isPresent()).count());
        if (history.shown()) m.put("history", history(history, p.name()));
        return m;
    }

    private static List<Object> parameters(PageContext ctx, PolicyTemplate p) {
        List<Object> out = new ArrayList<>();
        for (ParameterDecl d : p.doc().parameters()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", d.name());
            r.put("type", d.type().spelling());
            r.put("required", d.required());
            r.put("default", d.defaultValue() == null ? "" : d.defaultValue().display());
            r.put("description", Layouts.trusted(Markdown.inlineHtml(d.description())));
            List<Object> values = new ArrayList<>();
            for (EnvironmentAnalysis e : ctx.analysis().environments()) {
                boolean enabled = e.policy(p.name()).isPresent();
                ParamValue v = e.env().value(p.name(), d.name()).orElse(null);
                String from = v != null ? v.pos().file() : d.defaultValue() != null ? "default" : "";
                ParamValue shown = v != null ? v : d.defaultValue();
                values.add(Map.of(
                        "env",
                        e.env().name(),
                        "enabled",
                        enabled,
                        "value",
                        shown == null ? "" : shown.display(),
                        "from",
                        from));
            }
            r.put("values", values);
            out.add(r);
        }
        return out;
    }

    /** One row of the page's per-environment summary; its YAML is in the policy's fragment, loaded on demand. */
    private static Map<String, Object> environment(EnvironmentAnalysis e, PolicyTemplate p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.env().name());
        m.put("title", e.env().title());
        PolicyAnalysis pa = e.policy(p.name()).orElse(null);
        m.put("enabled", pa != null);
        if (pa == null) return m;
        m.put("download", "../" + YamlBundle.policyPath(e.env().name(), p.name()));
        m.put("file", YamlBundle.policyPath(e.env().name(), p.name()));
        m.put("fileName", YamlBundle.policyFileName(e.env().name(), p.name()));
        m.put("hosts", e.hostsSelectedBy(p.name()));
        m.put("hostCount", e.hosts().size());
        m.put("hostsPage", "../" + SitePaths.environmentPage(e.env().name()) + "#hosts");
        m.put("ruleCount", pa.rules().size());
        m.put("findingCount", pa.findings().size());
        return m;
    }

    private static Map<String, Object> history(PolicyHistory h, String policy) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("note", h.note() == null ? "" : h.note());
        List<Object> entries = new ArrayList<>();
        for (PolicyHistory.Entry e : h.byPolicy().getOrDefault(policy, List.of())) {
            List<Object> envs = new ArrayList<>();
            e.envs().forEach((env, line) -> envs.add(Map.of("env", env, "line", line)));
            entries.add(Map.of(
                    "commit",
                    e.commit(),
                    "short",
                    e.commit().substring(0, Math.min(12, e.commit().length())),
                    "date",
                    e.date(),
                    "subject",
                    e.subject(),
                    "envs",
                    envs,
                    "url",
                    h.commitUrl() == null ? "" : h.commitUrl() + e.commit()));
        }
        m.put("entries", entries);
        return m;
    }

    /** {@code lines}: where each environment's rules start in its YAML, for the links to them. */
    private static List<Object> rules(List<MergedRules.Merged> merged, Map<String, RuleLines> lines) {
        List<Object> out = new ArrayList<>();
        for (MergedRules.Merged r : merged) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("name", r.name());
            m.put("resource", r.resource());
            m.put("direction", r.direction());
            m.put("note", Layouts.trusted(Markdown.inlineHtml(r.note())));
            List<Object> variants = new ArrayList<>();
            for (MergedRules.Variant v : r.variants()) {
                List<Object> where = new ArrayList<>();
                for (MergedRules.EnvRule l : v.envs()) {
                    where.add(Map.of("env", l.env(), "line", lines.get(l.env()).line(l.resource(), l.path())));
                }
                variants.add(Map.of("action", v.action(), "sentence", v.sentence(), "envs", where));
            }
            m.put("variants", variants);
            // One action for every environment is shown once, before the wordings.
            m.put(
                    "action",
                    r.variants().stream()
                                            .map(MergedRules.Variant::action)
                                            .distinct()
                                            .count()
                                    == 1
                            ? r.variants().get(0).action()
                            : "");
            m.put("missingIn", r.missingIn());
            out.add(m);
        }
        return out;
    }
}
