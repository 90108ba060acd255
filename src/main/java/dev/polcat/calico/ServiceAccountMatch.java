package dev.polcat.calico;

import dev.polcat.calico.selector.ParsedSelector;
import java.util.List;

public record ServiceAccountMatch(List<String> names, ParsedSelector selector) {
    public ServiceAccountMatch {
        names = List.copyOf(names);
        selector = selector == null ? ParsedSelector.EMPTY : selector;
    }

    /** Parses the selector once, here, where the match is read or built. */
    public ServiceAccountMatch(List<String> names, String selector) {
        this(names, ParsedSelector.of(selector));
    }
}
