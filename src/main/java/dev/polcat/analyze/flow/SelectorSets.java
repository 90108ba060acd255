package dev.polcat.analyze.flow;

import dev.polcat.calico.GlobalNetworkSet;
import dev.polcat.calico.NetworkSet;
import dev.polcat.calico.selector.Selector;
import dev.polcat.calico.selector.SelectorParseException;
import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The addresses a rule selector stands for, as Felix builds its IP sets: the addresses of every
 * endpoint and network set whose labels match. Modelled members are the environment's hosts (their
 * addresses as expectedIPs), GlobalNetworkSets and namespaced NetworkSets; workload endpoints (pods) are
 * not known, so an address matches a selector only through a host or a network set that holds it.
 *
 * <p>Which members count depends on the rule's namespaceSelector: none (a GlobalNetworkPolicy rule) means
 * everything; {@code global()} means non-namespaced members (hosts, GlobalNetworkSets); any other means
 * NetworkSets of the namespaces it selects, whose labels are taken to be {@code projectcalico.org/name} and
 * {@code kubernetes.io/metadata.name} (the namespace name), as the namespaces themselves are not known.
 */
final class SelectorSets {
    enum Scope { ANY, GLOBAL, NAMESPACED }

    private record Member(Map<String, String> labels, String namespace, List<IpRange> ranges) {}

    private final List<Member> global = new ArrayList<>();
    private final List<Member> namespaced = new ArrayList<>();
    private final Map<String, AddressSet> cache = new HashMap<>();
    private final Map<String, Selector> parsed = new HashMap<>();

    SelectorSets(List<HostInfo> hosts, List<GlobalNetworkSet> globalSets, List<NetworkSet> sets, List<String> warnings) {
        for (HostInfo h : hosts) global.add(new Member(h.labels(), "", h.allAddresses()));
        for (GlobalNetworkSet s : globalSets) {
            global.add(new Member(s.metadata().labels(), "", ranges("GlobalNetworkSet " + s.name(), s.nets(), warnings)));
        }
        for (NetworkSet s : sets) {
            Map<String, String> labels = new TreeMap<>(s.metadata().labels());
            labels.put("projectcalico.org/namespace", s.metadata().namespace());
            namespaced.add(new Member(labels, s.metadata().namespace(),
                    ranges("NetworkSet " + s.metadata().namespace() + "/" + s.name(), s.nets(), warnings)));
        }
    }

    /** Parses selector text once per distinct text (policies repeat the same selectors a lot). */
    Selector parse(String text) throws SelectorParseException {
        Selector s = parsed.get(text);
        if (s == null) {
            s = Selector.parse(text);
            parsed.put(text, s);
        }
        return s;
    }

    /** The addresses of members in {@code scope} matching {@code selector} (null: all()). */
    AddressSet members(Selector selector, Scope scope, Selector namespaces) {
        String key = scope + "|" + (namespaces == null ? "" : namespaces.canonical()) + "|"
                + (selector == null ? "all()" : selector.canonical());
        return cache.computeIfAbsent(key, k -> compute(selector, scope, namespaces));
    }

    private AddressSet compute(Selector selector, Scope scope, Selector namespaces) {
        List<IpRange> out = new ArrayList<>();
        if (scope != Scope.NAMESPACED) {
            for (Member m : global) if (selector == null || selector.matches(m.labels())) out.addAll(m.ranges());
        }
        if (scope != Scope.GLOBAL) {
            for (Member m : namespaced) {
                boolean inNamespace = namespaces == null || namespaces.matches(Map.of(
                        "projectcalico.org/name", m.namespace(), "kubernetes.io/metadata.name", m.namespace()));
                if (inNamespace && (selector == null || selector.matches(m.labels()))) out.addAll(m.ranges());
            }
        }
        return new AddressSet(out, "");
    }

    static List<IpRange> ranges(String owner, List<String> nets, List<String> warnings) {
        List<IpRange> out = new ArrayList<>();
        for (String n : nets) {
            IpNet net = IpNet.parse(n).orElse(null);
            if (net == null) {
                warnings.add(owner + ": '" + n + "' is not an IP network; ignored");
            } else {
                out.add(IpRange.of(net));
            }
        }
        return out;
    }
}
