package dev.polcat.diag;

/**
 * The one printer for text that came from input (names, labels, namespaces, rule names, messages
 * quoting input) on its way to a terminal, a CI log or a report. Control characters can move the
 * cursor, recolour the screen or start a line with {@code ::error::} (a forged GitHub Actions workflow
 * command); bidirectional controls (U+202E and friends) make text read differently from what it is.
 * All of them are shown as escapes: {@code \n}, {@code \r}, {@code \t}, {@code \\u001b}. Every command
 * and every text format uses this class, so no printer can forget one.
 */
public final class ControlChars {
    private ControlChars() {}

    /** One value on one line: every control character escaped, newlines and tabs included. */
    public static String escape(String s) {
        return escape(s, "");
    }

    /** A block of text whose own lines and tabs stay (a diff, a page of output); everything else escaped. */
    public static String escapeKeepingLines(String s) {
        return escape(s, "\n\t");
    }

    /** {@code keep} lists the characters that stay as they are (a tab, a newline). */
    public static String escape(String s, String keep) {
        if (s == null) return "null";
        if (isClean(s, keep)) return s;
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            if (!isUnsafe(c) || keep.indexOf(c) >= 0) {
                b.appendCodePoint(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else {
                b.append(String.format("\\u%04x", c));
            }
        });
        return b.toString();
    }

    /**
     * {@code s} as a double-quoted YAML (and JSON) string: quote and backslash escaped, a newline, tab and
     * carriage return as {@code \n}, {@code \t} and {@code \r}, every other character {@link #isUnsafe} as
     * {@code \\uXXXX}. For YAML polcat writes for people to read and commit (policy files, imported catalogs,
     * suggested {@code expect:} entries).
     */
    public static String quoted(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (isUnsafe(c)) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * C0 and C1 controls, DEL, the line and paragraph separators, the byte-order mark and the
     * bidirectional formatting characters (embeddings, overrides, isolates and marks).
     */
    public static boolean isUnsafe(int c) {
        return c < 0x20
                || c == 0x7f
                || (c >= 0x80 && c < 0xa0)
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200e
                || c == 0x200f
                || c == 0x061c
                || c == 0x2028
                || c == 0x2029
                || c == 0xfeff;
    }

    /** True when {@link #escape(String)} would change nothing. */
    public static boolean isPrintable(String s) {
        return isClean(s, "");
    }

    private static boolean isClean(String s, String keep) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isUnsafe(c) && keep.indexOf(c) < 0) return false;
        }
        return true;
    }
}
