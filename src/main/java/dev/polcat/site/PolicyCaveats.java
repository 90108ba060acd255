package dev.polcat.site;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.ExplainedRule;
import dev.polcat.analyze.Finding;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.analyze.lint.Lint;
import dev.polcat.analyze.lint.Lints;
import dev.polcat.catalog.Caveat;
import dev.polcat.catalog.CaveatSeverity;
import dev.polcat.catalog.ExpectedFlow;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.diag.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A policy's caveats as its page lists them: the author's, then what the lints detected (each finding
 * once, with the environments it was found in), sorted by severity so the dangerous ones come first;
 * within a severity, authored before detected, each in its own order.
 */
final class PolicyCaveats {
    private PolicyCaveats() {}

    static List<Map<String, Object>> of(PolicyTemplate p, List<EnvironmentAnalysis> envs, MergedRules.Result ruleIds) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Item i : items(p, envs, PolicyCaveats::authored, (f, e, pa) -> finding(f, e, pa, ruleIds))) {
            i.model().put("severity", i.severity().spelling());
            out.add(i.model());
        }
        return out;
    }

    /**
     * Each detected finding's anchor on the policy page ({@code caveat-3}), by {@link #key}: what an
     * environment page links to.
     */
    static Map<String, String> anchors(PolicyTemplate p, List<EnvironmentAnalysis> envs) {
        Map<String, String> out = new LinkedHashMap<>();
        List<Item> items = items(
                p, envs, c -> Map.of(), (f, e, pa) -> new LinkedHashMap<>(Map.of("envs", new ArrayList<String>())));
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).key() != null) out.put(items.get(i).key(), "caveat-" + (i + 1));
        }
        return out;
    }

    /**
     * Findings of several environments with this key are one caveat: the same lint saying the same thing,
     * up to what names the environment itself (its name, its profile file) and where the named rule sits
     * in each environment's rendering ({@code spec.ingress[3] (ssh)}). At 20 environments a lint that
     * fires everywhere was otherwise 20 caveats that differ by a file name.
     */
    static String key(Finding f, String env) {
        return f.id() + "\u0000" + general(f.message(), env) + "\u0000" + general(f.hint(), env);
    }

    private static final Pattern NAMED_RULE_PATH = Pattern.compile("spec\\.(ingress|egress)\\[\\d+] \\(");

    /** {@code text} with the environment's own name and a named rule's position left out. */
    static String general(String text, String env) {
        String out = NAMED_RULE_PATH.matcher(text).replaceAll("spec.$1[] (");
        StringBuilder b = new StringBuilder(out.length());
        int from = 0;
        for (int at = out.indexOf(env); at >= 0; at = out.indexOf(env, at + 1)) {
            boolean starts = at == 0 || !nameChar(out.charAt(at - 1));
            int end = at + env.length();
            boolean ends = end == out.length() || !nameChar(out.charAt(end)) || out.startsWith(".yaml", end);
            if (starts && ends) {
                b.append(out, from, at).append('\u0001');
                from = end;
            }
        }
        return b.append(out, from, out.length()).toString();
    }

    /** Characters of environment and host names: a name inside {@code prod-etcd-1} is not the environment {@code prod}. */
    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    private interface DetectedModel {
        Map<String, Object> of(Finding f, String env, PolicyAnalysis pa);
    }

    private static List<Item> items(
            PolicyTemplate p,
            List<EnvironmentAnalysis> envs,
            Function<Caveat, Map<String, Object>> authoredModel,
            DetectedModel detectedModel) {
        List<Item> items = new ArrayList<>();
        for (Caveat c : p.doc().caveats())
            items.add(new Item(c.severity(), items.size(), null, authoredModel.apply(c)));
        Map<String, Map<String, Object>> detected = new LinkedHashMap<>();
        Map<String, CaveatSeverity> severities = new LinkedHashMap<>();
        for (EnvironmentAnalysis e : envs) {
            PolicyAnalysis pa = e.policy(p.name()).orElse(null);
            if (pa == null) continue;
            for (Finding f : pa.findings()) {
                String key = key(f, e.env().name());
                Map<String, Object> m = detected.computeIfAbsent(
                        key, k -> detectedModel.of(f, e.env().name(), pa));
                @SuppressWarnings("unchecked")
                List<String> in = (List<String>) m.get("envs");
                if (!in.isEmpty()
                        && !(f.message().equals(m.get("message")) && f.hint().equals(m.get("hint"))))
                    m.put("shownFor", in.get(0)); // the text is the first environment's; others differ by name
                in.add(e.env().name());
                severities.putIfAbsent(key, severity(f));
            }
        }
        detected.forEach((k, m) -> items.add(new Item(severities.get(k), items.size(), k, m)));
        items.sort(Comparator.comparing(Item::severity).thenComparingInt(Item::order));
        return items;
    }

    private static Map<String, Object> authored(Caveat c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "authored");
        m.put("title", c.title());
        m.put("html", Layouts.trusted(Markdown.toHtml(c.text(), 3)));
        m.put("checks", c.checks().stream().map(ExpectedFlow::describe).toList());
        return m;
    }

    /** {@code key}: a detected finding's {@link #key}, null for an authored caveat. */
    private record Item(CaveatSeverity severity, int order, String key, Map<String, Object> model) {}

    /** The lint's own weight; a finding reported as a note stays a note. */
    static CaveatSeverity severity(Finding f) {
        if (f.severity() == Severity.NOTE) return CaveatSeverity.NOTE;
        return Lints.ALL.stream()
                .filter(l -> l.id().equals(f.id()))
                .findFirst()
                .map(Lint::caveatSeverity)
                .orElse(CaveatSeverity.WARNING);
    }

    private static Map<String, Object> finding(Finding f, String env, PolicyAnalysis pa, MergedRules.Result ruleIds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "detected");
        m.put("id", f.id());
        m.put("message", f.message());
        m.put("hint", f.hint());
        m.put(
                "about",
                Lints.ALL.stream()
                        .filter(l -> l.id().equals(f.id()))
                        .findFirst()
                        .map(Lint::description)
                        .orElse(""));
        String rule = "";
        for (ExplainedRule r : pa.rules()) {
            if (r.path().equals(f.rulePath())) {
                rule = ruleIds.id(env, r);
                break;
            }
        }
        m.put("rule", rule);
        m.put("envs", new ArrayList<String>());
        return m;
    }
}
