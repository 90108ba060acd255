package dev.polcat.catalog;

/**
 * One end of an expected flow: a host name, a workload ({@code namespace/name}), an address, a network,
 * {@code anywhere}, every host of the environment matching a selector ({@code hosts} set), or every
 * workload matching a selector ({@code workloads} set), in one namespace when {@code namespace} is not "".
 */
public record FlowPeer(String value, boolean isSelector, boolean isWorkloadSelector, String namespace) {
    public FlowPeer {
        namespace = namespace == null ? "" : namespace;
    }

    public FlowPeer(String value, boolean isSelector) {
        this(value, isSelector, false, "");
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
