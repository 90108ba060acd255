package dev.polcat.validate;

import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.CalicoYamlWriter;
import dev.polcat.calico.FieldError;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds template placeholders left in a rendered resource: angle-bracket text such as
 * {@code <your etcd IP>}, {@code ${...}}, and the words TODO, CHANGEME, FIXME and REPLACE_ME (any case,
 * whole words only). Every string value and map key is scanned; each hit is reported at its field path
 * (keys at {@code path#key}); annotation values are not scanned. Stateless and thread-safe.
 */
public final class PlaceholderScan {
    /**
     * One pattern for every kind, so hits come out in text order. A word is bounded by anything but a
     * letter, digit, '_' or '-': "TODO", "x TODO", "<TODO>" and "10.0.0.TODO/32" are hits, while
     * "todo-app", "mytodo" and "fixmenu" are names, not placeholders.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>\\n]*>"
            + "|\\$\\{[^}\\n]*\\}"
            + "|(?<![A-Za-z0-9_-])(?i:TODO|CHANGEME|FIXME|REPLACE_ME)(?![A-Za-z0-9_-])");

    /**
     * Every placeholder holds '<', "${" or one of the words (whose letters include one of o, e, i, a in
     * any case): a cheap test that lets most values skip the regex, which runs for every string of every
     * rendered resource.
     */
    static boolean mayHold(String s) {
        if (s.indexOf('<') >= 0 || s.contains("${")) return true;
        for (int i = 0; i < s.length(); i++) {
            char c = (char) (s.charAt(i) | 0x20); // an ASCII letter in lower case; other characters stay apart
            String word =
                    c == 't' ? "todo" : c == 'c' ? "changeme" : c == 'f' ? "fixme" : c == 'r' ? "replace_me" : null;
            if (word != null && s.regionMatches(true, i, word, 0, word.length())) return true;
        }
        return false;
    }

    private static final Pattern HAS_ALNUM = Pattern.compile("[A-Za-z0-9]");

    private static final String HINT =
            "set the value in the environment profile (or the template's defaults)" + " and render again";

    public List<FieldError> scan(CalicoResource r) {
        Problems p = new Problems();
        walk(CalicoYamlWriter.tree(r), "", p);
        return p.list();
    }

    /** Paths are made only for what may hold a placeholder or holds more: most leaves need none. */
    private static void walk(Object node, String path, Problems p) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                boolean keyMayHold = mayHold(key);
                if (!keyMayHold && !needsWalk(e.getValue())) continue;
                String child = path.isEmpty() ? key : path + "." + key;
                if (keyMayHold) text(key, child + "#key", p);
                // Annotation values are free text (Calico checks only their keys and total size): a
                // "<owner>" in a description is prose, not a leftover placeholder.
                if (key.equals("annotations") && (path.equals("metadata") || path.endsWith(".metadata"))) continue;
                walk(e.getValue(), child, p);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (needsWalk(list.get(i))) walk(list.get(i), Problems.item(path, i), p);
            }
        } else if (node instanceof String s) {
            text(s, path, p);
        }
    }

    private static boolean needsWalk(Object node) {
        return node instanceof Map<?, ?> || node instanceof List<?> || node instanceof String s && mayHold(s);
    }

    private static void text(String s, String path, Problems p) {
        if (!mayHold(s)) return;
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            if (m.group().startsWith("<") && !HAS_ALNUM.matcher(m.group()).find()) continue; // "a <> b"
            p.add(path, "placeholder " + Problems.quote(m.group()) + " left in the policy", HINT);
        }
    }
}
