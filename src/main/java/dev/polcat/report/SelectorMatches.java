package dev.polcat.report;

import dev.polcat.calico.selector.Selector;
import dev.polcat.calico.selector.SelectorParseException;
import java.util.List;
import java.util.SortedMap;

/**
 * One selector {@code polcat select} was given: parsed (with whether it matches each target, in order)
 * or not (with the parser's message and caret).
 */
public record SelectorMatches(String text, Selector selector, String error, String caret, List<Boolean> matches) {

    /** A label set to match: a host of the environment, or the n-th one given on the command line. */
    public record Target(String name, int index, SortedMap<String, String> labels) {
        public static Target host(String name, SortedMap<String, String> labels) {
            return new Target(name, 0, labels);
        }

        boolean isHost() {
            return index == 0;
        }
    }

    public static SelectorMatches of(String text, List<Target> targets) {
        try {
            Selector s = Selector.parse(text);
            return new SelectorMatches(
                    text,
                    s,
                    "",
                    "",
                    targets.stream().map(t -> s.matches(t.labels())).toList());
        } catch (SelectorParseException e) {
            return new SelectorMatches(text, null, e.getMessage(), e.caret(), List.of());
        }
    }

    public boolean isValid() {
        return selector != null;
    }
}
