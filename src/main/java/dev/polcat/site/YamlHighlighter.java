package dev.polcat.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Syntax highlighting of polcat's canonical YAML at build time, so pages need no client library: each
 * line becomes escaped HTML with spans for comments, keys, strings, numbers and booleans. Only handles
 * the block style {@code YamlEmitter} writes (keys, "- " items, flow lists of scalars, quoted scalars).
 */
final class YamlHighlighter {
    private YamlHighlighter() {}

    /**
     * The whole file as one block of lines, {@code <span class="line" id="ID-L12">…</span>} each, so the
     * rules table can link to a line and CSS can number them without the numbers being copied.
     */
    static String block(String yaml, String id) {
        StringBuilder b = new StringBuilder(yaml.length() * 3);
        int n = 1;
        for (String l : lines(yaml)) {
            b.append("<span class=\"line\" id=\"")
                    .append(id)
                    .append("-L")
                    .append(n++)
                    .append("\">")
                    .append(l)
                    .append("</span>\n");
        }
        return b.toString();
    }

    static List<String> lines(String yaml) {
        List<String> out = new ArrayList<>();
        for (String line : yaml.split("\n", -1)) out.add(line(line));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }

    static String line(String line) {
        if (line.startsWith("#")) return span("c", line);
        if (line.equals("---")) return span("d", line);
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '-')) i++;
        b.append(escape(line.substring(0, i)));
        String rest = line.substring(i);
        int colon = keyEnd(rest);
        if (colon > 0) {
            b.append(span("k", rest.substring(0, colon))).append(':');
            rest = rest.substring(colon + 1);
            if (rest.startsWith(" ")) {
                b.append(' ');
                rest = rest.substring(1);
            }
        }
        return b.append(value(rest)).toString();
    }

    /** The index of the ':' ending a mapping key, or -1 when the line is a plain value. */
    private static int keyEnd(String s) {
        if (s.startsWith("\"") || s.startsWith("'") || s.startsWith("[")) return -1;
        int c = s.indexOf(':');
        while (c >= 0) {
            if (c == s.length() - 1 || s.charAt(c + 1) == ' ') return c;
            c = s.indexOf(':', c + 1);
        }
        return -1;
    }

    private static String value(String v) {
        if (v.isEmpty()) return "";
        if (v.startsWith("[") && v.endsWith("]")) {
            List<String> items = new ArrayList<>();
            for (String item : splitFlow(v.substring(1, v.length() - 1))) items.add(value(item.strip()));
            return "[" + String.join(", ", items) + "]";
        }
        if (v.startsWith("\"") || v.startsWith("'")) return span("s", v);
        if (isNumber(v)) return span("n", v);
        if (v.equals("true") || v.equals("false") || v.equals("null")) return span("b", v);
        return span("v", v);
    }

    private static boolean isNumber(String v) {
        int i = v.startsWith("-") ? 1 : 0;
        if (i == v.length()) return false;
        boolean dot = false;
        for (; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '.' && !dot && i > 0 && i < v.length() - 1) {
                dot = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Splits a flow list on the commas outside quotes. */
    private static List<String> splitFlow(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quote != 0) {
                if (ch == '\\' && quote == '"') i++;
                else if (ch == quote) quote = 0;
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == ',') {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    private static String span(String cls, String text) {
        return "<span class=\"y" + cls + "\">" + escape(text) + "</span>";
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
