package dev.polcat.importer;

import dev.polcat.yaml.YEntry;
import dev.polcat.yaml.YList;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * YAML trees as plain values (LinkedHashMap, List, String, Long, BigDecimal, Boolean, null), the form in which
 * exported and rebuilt resources are compared: map equality ignores key order, so "canonically equal" is
 * {@code equals}. Also drops what a cluster adds to a resource and no one writes.
 */
final class PlainTree {
    /** Metadata fields the API server manages. */
    static final Set<String> CLUSTER_METADATA = Set.of(
            "resourceVersion",
            "uid",
            "creationTimestamp",
            "managedFields",
            "generation",
            "selfLink",
            "deletionTimestamp",
            "deletionGracePeriodSeconds",
            "ownerReferences",
            "finalizers",
            "generateName");
    /** Annotations kubectl and Calico add on their own. */
    static final Set<String> CLUSTER_ANNOTATIONS =
            Set.of("kubectl.kubernetes.io/last-applied-configuration", "projectcalico.org/metadata");

    private PlainTree() {}

    static Object of(YNode n) {
        if (n instanceof YMap m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (YEntry e : m.entries()) out.put(e.key(), of(e.value()));
            return out;
        }
        if (n instanceof YList l) {
            List<Object> out = new ArrayList<>();
            for (YNode i : l.items()) out.add(of(i));
            return out;
        }
        YScalar s = (YScalar) n;
        return switch (s.kind()) {
            case NULL -> null;
            case BOOL -> Boolean.valueOf(s.text().equalsIgnoreCase("true"));
            case INT -> longOrText(s.text());
            case FLOAT -> new BigDecimal(s.text());
            case STRING -> s.text();
        };
    }

    private static Object longOrText(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /**
     * The resource as its author wrote it: without status, cluster-managed metadata, the annotations kubectl
     * and Calico add, and empty annotation/label maps that are left behind. The node keeps its positions.
     */
    static YNode stripped(YNode doc) {
        if (!(doc instanceof YMap m)) return doc;
        List<YEntry> top = new ArrayList<>();
        for (YEntry e : m.entries()) {
            if (e.key().equals("status")) continue;
            if (e.key().equals("metadata") && e.value() instanceof YMap meta) {
                top.add(new YEntry(e.key(), e.keyPos(), strippedMetadata(meta)));
            } else {
                top.add(e);
            }
        }
        return new YMap(m.pos(), top);
    }

    private static YMap strippedMetadata(YMap meta) {
        List<YEntry> out = new ArrayList<>();
        for (YEntry e : meta.entries()) {
            if (CLUSTER_METADATA.contains(e.key())) continue;
            YNode v = e.value();
            if (e.key().equals("annotations") && v instanceof YMap a) {
                v = new YMap(
                        a.pos(),
                        a.entries().stream()
                                .filter(x -> !CLUSTER_ANNOTATIONS.contains(x.key()))
                                .toList());
            }
            if (v instanceof YMap vm
                    && vm.isEmpty()
                    && (e.key().equals("annotations") || e.key().equals("labels"))) continue;
            out.add(new YEntry(e.key(), e.keyPos(), v));
        }
        return new YMap(meta.pos(), out);
    }
}
