package dev.polcat.yaml;

import dev.polcat.diag.SourcePos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the YAML that templates and profiles are written in, about ten times faster than SnakeYAML, and
 * gives up on everything else: {@link #read} answers null and {@link StrictYamlReader} reads the text the
 * full way, which also reports every error. Reading rendered policies back was most of the render stage.
 *
 * <p>The subset: block mappings and sequences indented with spaces; scalars on one line, plain or quoted
 * (single, or double without escapes); flow lists and maps closed on the line they open; comments; documents
 * split by a bare {@code ---}. What a plain scalar means is decided as the full reader decides it, by
 * SnakeYAML's own {@link Resolver}, and only the forms whose reading is certain are taken (decimal numbers,
 * true/false, null, strings); a multi-line scalar, a key that is not a string, a duplicate key or anything
 * unusual gives up. {@code SubsetYamlReaderTest} checks on every input that the two readers agree, positions
 * included, or that this one gave up.
 */
final class SubsetYamlReader {
    private static final Resolver RESOLVER = new Resolver();
    /** Below the full reader's limit, so that only the full reader reports too deep a file. */
    private static final int MAX_DEPTH = StrictYamlReader.MAX_DEPTH - 4;
    /** Well below SnakeYAML's 1,024 characters for a key written on one line (quotes count there). */
    private static final int MAX_KEY = 1000;

    /**
     * Thrown to give up; the full reader takes over. Shared, since it carries nothing. Nothing else is
     * caught: a bug here must fail loudly in the tests, not hide behind the full reader.
     */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private final String text;
    private final String file;
    private final int maxTokens;
    private final int[] starts;
    private final int[] ends;
    private int cur; // the next line not yet read
    private int tokens;
    private int depth; // collections open around the one being read

    private SubsetYamlReader(String text, String file, int maxTokens, int[] starts, int[] ends) {
        this.text = text;
        this.file = file;
        this.maxTokens = maxTokens;
        this.starts = starts;
        this.ends = ends;
    }

    /** The documents of {@code text}, or null when it leaves the subset (or is not valid YAML). */
    static List<YNode> read(String text, String file, boolean many, int maxTokens) {
        int[][] lines = lines(text);
        if (lines == null) return null;
        try {
            return new SubsetYamlReader(text, file, maxTokens, lines[0], lines[1]).documents(many);
        } catch (GiveUp e) {
            return null;
        }
    }

