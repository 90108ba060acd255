package dev.polcat.calico;

import java.util.SortedMap;
import java.util.TreeMap;

/** ObjectMeta as far as policy resources use it. Maps are sorted so that output is deterministic. */
public record Metadata(
        String name, String namespace, SortedMap<String, String> labels, SortedMap<String, String> annotations) {

    public Metadata {
        namespace = namespace == null ? "" : namespace;
        labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels));
        annotations = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(annotations));
    }

    public static Metadata named(String name) {
        return new Metadata(name, "", new TreeMap<>(), new TreeMap<>());
    }
}
