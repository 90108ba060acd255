package dev.polcat.analyze.diff;

import dev.polcat.calico.CalicoYamlWriter;
import dev.polcat.calico.Rule;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A rule as a flat, sorted map of field path to displayed value, for comparing rules field by field. */
final class RuleFields {
    private RuleFields() {}

    static SortedMap<String, String> of(Rule r) {
        SortedMap<String, String> out = new TreeMap<>();
        flatten("", CalicoYamlWriter.rule(r), out);
        out.remove("metadata.annotations." + Rule.NAME_ANNOTATION);
        return out;
    }

    static SortedMap<String, String> flatten(Map<String, Object> tree) {
        SortedMap<String, String> out = new TreeMap<>();
        flatten("", tree, out);
        return out;
    }

    private static void flatten(String prefix, Object v, SortedMap<String, String> out) {
        if (v instanceof Map<?, ?> m) {
            for (var e : m.entrySet()) {
                flatten(prefix.isEmpty() ? e.getKey().toString() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (v instanceof List<?> l && l.stream().anyMatch(x -> x instanceof Map<?, ?>)) {
            for (int i = 0; i < l.size(); i++) flatten(prefix + "[" + i + "]", l.get(i), out);
        } else if (v instanceof List<?> l) {
            out.put(
                    prefix,
                    l.stream()
                            .map(String::valueOf)
                            .reduce((a, b) -> a + ", " + b)
                            .map(s -> "[" + s + "]")
                            .orElse("[]"));
        } else {
            out.put(prefix, String.valueOf(v));
        }
    }

    static List<FieldChange> compare(SortedMap<String, String> before, SortedMap<String, String> after) {
        TreeMap<String, FieldChange> out = new TreeMap<>();
        for (var e : before.entrySet()) {
            String a = after.get(e.getKey());
            if (!e.getValue().equals(a))
                out.put(e.getKey(), new FieldChange(e.getKey(), e.getValue(), a == null ? "" : a));
        }
        for (var e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) out.put(e.getKey(), new FieldChange(e.getKey(), "", e.getValue()));
        }
        return List.copyOf(out.values());
    }

    /** Share of fields two rules have in common, 0..1. */
    static double similarity(SortedMap<String, String> a, SortedMap<String, String> b) {
        TreeMap<String, String> union = new TreeMap<>(a);
        union.putAll(b);
        long same = a.entrySet().stream()
                .filter(e -> e.getValue().equals(b.get(e.getKey())))
                .count();
        return union.isEmpty() ? 1 : (double) same / union.size();
    }
}
