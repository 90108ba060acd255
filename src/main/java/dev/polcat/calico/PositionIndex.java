package dev.polcat.calico;

import dev.polcat.diag.SourcePos;
import dev.polcat.yaml.SharedText;
import dev.polcat.yaml.YEntry;
import dev.polcat.yaml.YList;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;

/**
 * Where each field path of a resource document was written, so that errors found on the typed model
 * point at a line and column. Looks paths up in the document tree only when asked (errors are rare; a
 * precomputed table for every field of every resource would dominate a large build's memory). Unknown
 * paths fall back to their nearest written parent.
 */
public final class PositionIndex {
    private final YNode root;
    private final java.util.Map<String, SourcePos> table;
    private final SourcePos rootPos;

    private PositionIndex(YNode root, java.util.Map<String, SourcePos> table, SourcePos rootPos) {
        this.root = root;
        this.table = table;
        this.rootPos = rootPos;
    }

    public static PositionIndex of(YNode doc) {
        return new PositionIndex(doc, null, doc.pos());
    }

    /**
     * A small copy that knows only where the resource, its top fields and each rule start: what later
     * stages point at. Lets the document tree go once validation is done.
     */
    public PositionIndex summary() {
        java.util.Map<String, SourcePos> t = new java.util.HashMap<>();
        for (String p : java.util.List.of(
                "metadata.name", "spec.order", "spec.selector", "spec.types", "spec.ingress", "spec.egress")) {
            if (has(p)) t.put(p, at(p));
        }
        for (String dir : java.util.List.of("spec.ingress", "spec.egress")) {
            for (int i = 0; has(dir + "[" + i + "]"); i++) {
                String rule = SharedText.of(dir + "[" + i + "]");
                t.put(rule, at(rule));
            }
        }
        return new PositionIndex(null, java.util.Map.copyOf(t), rootPos);
    }

    /** Whether this exact path was written in the document. */
    public boolean has(String path) {
        if (table != null) return table.containsKey(path);
        Found f = find(path);
        return f.rest().isEmpty();
    }

    public SourcePos at(String path) {
        if (table != null) {
            for (String p = path; !p.isEmpty(); p = parent(p)) {
                SourcePos pos = table.get(p);
                if (pos != null) return pos;
            }
            return rootPos;
        }
        Found f = find(path);
        if (f.entry() != null && f.rest().isEmpty() && !(f.node() instanceof YMap || f.node() instanceof YList)) {
            return f.node().pos();
        }
        return f.entry() != null && f.rest().isEmpty()
                ? f.entry().keyPos()
                : f.node().pos();
    }

    /** The position of a map key itself (for "unknown field" errors). */
    public SourcePos keyAt(String path) {
        if (table != null) return at(path);
        Found f = find(path);
        return f.entry() != null && f.rest().isEmpty() ? f.entry().keyPos() : at(path);
    }

    /** The deepest node the path reaches, the map entry that holds it (if any), and what is left. */
    private record Found(YNode node, YEntry entry, String rest) {}

    private Found find(String path) {
        YNode node = root;
        YEntry entry = null;
        String rest = path;
        while (!rest.isEmpty()) {
            if (rest.startsWith("[") && node instanceof YList list) {
                int close = rest.indexOf(']');
                int i = close > 1 ? parseIndex(rest.substring(1, close)) : -1;
                if (i < 0 || i >= list.items().size()) break;
                node = list.items().get(i);
                entry = null;
                rest = strip(rest.substring(close + 1));
            } else if (node instanceof YMap map) {
                YEntry best = null;
                for (YEntry e : map.entries()) {
                    String k = e.key();
                    boolean match = rest.startsWith(k)
                            && (rest.length() == k.length()
                                    || rest.charAt(k.length()) == '.'
                                    || rest.charAt(k.length()) == '[');
                    if (match && (best == null || k.length() > best.key().length())) best = e;
                }
                if (best == null) break;
                node = best.value();
                entry = best;
                rest = strip(rest.substring(best.key().length()));
            } else {
                break;
            }
        }
        return new Found(node, entry, rest);
    }

    private static String strip(String s) {
        return s.startsWith(".") ? s.substring(1) : s;
    }

    private static int parseIndex(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
