package dev.polcat.catalog;

import dev.polcat.calico.selector.ParsedSelector;
import dev.polcat.net.IpNet;
import java.util.Map;

/**
 * One end of an expected flow: a host name, a workload ({@code namespace/name}), an address, a network,
 * {@code anywhere}, every host of the environment matching a selector ({@code hosts} set), or every
 * workload matching a selector ({@code workloads} set), in one namespace when {@code namespace} is not "".
 */
public record FlowPeer(
        String value,
        boolean isSelector,
        boolean isWorkloadSelector,
        String namespace,
        ParsedSelector selector,
        IpNet address) {
    /**
     * {@code selector}: the value parsed once when the profile is read, when it is a selector;
     * {@code address}: likewise when the value is an address or a network (null otherwise).
     */
    public FlowPeer {
        namespace = namespace == null ? "" : namespace;
        boolean selects = isSelector || isWorkloadSelector;
        if (selector == null) selector = selects ? ParsedSelector.of(value) : ParsedSelector.EMPTY;
        if (address == null && !selects) address = IpNet.parse(value).orElse(null);
    }

    public FlowPeer(String value, boolean isSelector, boolean isWorkloadSelector, String namespace) {
        this(value, isSelector, isWorkloadSelector, namespace, null, null);
    }

    public FlowPeer(String value, boolean isSelector) {
        this(value, isSelector, false, "");
    }

    /** Whether a selector peer selects {@code labels}; false for a selector that does not parse (a load error). */
    public boolean selects(Map<String, String> labels) {
        return selector.parsed().map(s -> s.matches(labels)).orElse(false);
    }

    public static FlowPeer of(String value) {
        return new FlowPeer(value, false);
    }

    public static FlowPeer hosts(String selector) {
        return new FlowPeer(selector, true);
    }

    public static FlowPeer workloads(String selector, String namespace) {
        return new FlowPeer(selector, false, true, namespace);
    }

    @Override
    public String toString() {
        if (isWorkloadSelector) return "workloads(" + value + (namespace.isEmpty() ? "" : " in " + namespace) + ")";
        return isSelector ? "hosts(" + value + ")" : value;
    }
}
