package dev.polcat.calico;

import java.util.SortedMap;

/**
 * One ingress or egress rule. Optional fields are null when absent; {@code annotations} holds the rule's
 * {@code metadata.annotations} (where polcat keeps the rule's stable name).
 */
public record Rule(
        Action action,
        Integer ipVersion,
        Protocol protocol,
        Protocol notProtocol,
        IcmpMatch icmp,
        IcmpMatch notICMP,
        EntityRule source,
        EntityRule destination,
        HttpMatch http,
        SortedMap<String, String> annotations) {

    /** The annotation that gives a rule its stable name, used to tie notes, diffs and links to it. */
    public static final String NAME_ANNOTATION = "polcat.dev/rule";

    public Rule {
        source = source == null ? EntityRule.ANY : source;
        destination = destination == null ? EntityRule.ANY : destination;
        annotations = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(annotations));
    }

    /** The stable name given by the template, or "" when the template did not name the rule. */
    public String name() {
        return annotations.getOrDefault(NAME_ANNOTATION, "");
    }
}
