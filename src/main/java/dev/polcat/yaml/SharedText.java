package dev.polcat.yaml;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One copy of each short text that a build reads or makes over and over: keys and values of the rendered
 * YAML, rule paths, generated sentences. The same policy rendered for 20 environments repeats nearly all
 * of its words, and a build keeps every rule of every environment until the site is written; at 200
 * policies × 20 environments 29 of the 38 MB of text held after the analysis were copies. Safe on any
 * thread.
 */
public final class SharedText {
    private static final int MAX_LENGTH = 256;
    private static final Table<String> TEXTS = new Table<>(1 << 20);

    private SharedText() {}

    /** {@code text} or an equal string seen before; null stays null, and a long text is kept as it is. */
    public static String of(String text) {
        if (text == null || text.length() > MAX_LENGTH) return text;
        return TEXTS.get(text, t -> t);
    }

    /**
     * Immutable values made from texts, one per text, shared by every caller (parsed selectors use it too).
     * Emptied when it grows past its bound, so sharing is lost, never correctness, and a long {@code serve}
     * session cannot grow it without end. Safe on any thread.
     */
    public static final class Table<V> {
        private final int max;
        private final ConcurrentHashMap<String, V> values = new ConcurrentHashMap<>();

        public Table(int max) {
            this.max = max;
        }

        /** The value for {@code text}: the one made before, or {@code make}'s, kept for next time. */
        public V get(String text, Function<String, V> make) {
            V known = values.get(text);
            if (known != null) return known;
            if (values.size() >= max) values.clear();
            V made = make.apply(text);
            V first = values.putIfAbsent(text, made);
            return first != null ? first : made;
        }
    }
}
