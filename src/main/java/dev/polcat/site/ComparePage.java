package dev.polcat.site;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.ExplainedRule;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.analyze.diff.RuleIdentity;
import dev.polcat.calico.Rule;
import dev.polcat.catalog.ParamValue;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.catalog.PolicyTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code compare.html}: environments side by side, by value. Each parameter's value in every environment,
 * and each policy rule by rule, rules lined up by identity as {@code polcat diff} pairs them (a rule per
 * etcd server, named after its address, lines up with its counterpart by position among its kind). A cell
 * that differs from the row's common value is highlighted; policies identical everywhere collapse. At 500
 * policies × 20 environments the page was 18 MB, nearly all of it cells: each repeated the rule's whole
 * sentence, its environment's name (for phones' cards) and, in most rows, a hidden "(differs)". Now a
 * rule's shared words are written once per row, labels come from the table head (layout.js), and
 * neighbouring environments that agree share a cell.
 */
final class ComparePage {
    private ComparePage() {}

    static Map<String, Object> model(PageContext ctx) {
        Map<String, Object> m = ctx.base("Compare environments", "", "compare");
        List<EnvironmentAnalysis> envs = ctx.environments();
        m.put("envNames", envs.stream().map(e -> e.env().name()).toList());
        m.put("parameters", parameters(ctx, envs));
        List<Object> policies = new ArrayList<>();
        for (PolicyTemplate p : ctx.catalog().policies().stream()
                .sorted(IndexPage.applyOrder(envs))
                .toList()) {
            policies.add(policy(p, envs));
        }
        m.put("policies", policies);
        return m;
    }

    private static List<Object> parameters(PageContext ctx, List<EnvironmentAnalysis> envs) {
        List<Object> rows = new ArrayList<>();
        for (ParameterDecl d : ctx.catalog().parameters().values()) {
            List<String> values = new ArrayList<>();
            for (EnvironmentAnalysis e : envs) values.add(value(e, d));
            rows.add(row(d.name(), d.type().spelling(), values, false));
        }
        return rows;
    }

    /** The value the environment's enabled policies use ("" when none uses the parameter), per policy where they differ. */
    private static String value(EnvironmentAnalysis e, ParameterDecl d) {
        Map<String, List<String>> byValue = new LinkedHashMap<>();
        for (PolicyAnalysis pa : e.policies()) {
            PolicyTemplate p = pa.policy().policy();
            Optional<ParameterDecl> own = p.doc().parameters().stream()
                    .filter(x -> x.name().equals(d.name()))
                    .findFirst();
            if (own.isEmpty()) continue;
            ParamValue v = e.env().value(p.name(), d.name()).orElse(own.get().defaultValue());
            byValue.computeIfAbsent(v == null ? "(unset)" : v.display(), k -> new ArrayList<>())
                    .add(p.name());
        }
        if (byValue.size() <= 1) return byValue.keySet().stream().findFirst().orElse("");
        List<String> parts = new ArrayList<>();
        byValue.forEach((v, ps) -> parts.add(String.join(", ", ps) + ": " + v));
        return String.join("; ", parts);
    }

