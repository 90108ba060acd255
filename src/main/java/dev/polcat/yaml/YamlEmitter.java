package dev.polcat.yaml;

import dev.polcat.diag.ControlChars;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes plain trees (maps in insertion order, lists, strings, numbers, booleans) as block YAML that
 * every YAML reader, 1.1 or 1.2, reads back to the same values: any string that could be mistaken for
 * something else is double-quoted.
 */
public final class YamlEmitter {
    private static final Pattern PLAIN_IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}(/[0-9]{1,2})?");
    private static final Set<String> YAML11_WORDS = Set.of(
            "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
            "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL");

    private static final int MAX_FLOW_WIDTH = 96;

    private YamlEmitter() {}

    /** One document, without a leading {@code ---}, ending in a newline. */
    public static String emit(Object value) {
        StringBuilder out = new StringBuilder();
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
            mapBody(m, 0, out);
        } else if (value instanceof List<?> l && !l.isEmpty()) {
            listBody(l, 0, out);
        } else {
            out.append(scalar(value)).append('\n');
        }
        return out.toString();
    }

    public static String scalar(Object v) {
        if (v == null) return "null";
        if (v instanceof Boolean b) return b.toString();
        if (v instanceof BigDecimal d) return d.stripTrailingZeros().toPlainString();
        if (v instanceof Number n) return n.toString();
        if (v instanceof Map<?, ?> m && m.isEmpty()) return "{}";
        if (v instanceof List<?> l && l.isEmpty()) return "[]";
        return string(v.toString());
    }

    public static String string(String s) {
        if (isPlainSafe(s)) return s;
        if (s.indexOf('"') >= 0 && s.indexOf('\'') < 0 && isPrintable(s)) return "'" + s + "'";
        return quote(s);
    }

    private static boolean isPrintable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ControlChars.isUnsafe(c)) return false;
        }
        return true;
    }

    static boolean isPlainSafe(String s) {
        if (s.isEmpty() || YAML11_WORDS.contains(s)) return false;
        return isPlainWord(s) || PLAIN_IPV4.matcher(s).matches();
    }

    /** {@code [A-Za-z_/][A-Za-z0-9_./()-]*}, without a regex: this runs for every scalar written. */
    private static boolean isPlainWord(String s) {
        char first = s.charAt(0);
        if (!(first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z' || first == '_' || first == '/'))
            return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z'
                    || c >= 'a' && c <= 'z'
                    || c >= '0' && c <= '9'
                    || c == '_'
                    || c == '.'
                    || c == '/'
                    || c == '('
                    || c == ')'
                    || c == '-';
            if (!ok) return false;
        }
        return true;
    }

    /** A JSON string literal, which is also a valid YAML double-quoted scalar. */
    public static String quote(String s) {
        return ControlChars.quoted(s);
    }

    private static void mapBody(Map<?, ?> m, int indent, StringBuilder out) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
            pad(out, indent);
            out.append(string(e.getKey().toString())).append(':');
            child(e.getValue(), indent + 2, out);
        }
    }

    private static void child(Object v, int indent, StringBuilder out) {
        String flow = v instanceof List<?> fl ? flowList(fl, indent) : null;
        if (flow != null) {
            out.append(' ').append(flow).append('\n');
        } else if (v instanceof Map<?, ?> cm && !cm.isEmpty()) {
            out.append('\n');
            mapBody(cm, indent, out);
        } else if (v instanceof List<?> cl && !cl.isEmpty()) {
            out.append('\n');
            listBody(cl, indent, out);
        } else {
            out.append(' ').append(scalar(v)).append('\n');
        }
    }

    /** A short list of scalars reads best on one line, as Calico's docs write them: {@code [22, 2379]}. */
    private static String flowList(List<?> l, int indent) {
        if (l.isEmpty()) return null;
        StringBuilder b = new StringBuilder("[");
        for (Object item : l) {
            if (item instanceof Map<?, ?> || item instanceof List<?>) return null;
            if (b.length() > 1) b.append(", ");
            b.append(scalar(item));
        }
        b.append(']');
        return indent + b.length() <= MAX_FLOW_WIDTH ? b.toString() : null;
    }

    private static void listBody(List<?> l, int indent, StringBuilder out) {
        for (Object item : l) {
            pad(out, indent);
            out.append("- ");
            if (item instanceof Map<?, ?> im && !im.isEmpty()) {
                boolean first = true;
                for (Map.Entry<?, ?> e : im.entrySet()) {
                    if (!first) pad(out, indent + 2);
                    first = false;
                    out.append(string(e.getKey().toString())).append(':');
                    child(e.getValue(), indent + 4, out);
                }
            } else if (item instanceof List<?> il && !il.isEmpty()) {
                out.append('\n');
                listBody(il, indent + 2, out);
            } else {
                out.append(scalar(item)).append('\n');
            }
        }
    }

    private static void pad(StringBuilder out, int n) {
        for (int i = 0; i < n; i++) out.append(' ');
    }
}
