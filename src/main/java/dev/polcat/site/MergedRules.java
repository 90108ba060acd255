package dev.polcat.site;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.ExplainedRule;
import dev.polcat.analyze.PolicyAnalysis;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A policy's rules across environments, each listed once: rules are the same rule when they have the
 * same resource, direction and name (or, unnamed, position), and their per-environment sentences are
 * grouped into variants, so a page at 20 environments says "prod, staging: allows TCP 22 from …" once
 * instead of repeating 20 tables.
 */
final class MergedRules {
    /** One environment's copy of the rule: its resource and path there ({@code spec.ingress[0]}). */
    record EnvRule(String env, String resource, String path) {}

    /** One wording of the rule and the environments where it reads so. */
    record Variant(String action, String sentence, List<EnvRule> envs) {}

    /** A rule as the page lists it. */
    record Merged(
            String id,
            String name,
            String resource,
            String direction,
            String note,
            List<Variant> variants,
            List<String> missingIn) {
        int envCount() {
            return variants.stream().mapToInt(v -> v.envs().size()).sum();
        }
    }

    /** The rules, and each environment's rule (by {@code env resource path}) to its merged id. */
    record Result(List<Merged> rules, Map<String, String> ids) {
        String id(String env, ExplainedRule r) {
            return ids.getOrDefault(key(env, r), "");
        }

        /** How {@code ids} names one environment's rule. */
        static String key(String env, ExplainedRule r) {
            return env + " " + r.resource() + " " + r.path();
        }
    }

    private MergedRules() {}

    static Result of(List<EnvironmentAnalysis> envs, String policy) {
        List<String> order = new ArrayList<>();
        Map<String, List<Entry>> byKey = new LinkedHashMap<>();
        List<String> enabled = new ArrayList<>();
        for (EnvironmentAnalysis e : envs) {
            PolicyAnalysis pa = e.policy(policy).orElse(null);
            if (pa == null) continue;
            enabled.add(e.env().name());
            int insertAt = 0;
            for (ExplainedRule r : pa.rules()) {
                String key = r.resource() + "\u0000" + r.direction().yamlName() + "\u0000"
                        + (r.name().isEmpty() ? "#" + r.index() : r.name());
                if (!byKey.containsKey(key)) order.add(insertAt, key);
                insertAt = order.indexOf(key) + 1;
                byKey.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Entry(e.env().name(), r));
            }
        }
        Set<String> ids = new HashSet<>();
        List<Merged> out = new ArrayList<>();
        Map<String, String> idOf = new java.util.HashMap<>();
        for (String key : order) {
            Merged m = merge(byKey.get(key), enabled, ids);
            out.add(m);
            for (Entry en : byKey.get(key)) idOf.put(Result.key(en.env(), en.rule()), m.id());
        }
        return new Result(out, idOf);
    }

    private record Entry(String env, ExplainedRule rule) {}

    private static Merged merge(List<Entry> entries, List<String> enabled, Set<String> ids) {
        ExplainedRule first = entries.get(0).rule();
        String dir = first.direction().yamlName().toLowerCase(java.util.Locale.ROOT);
        String base = RuleIds.of(first.name(), dir, first.index());
        String id = base;
        for (int n = 2; !ids.add(id); n++) id = base + "-" + n;
        Map<String, List<EnvRule>> bySentence = new LinkedHashMap<>();
        Map<String, String> actionOf = new LinkedHashMap<>();
        Set<String> present = new HashSet<>();
        for (Entry en : entries) {
            String action = en.rule().rule().action().yamlName();
            String k = action + "\u0000" + en.rule().sentence();
            actionOf.putIfAbsent(k, action);
            bySentence
                    .computeIfAbsent(k, x -> new ArrayList<>())
                    .add(new EnvRule(en.env(), en.rule().resource(), en.rule().path()));
            present.add(en.env());
        }
        List<Variant> variants = new ArrayList<>();
        bySentence.forEach(
                (k, lines) -> variants.add(new Variant(actionOf.get(k), k.substring(k.indexOf('\u0000') + 1), lines)));
        List<String> missing =
                enabled.stream().filter(e -> !present.contains(e)).toList();
        return new Merged(
                id, first.name(), first.resource(), first.direction().yamlName(), first.note(), variants, missing);
    }
}
