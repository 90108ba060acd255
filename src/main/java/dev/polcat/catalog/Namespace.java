package dev.polcat.catalog;

import dev.polcat.diag.SourcePos;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A Kubernetes namespace of an environment, as a profile declares it: its name and labels (what a
 * {@code namespaceSelector} sees, besides the {@code projectcalico.org/name} and
 * {@code kubernetes.io/metadata.name} labels every namespace has).
 */
public record Namespace(String name, SortedMap<String, String> labels, SourcePos pos) {
    public Namespace {
        labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    }
}
