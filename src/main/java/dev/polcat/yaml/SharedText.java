package dev.polcat.yaml;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each short text that a build reads or makes over and over: keys and values of the rendered
 * YAML, rule paths, generated sentences. The same policy rendered for 20 environments repeats nearly all
 * of its words, and a build keeps every rule of every environment until the site is written; at 200
 * policies × 20 environments 29 of the 38 MB of text held after the analysis were copies. Safe on any
 * thread. The table is emptied when it grows past its bound (sharing is lost, never correctness), so a
 * long {@code serve} session cannot grow it without end.
 */
public final class SharedText {
    private static final int MAX_LENGTH = 256;
    private static final int MAX_ENTRIES = 1 << 20;
    private static final ConcurrentHashMap<String, String> TEXTS = new ConcurrentHashMap<>();

    private SharedText() {}

    /** {@code text} or an equal string seen before; null stays null, and a long text is kept as it is. */
    public static String of(String text) {
        if (text == null || text.length() > MAX_LENGTH) return text;
        String known = TEXTS.putIfAbsent(text, text);
        if (known != null) return known;
        if (TEXTS.size() > MAX_ENTRIES) TEXTS.clear();
        return text;
    }
}
