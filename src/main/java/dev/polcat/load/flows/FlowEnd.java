package dev.polcat.load.flows;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One end of an observed flow, as the flow log names it. A {@link Kind#WORKLOAD}'s name may be Goldmane's
 * aggregated name ({@code web-7d9f-*}, a pod name prefix); {@code labels} are what the log recorded
 * ({@code app=web} pairs), {@code address} an IP or CIDR when the log has one ("" otherwise).
 * {@link Kind#NETWORK} is Calico's {@code pub} or {@code pvt}: somewhere public or private, address unknown.
 */
public record FlowEnd(Kind kind, String name, String namespace, SortedMap<String, String> labels, String address) {

    public enum Kind {
        WORKLOAD,
        HOST,
        NETWORK_SET,
        NETWORK,
        ADDRESS
    }

    public FlowEnd {
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
        namespace = namespace == null ? "" : namespace;
        labels = labels.isEmpty()
                ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(labels));
        address = address == null ? "" : address;
    }

    public static FlowEnd address(String ip) {
        return new FlowEnd(Kind.ADDRESS, "", "", Collections.emptySortedMap(), ip);
    }

    public static FlowEnd host(String name) {
        return new FlowEnd(Kind.HOST, name, "", Collections.emptySortedMap(), "");
    }

    public static FlowEnd workload(String namespace, String name) {
        return new FlowEnd(Kind.WORKLOAD, name, namespace, Collections.emptySortedMap(), "");
    }

    /** {@code pub} (somewhere public) or {@code pvt} (somewhere private). */
    public static FlowEnd network(String which) {
        return new FlowEnd(Kind.NETWORK, which, "", Collections.emptySortedMap(), "");
    }

    /** Whether this is Calico's "somewhere public" network. */
    public boolean isPublic() {
        return kind == Kind.NETWORK && name.equals("pub");
    }

    /** How reports name it: {@code shop/web-*}, {@code prod-cp-1}, {@code pub}, {@code 10.0.0.1}. */
    public String text() {
        return switch (kind) {
            case WORKLOAD -> namespace + "/" + name;
            case HOST -> name;
            case NETWORK_SET -> "networkset " + (namespace.isEmpty() ? "" : namespace + "/") + name;
            case NETWORK ->
                isPublic() ? "pub (somewhere public)" : name.equals("pvt") ? "pvt (somewhere private)" : name;
            case ADDRESS -> address;
        };
    }

    /** The labels as the log wrote them, {@code app=web,tier=front}; "" when none. */
    public String labelText() {
        StringBuilder b = new StringBuilder();
        labels.forEach((k, v) ->
                b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return b.toString();
    }
}
