package dev.polcat.analyze;

import dev.polcat.diag.ControlChars;
import java.util.List;

/** Small wording helpers shared by the rule explanation classes: lists and safe one-line values. */
final class RuleWords {
    private RuleWords() {}

    /** {@code a}, {@code a or b}, {@code a, b or c} (no serial comma), with the given conjunction. */
    static String join(List<String> items, String conjunction) {
        if (items.isEmpty()) throw new IllegalArgumentException("nothing to join");
        if (items.size() == 1) return items.get(0);
        String head = String.join(", ", items.subList(0, items.size() - 1));
        return head + " " + conjunction + " " + items.get(items.size() - 1);
    }

    /**
     * A value from the policy as it may appear in a one-line sentence: control characters (a newline in a
     * selector string, say) are written as escapes so that an explanation is always exactly one line.
     */
    static String plain(String value) {
        return ControlChars.escape(value);
    }

    /** A selector value in the quotes Calico's canonical form would use (no escapes exist). */
    static String quoted(String value) {
        char quote = value.indexOf('"') >= 0 ? '\'' : '"';
        return quote + plain(value) + quote;
    }
}
