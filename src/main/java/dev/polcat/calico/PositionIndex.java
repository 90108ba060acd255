package dev.polcat.calico;

import dev.polcat.diag.SourcePos;
import dev.polcat.yaml.YEntry;
import dev.polcat.yaml.YList;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field path of a resource document was written, so that errors found on the typed model
 * point at a line and column. Unknown paths fall back to their nearest written parent.
 */
public final class PositionIndex {
    private final Map<String, SourcePos> positions = new HashMap<>();
    private final SourcePos root;

    private PositionIndex(SourcePos root) {
        this.root = root;
    }

    public static PositionIndex of(YNode doc) {
        PositionIndex index = new PositionIndex(doc.pos());
        index.walk("", doc);
        return index;
    }

    private void walk(String path, YNode node) {
        if (node instanceof YMap map) {
            for (YEntry e : map.entries()) {
                String child = path.isEmpty() ? e.key() : path + "." + e.key();
                positions.put(child, e.value() instanceof YMap || e.value() instanceof YList
                        ? e.keyPos() : e.value().pos());
                positions.put(child + "#key", e.keyPos());
                walk(child, e.value());
            }
        } else if (node instanceof YList list) {
            for (int i = 0; i < list.items().size(); i++) {
                String child = path + "[" + i + "]";
                positions.put(child, list.items().get(i).pos());
                walk(child, list.items().get(i));
            }
        }
    }

    /** Whether this exact path was written in the document. */
    public boolean has(String path) {
        return positions.containsKey(path);
    }

    public SourcePos at(String path) {
        String p = path;
        while (!p.isEmpty()) {
            SourcePos pos = positions.get(p);
            if (pos != null) return pos;
            p = parent(p);
        }
        return root;
    }

    /** The position of a map key itself (for "unknown field" errors). */
    public SourcePos keyAt(String path) {
        SourcePos pos = positions.get(path + "#key");
        return pos != null ? pos : at(path);
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
