package dev.polcat.calico;

import java.util.List;

public record ServiceAccountMatch(List<String> names, String selector) {
    public ServiceAccountMatch {
        names = List.copyOf(names);
        selector = selector == null ? "" : selector;
    }
}