    /** Line starts and ends, or null when a character needs the full reader (tabs, CR, BOM, controls). */
    private static int[][] lines(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                n++;
            } else if (c < 0x20
                    || (c > 0x7E && c < 0xA0)
                    || c >= 0xD800 && c < 0xE000
                    || c >= 0xFFFE
                    || c == 0xFEFF
                    || c == 0x2028
                    || c == 0x2029) {
                return null;
            }
        }
        int[] starts = new int[n];
        int[] ends = new int[n];
        int line = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                ends[line++] = i;
                starts[line] = i + 1;
            }
        }
        ends[line] = text.length();
        return new int[][] {starts, ends};
    }

    private List<YNode> documents(boolean many) {
        List<YNode> docs = new ArrayList<>();
        boolean opened = false; // a '---' started the document that comes next
        for (int line = nextContent(); line < starts.length; line = nextContent()) {
            if (isSeparator(line)) {
                if (opened) throw GIVE_UP; // an empty document
                opened = true;
                cur = line + 1;
                continue;
            }
            if (indent(line) != 0 || (!docs.isEmpty() && !opened) || (!many && !docs.isEmpty())) throw GIVE_UP;
            docs.add(blockNode(line, 0));
            opened = false;
            int after = nextContent();
            if (after < starts.length && !isSeparator(after)) throw GIVE_UP;
        }
        if (opened || docs.isEmpty()) throw GIVE_UP;
        return docs;
    }

    /**
     * The node whose first line is {@code line}, starting at column {@code col}: a sequence or a mapping.
     * A scalar or flow collection on a line of its own (a document that is one value) is left to the full
     * reader.
     */
    private YNode blockNode(int line, int col) {
        if (isEntry(starts[line] + col)) return sequence(line, col);
        if (!isKeyLine(line, col)) throw GIVE_UP;
        return mapping(line, col);
    }

    private YList sequence(int first, int col) {
        open();
        List<YNode> items = new ArrayList<>();
        for (int line = first; line < starts.length; line = nextContent()) {
            if (isSeparator(line) || indent(line) < col) break;
            int dash = starts[line] + col;
            if (indent(line) > col) throw GIVE_UP;
            if (!isEntry(dash)) break; // a key of the mapping this sequence is a value of
            int p = skipSpaces(dash + 1, ends[line]);
            cur = line + 1;
            if (p == ends[line] || text.charAt(p) == '#') { // after the dash's blank: a comment
                items.add(nestedOrNull(col + 1, line, dash + 1 - starts[line], false));
            } else if (isEntry(p)) {
                throw GIVE_UP; // "- - a": a sequence in a sequence on one line
            } else {
                items.add(inline(line, p - starts[line], true));
            }
        }
        depth--;
        return new YList(pos(first, col), items);
    }

    /**
     * The block node on the lines after a key or a dash with nothing after it, or the empty (null) value at
     * {@code emptyCol} when none follows. Under a mapping key, a sequence may start at the key's own column.
     */
    private YNode nestedOrNull(int minIndent, int line, int emptyCol, boolean underKey) {
        int next = nextContent();
        if (next < starts.length && !isSeparator(next)) {
            int n = indent(next);
            if (n >= minIndent) return blockNode(next, n);
            if (underKey && n == minIndent - 1 && isEntry(starts[next] + n)) return sequence(next, n);
        }
        token(1);
        return new YScalar(pos(line, emptyCol), "", YScalar.Kind.NULL);
    }

    private YMap mapping(int first, int col) {
        open();
        List<YEntry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int line = first; line < starts.length; line = nextContent()) {
            if (line != first) {
                if (isSeparator(line) || indent(line) < col) break;
                if (indent(line) > col || isEntry(starts[line] + col)) throw GIVE_UP;
            }
            entries.add(entry(line, col, keys));
        }
        depth--;
        return new YMap(pos(first, col), entries);
    }

    /** One "key: value" starting at {@code col} of {@code line}, with the lines its value takes. */
    private YEntry entry(int line, int col, Set<String> keys) {
        int start = starts[line] + col;
        int end = ends[line];
        String key;
        int colon;
        char c = text.charAt(start);
        if (c == '\'' || c == '"') {
            int close = quoteEnd(start, end);
            key = unquote(start, close);
            colon = close + 1;
        } else {
            colon = keyColon(start, end);
            if (colon < 0 || text.charAt(colon - 1) == ' ') throw GIVE_UP;
            key = text.substring(start, colon);
            if (!isPlainStart(start, end) || plainKind(key) != YScalar.Kind.STRING) throw GIVE_UP;
        }
        if (colon >= end || text.charAt(colon) != ':' || !blankOrEnd(colon + 1, end)) throw GIVE_UP;
        if (colon - start > MAX_KEY || key.equals("<<") || !keys.add(key)) throw GIVE_UP;
        token(1);
        SourcePos keyPos = pos(line, col);
        int p = skipSpaces(colon + 1, end);
        cur = line + 1;
        YNode value;
        if (p == end || text.charAt(p) == '#') { // after the colon's blank: a comment
            value = nestedOrNull(col + 1, line, colon + 1 - starts[line], true);
        } else {
            value = inline(line, p - starts[line], false);
        }
        return new YEntry(SharedText.of(key), keyPos, value);
    }

    /**
     * The value written on {@code line} from {@code col} to the line's end: a flow collection, a quoted or
     * plain scalar, or (where {@code mayBeMapping}) a mapping whose first key this is.
     */
    private YNode inline(int line, int col, boolean mayBeMapping) {
        int start = starts[line] + col;
        int end = ends[line];
        if (mayBeMapping && isKeyLine(line, col)) return mapping(line, col);
        char c = text.charAt(start);
        YNode node;
        int after;
        if (c == '[' || c == '{') {
            int[] stop = new int[1];
            node = flow(line, start, stop);
            after = stop[0];
        } else if (c == '\'' || c == '"') {
            int close = quoteEnd(start, end);
            node = quoted(line, start, close);
            after = close + 1;
        } else {
            if (!isPlainStart(start, end)) throw GIVE_UP;
            after = plainEnd(start, end);
            String value = text.substring(start, trimSpaces(start, after));
            if (value.contains(": ") || value.endsWith(":")) throw GIVE_UP;
            node = plain(line, col, value);
        }
        int rest = skipSpaces(after, end);
        if (rest < end && !(text.charAt(rest) == '#' && text.charAt(rest - 1) == ' ')) throw GIVE_UP;
        return node;
    }

    /** A flow list or map opening at {@code start}, closed on the same line; {@code stop[0]} is after it. */
    private YNode flow(int line, int start, int[] stop) {
        open();
        int end = ends[line];
        boolean isMap = text.charAt(start) == '{';
        char close = isMap ? '}' : ']';
        List<YNode> items = new ArrayList<>();
        List<YEntry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int p = skipSpaces(start + 1, end);
        if (p < end && text.charAt(p) == close) {
            stop[0] = p + 1;
        } else {
            while (true) {
                if (isMap) {
                    int keyAt = p;
                    int keyEnd;
                    String key;
                    if (p < end && (text.charAt(p) == '\'' || text.charAt(p) == '"')) {
                        int q = quoteEnd(p, end);
                        key = unquote(p, q);
                        keyEnd = q + 1;
                    } else {
                        if (!isPlainStart(p, end)) throw GIVE_UP;
                        keyEnd = trimSpaces(p, flowPlainEnd(p, end));
                        key = text.substring(p, keyEnd);
                        if (plainKind(key) != YScalar.Kind.STRING) throw GIVE_UP;
                    }
                    if (keyEnd + 1 >= end || text.charAt(keyEnd) != ':' || text.charAt(keyEnd + 1) != ' ') {
                        throw GIVE_UP;
                    }
                    if (keyEnd - keyAt > MAX_KEY || key.equals("<<") || !keys.add(key)) throw GIVE_UP;
                    token(1);
                    p = skipSpaces(keyEnd + 1, end);
                    int[] valueStop = new int[1];
                    YNode value = flowValue(line, p, valueStop);
                    entries.add(new YEntry(SharedText.of(key), pos(line, keyAt - starts[line]), value));
                    p = valueStop[0];
                } else {
                    int[] itemStop = new int[1];
                    items.add(flowValue(line, p, itemStop));
                    p = itemStop[0];
                }
                p = skipSpaces(p, end);
                if (p >= end) throw GIVE_UP;
                char c = text.charAt(p);
                if (c == close) {
                    stop[0] = p + 1;
                    break;
                }
                if (c != ',') throw GIVE_UP;
                p = skipSpaces(p + 1, end);
                if (p >= end || text.charAt(p) == close) throw GIVE_UP; // a trailing comma
            }
        }
        depth--;
        SourcePos at = pos(line, start - starts[line]);
        return isMap ? new YMap(at, entries) : new YList(at, items);
    }

    private YNode flowValue(int line, int p, int[] stop) {
        int end = ends[line];
        if (p >= end) throw GIVE_UP;
        char c = text.charAt(p);
        if (c == '[' || c == '{') return flow(line, p, stop);
        if (c == '\'' || c == '"') {
            int close = quoteEnd(p, end);
            stop[0] = close + 1;
            return quoted(line, p, close);
        }
        if (!isPlainStart(p, end)) throw GIVE_UP;
        int e = flowPlainEnd(p, end);
        String value = text.substring(p, trimSpaces(p, e));
        if (e < end && text.charAt(e) == ':') throw GIVE_UP;
        stop[0] = p + value.length();
        return plain(line, p - starts[line], value);
    }

    /** Where a plain scalar inside brackets ends: at , [ ] { }, at ": " or ":" before those, at " #". */
    private int flowPlainEnd(int p, int end) {
        for (int i = p; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == '?') return i;
            if (c == ':' && (i + 1 == end || " ,[]{}".indexOf(text.charAt(i + 1)) >= 0)) return i;
            if (c == '#' && text.charAt(i - 1) == ' ') return i;
        }
        return end;
    }

    /** Where a plain scalar outside brackets ends on its line: at " #" or the line's end. */
    private int plainEnd(int p, int end) {
        for (int i = p + 1; i < end; i++) {
            if (text.charAt(i) == '#' && text.charAt(i - 1) == ' ') return i;
        }
        return end;
    }

    /** The colon of a "key:" on this line (followed by a space or the end), before any comment; or -1. */
    private int keyColon(int p, int end) {
        for (int i = p; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':' && blankOrEnd(i + 1, end)) return i;
            if (c == '#' && i > p && text.charAt(i - 1) == ' ') return -1;
        }
        return -1;
    }

    private boolean isKeyLine(int line, int col) {
        int start = starts[line] + col;
        int end = ends[line];
        char c = text.charAt(start);
        if (c == '[' || c == '{') return false; // a flow collection, or (as a key) something to give up on
        if (c == '\'' || c == '"') {
            int close = quoteEnd(start, end);
            return close + 1 < end && text.charAt(close + 1) == ':';
        }
        return keyColon(start, end) > start;
    }

    private YScalar plain(int line, int col, String value) {
        token(1);
        return new YScalar(pos(line, col), SharedText.of(value), plainKind(value));
    }

    private YScalar quoted(int line, int start, int close) {
        token(1);
        String value = unquote(start, close);
        if (value.isEmpty()) throw GIVE_UP;
        return new YScalar(pos(line, start - starts[line]), SharedText.of(value), YScalar.Kind.STRING);
    }

    /** The closing quote of the one-line quoted scalar opening at {@code start}. */
    private int quoteEnd(int start, int end) {
        char q = text.charAt(start);
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\' && q == '"') throw GIVE_UP; // escapes: the full reader
            if (c == q) {
                if (q == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
                    i++;
                    continue;
                }
                return i;
            }
        }
        throw GIVE_UP; // the scalar goes on to the next line
    }

    private String unquote(int start, int close) {
        String inner = text.substring(start + 1, close);
        return text.charAt(start) == '\'' ? inner.replace("''", "'") : inner;
    }

    /**
     * How the full reader types a plain scalar, for the forms this reader takes; anything else that
     * SnakeYAML's resolver does not call a string (0x1F, 1_000, yes, 1:20, .inf, 2001-12-14) gives up.
     */
    static YScalar.Kind plainKind(String v) {
        char c = v.charAt(0);
        if ("yYnNtTfFoO-+0123456789.<~=!&*$".indexOf(c) < 0) return YScalar.Kind.STRING;
        // The resolver's patterns are regular expressions, tried on every value: skip them where none can
        // match. From a letter, only booleans and nulls (all of five letters or fewer); no number, date or
        // null has a '/' (addresses, the values most often written).
        if ((Character.isLetter(c) && v.length() > 5) || v.indexOf('/') >= 0) return YScalar.Kind.STRING;
        switch (v) {
            case "null", "Null", "NULL", "~":
                return YScalar.Kind.NULL;
            case "true", "True", "TRUE", "false", "False", "FALSE":
                return YScalar.Kind.BOOL;
            default:
                break;
        }
        if (isDecimal(v, false)) return YScalar.Kind.INT;
        if (isDecimal(v, true)) return YScalar.Kind.FLOAT;
        if (RESOLVER.resolve(NodeId.scalar, v, true) == Tag.STR) return YScalar.Kind.STRING;
        throw GIVE_UP;
    }

    /** -?(0|[1-9][0-9]*), with ".[0-9]+" after it when {@code fraction}; short enough for any limit. */
    private static boolean isDecimal(String v, boolean fraction) {
        int i = v.charAt(0) == '-' ? 1 : 0;
        int digits = i;
        while (digits < v.length() && Character.isDigit(v.charAt(digits)) && v.charAt(digits) < 0x80) digits++;
        if (digits == i || digits - i > 18 || (v.charAt(i) == '0' && digits - i > 1)) return false;
        if (!fraction) return digits == v.length();
        if (digits >= v.length() - 1 || v.charAt(digits) != '.') return false;
        for (int k = digits + 1; k < v.length(); k++) {
            if (v.charAt(k) < '0' || v.charAt(k) > '9') return false;
        }
        return v.length() - digits <= 18;
    }

    /** A plain scalar cannot start with an indicator, except "-" before a character that is not one ("-3"). */
    private boolean isPlainStart(int p, int end) {
        if (p >= end) return false;
        char c = text.charAt(p);
        if (c == '-') return p + 1 < end && " ,[]{}#".indexOf(text.charAt(p + 1)) < 0;
        return "?:,[]{}#&*!|>'\"%@`".indexOf(c) < 0;
    }

    private boolean isEntry(int p) {
        return text.charAt(p) == '-' && blankOrEnd(p + 1, text.length());
    }

    private boolean blankOrEnd(int p, int end) {
        return p >= end || text.charAt(p) == ' ' || text.charAt(p) == '\n';
    }

    private boolean isSeparator(int line) {
        return line < starts.length
                && text.startsWith("---", starts[line])
                && skipSpaces(starts[line] + 3, ends[line]) == ends[line];
    }

    /** The next line with content, skipping blank and comment lines; gives up on directives and "...". */
    private int nextContent() {
        while (cur < starts.length) {
            int p = skipSpaces(starts[cur], ends[cur]);
            if (p < ends[cur] && text.charAt(p) != '#') {
                if (p == starts[cur] && (text.charAt(p) == '%' || text.startsWith("...", p))) throw GIVE_UP;
                if (text.startsWith("---", starts[cur]) && !isSeparator(cur)) throw GIVE_UP;
                return cur;
            }
            cur++;
        }
        return cur;
    }

    private int indent(int line) {
        return skipSpaces(starts[line], ends[line]) - starts[line];
    }

    /** The end of {@code [p, end)} without its trailing spaces (only spaces: YAML's other blank is a tab). */
    private int trimSpaces(int p, int end) {
        while (end > p && text.charAt(end - 1) == ' ') end--;
        return end;
    }

    private int skipSpaces(int p, int end) {
        while (p < end && text.charAt(p) == ' ') p++;
        return p;
    }

    private void open() {
        token(2);
        if (++depth > MAX_DEPTH) throw GIVE_UP;
    }

    private void token(int n) {
        tokens += n;
        if (tokens > maxTokens) throw GIVE_UP;
    }

    private SourcePos pos(int line, int col) {
        return new SourcePos(file, line + 1, col + 1);
    }
}