    private static Map<String, Object> policy(PolicyTemplate p, List<EnvironmentAnalysis> envs) {
        List<Row> rows = new ArrayList<>();
        List<Boolean> enabled = new ArrayList<>();
        for (int k = 0; k < envs.size(); k++) {
            Optional<PolicyAnalysis> pa = envs.get(k).policy(p.name());
            enabled.add(pa.isPresent());
            if (pa.isEmpty()) continue;
            Map<String, List<ExplainedRule>> bySide = new LinkedHashMap<>();
            for (ExplainedRule r : pa.get().rules())
                bySide.computeIfAbsent(r.resource() + " " + r.direction(), x -> new ArrayList<>())
                        .add(r);
            for (var side : bySide.entrySet()) line(rows, side.getKey(), side.getValue(), k, envs.size());
        }
        List<Object> rowModels = new ArrayList<>();
        int differing = 0;
        for (Row r : rows) {
            List<String> texts = new ArrayList<>();
            for (int k = 0; k < envs.size(); k++) {
                ExplainedRule x = r.cells[k];
                texts.add(!enabled.get(k) ? null : x == null ? "" : x.sentence());
            }
            Map<String, Object> row = row(r.label(), r.side, texts, true);
            if ((boolean) row.get("differs")) differing++;
            rowModels.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", p.name());
        out.put("title", p.doc().title());
        out.put("href", SitePaths.policyPage(p.name()));
        out.put("enabled", enabled);
        out.put("rows", rowModels);
        out.put("differing", differing);
        out.put("identical", differing == 0 && enabled.stream().allMatch(b -> b));
        return out;
    }

    /** One rule across environments: the same rule by identity in each environment that renders it. */
    private static final class Row {
        final String side;
        final ExplainedRule[] cells;
        ExplainedRule latest;

        Row(String side, int envs) {
            this.side = side;
            this.cells = new ExplainedRule[envs];
        }

        String label() {
            for (ExplainedRule r : cells) if (r != null && !r.name().isEmpty()) return r.name();
            return latest.path().substring("spec.".length());
        }
    }

    /**
     * Adds environment {@code k}'s rules of one side (resource and direction) to the rows: paired as the
     * diff engine pairs them, then unpaired named rules by their name's stem (the name without its numbers
     * and addresses) in order; the rest become new rows.
     */
    private static void line(List<Row> rows, String side, List<ExplainedRule> rules, int k, int envs) {
        List<Row> candidates = rows.stream().filter(r -> r.side.equals(side)).toList();
        List<Rule> before = candidates.stream().map(r -> r.latest.rule()).toList();
        List<Rule> after = rules.stream().map(ExplainedRule::rule).toList();
        int[] match = before.stream().allMatch(java.util.Objects::nonNull)
                        && after.stream().allMatch(java.util.Objects::nonNull)
                ? RuleIdentity.match(before, after)
                : new int[rules.size()];
        if (before.contains(null) || after.contains(null)) java.util.Arrays.fill(match, -1);
        boolean[] used = new boolean[candidates.size()];
        for (int m : match) if (m >= 0) used[m] = true;
        Map<String, Integer> nextByStem = new HashMap<>();
        for (int j = 0; j < rules.size(); j++) {
            if (match[j] >= 0 || rules.get(j).name().isEmpty()) continue;
            String stem = stem(rules.get(j).name());
            for (int i = nextByStem.getOrDefault(stem, 0); i < candidates.size(); i++) {
                if (!used[i]
                        && stem(candidates.get(i).latest.name()).equals(stem)
                        && !candidates.get(i).latest.name().isEmpty()) {
                    match[j] = i;
                    used[i] = true;
                    nextByStem.put(stem, i + 1);
                    break;
                }
            }
        }
        for (int j = 0; j < rules.size(); j++) {
            Row row = match[j] >= 0 ? candidates.get(match[j]) : new Row(side, envs);
            if (match[j] < 0) rows.add(row);
            row.cells[k] = rules.get(j);
            row.latest = rules.get(j);
        }
    }

    /** {@code etcd-client-in-#} for {@code etcd-client-in-10.30.1.11}: numbers, addresses and CIDRs become #. */
    static String stem(String name) {
        return name.replaceAll("[0-9a-fA-F]*[0-9][0-9a-fA-F.:/]*", "#");
    }

    /**
     * A row of values across environments: {@code null} for "policy off", "" for "none". When at least
     * half of the environments that have a value share one (ties: the first environment's), each cell that
     * differs from it is marked; otherwise the row as a whole is ({@code varies}: at 20 environments,
     * marking the 17 cells that differ from a value 3 share says little). Neighbouring cells with the same
     * value are one cell spanning their columns. {@code words}: rule sentences, whose words every differing value shares at its start
     * and end are written once in the row's header ({@code shared}) and left out of the cells.
     */
    private static Map<String, Object> row(String label, String note, List<String> values, boolean words) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String v : values) if (v != null) counts.merge(v, 1, Integer::sum);
        String common = counts.entrySet().stream()
                .max((a, b) -> Integer.compare(a.getValue(), b.getValue()))
                .map(Map.Entry::getKey)
                .orElse("");
        boolean differs = counts.size() > 1;
        boolean isCommon = counts.getOrDefault(common, 0) * 2
                >= counts.values().stream().mapToInt(n -> n).sum();
        SharedWords shared = words && differs
                ? SharedWords.of(
                        counts.keySet().stream().filter(v -> !v.isEmpty()).toList())
                : SharedWords.NONE;
        List<Object> cells = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            String v = values.get(k);
            int span = 1;
            while (k + span < values.size() && Objects.equals(values.get(k + span), v)) span++;
            // Map.of, not LinkedHashMap: 20 environments × 2,000 policies' rules made 500,000 cells, 150 MB
            cells.add(Map.of(
                    "text",
                    v == null ? "" : shared.rest(v),
                    "state",
                    v == null ? "off" : v.isEmpty() ? "absent" : "present",
                    "differs",
                    v != null && differs && isCommon && !v.equals(common),
                    "span",
                    span));
            k += span - 1;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", label);
        row.put("note", note);
        row.put("shared", shared.pattern());
        row.put("cells", cells);
        row.put("differs", differs);
        row.put("varies", differs && !isCommon);
        return row;
    }
}
