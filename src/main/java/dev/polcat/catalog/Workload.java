package dev.polcat.catalog;

import dev.polcat.diag.SourcePos;
import dev.polcat.net.Cidr;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A pod of an environment, as a profile declares it: its namespace, labels, service account (with the
 * service account's labels), addresses, the node (host) it runs on, and its named container ports.
 * {@code node} is "" when not given.
 */
public record Workload(
        String name,
        String namespace,
        SortedMap<String, String> labels,
        String serviceAccount,
        SortedMap<String, String> serviceAccountLabels,
        List<Cidr> ips,
        String node,
        List<NamedPort> ports,
        SourcePos pos) {

    public Workload {
        labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
        serviceAccountLabels = Collections.unmodifiableSortedMap(new TreeMap<>(serviceAccountLabels));
        ips = List.copyOf(ips);
        ports = List.copyOf(ports);
        node = node == null ? "" : node;
    }

    /** {@code shop/api-1}: how flows and messages name a workload. */
    public String ref() {
        return namespace + "/" + name;
    }

    /** A named container port ({@code http}, TCP 8080): what a rule's named port resolves to on this pod. */
    public record NamedPort(String name, String protocol, int port) {}
}
