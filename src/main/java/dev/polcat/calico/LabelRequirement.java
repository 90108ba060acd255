package dev.polcat.calico;

import java.util.List;

/** One matchExpressions entry: {@code key}, {@code operator} (null when unreadable) and {@code values}. */
public record LabelRequirement(String key, LabelOperator operator, List<String> values) {
    public LabelRequirement {
        key = key == null ? "" : key;
        values = List.copyOf(values);
    }
}
