package dev.polcat.diag;

/**
 * Shows text from the catalog safely on a terminal or in a CI log: control characters (which can move
 * the cursor, recolour the screen or forge a workflow command) are written as {@code \u001b}-style
 * escapes. {@code keep} lists the ones that stay as they are (a tab, a newline).
 */
public final class ControlChars {
    private ControlChars() {}

    public static String escape(String s, String keep) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0);
            if (control && keep.indexOf(c) < 0) b.append(String.format("\\u%04x", c));
            else b.appendCodePoint(c);
        });
        return b.toString();
    }
}
