package dev.polcat.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Did-you-mean: the closest known name to a misspelt one, if it is close enough to be a typo. */
public final class Suggestions {
    private Suggestions() {}

    public static Optional<String> closest(String wrong, Collection<String> known) {
        String lower = wrong.toLowerCase(java.util.Locale.ROOT);
        Optional<String> extended = known.stream()
                .filter(k -> lower.length() >= 3
                        && k.toLowerCase(java.util.Locale.ROOT).startsWith(lower))
                .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        if (extended.isPresent()) return extended;
        return known.stream()
                .map(k -> new Scored(k, distance(lower, k.toLowerCase(java.util.Locale.ROOT))))
                .filter(s -> s.distance <= Math.max(2, wrong.length() / 3))
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .map(Scored::name);
    }

    /** "did you mean 'x'?" or, when nothing is close, the list of what is allowed. */
    public static String hint(String wrong, Collection<String> known) {
        Optional<String> best = closest(wrong, known);
        if (best.isPresent()) return "did you mean '" + best.get() + "'?";
        if (known.isEmpty()) return "";
        return "expected one of: " + String.join(", ", known.stream().sorted().toList());
    }

    /** Close enough to be a slip of the keyboard (one or two edits), not merely the nearest name. */
    public static boolean isTypo(String wrong, String known) {
        return distance(wrong.toLowerCase(java.util.Locale.ROOT), known.toLowerCase(java.util.Locale.ROOT)) <= 2;
    }

    private record Scored(String name, int distance) {}

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
