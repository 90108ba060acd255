package dev.polcat.catalog;

import dev.polcat.diag.SourcePos;
import dev.polcat.net.Cidr;
import java.util.List;
import java.util.SortedMap;

/**
 * A host of an environment with a host endpoint: its name, the interface the endpoint covers ("*" for
 * all), its addresses (parsed when the profile is read) and its endpoint labels (what policy selectors see).
 */
public record Host(String name, String interfaceName, List<Cidr> ips, SortedMap<String, String> labels, SourcePos pos) {
    public Host {
        ips = List.copyOf(ips);
        labels = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(labels));
    }
}
