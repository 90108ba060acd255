package dev.polcat.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words that several rule sentences share at their start and end, written once, and what remains of
 * each: for "Allow inbound TCP to port 7000 from 10.0.200.1/32" in one environment and "... from
 * 10.1.200.1/32" in another, {@code Allow inbound TCP to port 7000 from …} and {@code 10.0.200.1/32},
 * {@code 10.1.200.1/32}. Every sentence keeps at least one word; fewer than two shared words are not
 * worth a pattern, and the sentences stay whole. (At 500 policies × 20 environments, the sentences
 * repeated across a row were most of compare.html's text.)
 */
record SharedWords(String pattern, Map<String, String> rests) {
    static final SharedWords NONE = new SharedWords("", Map.of());

    /** What a cell says when the pattern is its whole sentence. */
    static final String WHOLE = "yes";

    /**
     * {@code sentences}: distinct and non-empty, of a row whose cells differ. One sentence alone (a rule
     * some environments lack) is written whole, once, and its cells say {@link #WHOLE}.
     */
    static SharedWords of(List<String> sentences) {
        if (sentences.isEmpty()) return NONE;
        if (sentences.size() == 1) return new SharedWords(sentences.get(0), Map.of(sentences.get(0), WHOLE));
        List<String[]> words = sentences.stream().map(t -> t.split(" ", -1)).toList();
        int shortest = words.stream().mapToInt(w -> w.length).min().orElse(0);
        int start = 0;
        while (start < shortest - 1 && sameWord(words, start, true)) start++;
        int end = 0;
        while (end < shortest - 1 - start && sameWord(words, end, false)) end++;
        if (start + end < 2) return NONE;
        String[] first = words.get(0);
        List<String> pattern = new ArrayList<>(Arrays.asList(first).subList(0, start));
        pattern.add("…");
        pattern.addAll(Arrays.asList(first).subList(first.length - end, first.length));
        Map<String, String> rests = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            String[] w = words.get(i);
            rests.put(sentences.get(i), String.join(" ", Arrays.asList(w).subList(start, w.length - end)));
        }
        return new SharedWords(String.join(" ", pattern), Map.copyOf(rests));
    }

    /** What remains of a sentence once the shared words are left out (the sentence itself when none are). */
    String rest(String sentence) {
        return rests.getOrDefault(sentence, sentence);
    }

    /** Whether every sentence has the same word {@code i} places from its start (or its end). */
    private static boolean sameWord(List<String[]> words, int i, boolean fromStart) {
        String[] first = words.get(0);
        String want = fromStart ? first[i] : first[first.length - 1 - i];
        for (String[] w : words) {
            if (!(fromStart ? w[i] : w[w.length - 1 - i]).equals(want)) return false;
        }
        return true;
    }
}
