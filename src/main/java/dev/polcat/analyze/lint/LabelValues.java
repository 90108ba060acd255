package dev.polcat.analyze.lint;

import dev.polcat.calico.selector.SelectorNode;
import dev.polcat.diag.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The labels and values a selector names, against those the environment's endpoints carry: which
 * names are unknown, and what to write instead (did-you-mean, or the values that exist).
 */
final class LabelValues {
    /** Renames a typo distance cannot find: Kubernetes calls its masters control-plane nodes since 1.20. */
    private static final Map<String, String> RENAMED = Map.of("master", "control-plane", "masters", "control-plane");

    private LabelValues() {}

    /** One sentence per label or value (compared with == or in) that no endpoint has. */
    static List<String> unknown(SelectorNode node, List<Map<String, String>> labelled) {
        Map<String, TreeSet<String>> known = known(labelled);
        List<String> out = new ArrayList<>();
        visit(node, known, out);
        return out.stream().distinct().toList();
    }

    private static void visit(SelectorNode node, Map<String, TreeSet<String>> known, List<String> out) {
        if (node instanceof SelectorNode.Compare c && c.op() == SelectorNode.Compare.Op.EQ) {
            value(c.label(), c.value(), known, out);
        } else if (node instanceof SelectorNode.InSet s && !s.negated()) {
            s.values().forEach(v -> value(s.label(), v, known, out));
        } else if (node instanceof SelectorNode.Has h) {
            label(h.label(), known, out);
        } else if (node instanceof SelectorNode.Not n) {
            visit(n.operand(), known, out);
        } else if (node instanceof SelectorNode.And a) {
            a.operands().forEach(o -> visit(o, known, out));
        } else if (node instanceof SelectorNode.Or o) {
            o.operands().forEach(x -> visit(x, known, out));
        }
    }

    private static boolean label(String label, Map<String, TreeSet<String>> known, List<String> out) {
        if (known.containsKey(label)) return true;
        Optional<String> best = Suggestions.closest(label, known.keySet());
        out.add("no endpoint has label '" + label + "'"
                + best.map(b -> "; did you mean '" + b + "'?")
                        .orElse(" (labels: " + String.join(", ", known.keySet()) + ")"));
        return false;
    }

    private static void value(String label, String value, Map<String, TreeSet<String>> known, List<String> out) {
        if (!label(label, known, out) || known.get(label).contains(value)) return;
        TreeSet<String> values = known.get(label);
        Optional<String> best = Suggestions.closest(value, values)
                .or(() -> Optional.ofNullable(RENAMED.get(value)).filter(values::contains));
        out.add("no endpoint has " + label + " = " + value
                + best.map(b -> "; did you mean '" + b + "'?")
                        .orElse(" (" + label + ": " + String.join(", ", values) + ")"));
    }

    /** "labels: endpoint_type (management), role (control-plane, etcd, worker)". */
    static String describe(List<Map<String, String>> labelled) {
        StringBuilder b = new StringBuilder("labels that exist: ");
        List<String> parts = new ArrayList<>();
        known(labelled).forEach((k, v) -> parts.add(k + " (" + String.join(", ", v) + ")"));
        return b.append(String.join(", ", parts)).toString();
    }

    private static Map<String, TreeSet<String>> known(List<Map<String, String>> labelled) {
        Map<String, TreeSet<String>> known = new TreeMap<>();
        for (Map<String, String> l : labelled)
            l.forEach((k, v) -> known.computeIfAbsent(k, x -> new TreeSet<>()).add(v));
        return known;
    }
}
