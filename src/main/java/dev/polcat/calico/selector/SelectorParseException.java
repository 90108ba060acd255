package dev.polcat.calico.selector;

import dev.polcat.diag.ControlChars;

/**
 * A selector Calico would reject. The message names the position, what the parser expected there and what
 * it found, e.g. {@code expected a quoted string at position 5, found 'b'}, so it reads well in a CI log;
 * {@link #caret()} shows the place under the selector text.
 */
public final class SelectorParseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String selector;
    private final int position;
    private final String expected;
    private final String found;
    private final String hint;

    SelectorParseException(String selector, int position, String expected, String found, String hint) {
        super(message(position, expected, found, hint));
        this.selector = selector;
        this.position = position;
        this.expected = expected;
        this.found = found;
        this.hint = hint;
    }

    private static String message(int position, String expected, String found, String hint) {
        String base = "expected " + expected + " at position " + position + ", found " + found;
        return hint.isEmpty() ? base : base + " (" + hint + ")";
    }

    /** The selector text as given to {@link Selector#parse}. */
    public String selector() {
        return selector;
    }

    /** 0-based char index into {@link #selector()} where parsing failed. */
    public int position() {
        return position;
    }

    /** What would have been valid at {@link #position()}, e.g. "a quoted string". */
    public String expected() {
        return expected;
    }

    /** What is at {@link #position()} instead, e.g. "'b'" or "the end of the selector". */
    public String found() {
        return found;
    }

    /** Advice on the likely mistake, or "" when there is none beyond expected/found. */
    public String hint() {
        return hint;
    }

    /**
     * Two lines: the selector, then a {@code ^} under {@link #position()}. Tabs before the position are
     * repeated so the caret lines up; control characters such as a newline are shown as Unicode control
     * pictures (one column each) so the selector stays on its line.
     */
    public String caret() {
        StringBuilder line = new StringBuilder(selector.length());
        StringBuilder pointer = new StringBuilder(position + 1);
        int i = 0;
        while (i < selector.length()) {
            int codePoint = selector.codePointAt(i);
            if (codePoint == '\t') {
                line.append('\t');
            } else if (codePoint < 0x20) {
                line.append((char) (0x2400 + codePoint));
            } else if (codePoint == 0x7f) {
                line.append('\u2421');
            } else if (ControlChars.isUnsafe(codePoint)) {
                line.append('\ufffd'); // C1 or a bidi control: one visible column, never the raw character
            } else {
                line.appendCodePoint(codePoint);
            }
            if (i < position) {
                pointer.append(codePoint == '\t' ? '\t' : ' ');
            }
            i += Character.charCount(codePoint);
        }
        return line + "\n" + pointer.append('^');
    }
}
