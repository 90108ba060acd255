package dev.polcat.analyze.flow;

import dev.polcat.calico.GlobalNetworkSet;
import dev.polcat.calico.NetworkSet;
import dev.polcat.calico.ServiceAccountMatch;
import dev.polcat.calico.selector.Selector;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The addresses a rule selector stands for, as Felix builds its IP sets: the addresses of every
 * endpoint and network set whose labels match. Members are the environment's hosts (their addresses as
 * expectedIPs), its workloads, GlobalNetworkSets and namespaced NetworkSets.
 *
 * <p>Which members count depends on the rule's namespaceSelector (CALICO.md section 2): none in a global
 * policy means every member; none in a namespaced policy means the namespaced members of the policy's own
 * namespace; {@code global()} means non-namespaced members (hosts, GlobalNetworkSets); any other means the
 * namespaced members (workloads, NetworkSets) of the namespaces it selects. A rule's serviceAccounts keep only
 * workloads whose service account is named (if names are given) and whose account labels match its selector.
 */
final class SelectorSets {
    enum Scope {
        ANY,
        GLOBAL,
        NAMESPACED,
        OWN_NAMESPACE
    }

    /** A member's labels, namespace ("" if global) with that namespace's labels, service account (null if none). */
    private record Member(
            Map<String, String> labels,
            String namespace,
            Map<String, String> namespaceLabels,
            String account,
            Map<String, String> accountLabels,
            List<IpRange> ranges) {}

    /** Where a rule looks for members: the scope, the namespaceSelector, the policy's namespace, the serviceAccounts. */
    record Reach(
            Scope scope,
            Selector namespaces,
            String ownNamespace,
            ServiceAccountMatch accounts,
            Selector accountSelector) {
        String key() {
            return scope + "|" + (namespaces == null ? "" : namespaces.canonical()) + "|" + ownNamespace + "|"
                    + (accounts == null
                            ? "-"
                            : accounts.names() + (accountSelector == null ? "" : accountSelector.canonical()));
        }
    }

    private final List<Member> global = new ArrayList<>();
    private final List<Member> namespaced = new ArrayList<>();
    private final Map<String, AddressSet> cache = new HashMap<>();

    SelectorSets(
            List<HostInfo> hosts,
            List<WorkloadInfo> workloads,
            Map<String, Map<String, String>> namespaceLabels,
            List<GlobalNetworkSet> globalSets,
            List<NetworkSet> sets,
            List<String> warnings) {
        for (HostInfo h : hosts) global.add(new Member(h.labels(), "", Map.of(), null, Map.of(), h.allAddresses()));
        for (GlobalNetworkSet s : globalSets) {
            global.add(new Member(
                    s.metadata().labels(),
                    "",
                    Map.of(),
                    null,
                    Map.of(),
                    ranges("GlobalNetworkSet " + s.name(), s.nets(), warnings)));
        }
        for (WorkloadInfo w : workloads) {
            namespaced.add(new Member(
                    w.labels(),
                    w.namespace(),
                    w.namespaceLabels(),
                    w.serviceAccount(),
                    w.accountLabels(),
                    w.allAddresses()));
        }
        for (NetworkSet s : sets) {
            String ns = s.metadata().namespace();
            Map<String, String> labels = new TreeMap<>(s.metadata().labels());
            labels.put("projectcalico.org/namespace", ns);
            Map<String, String> nsLabels = namespaceLabels.getOrDefault(ns, WorkloadInfo.namespaceLabels(ns, Map.of()));
            namespaced.add(new Member(
                    labels,
                    ns,
                    nsLabels,
                    null,
                    Map.of(),
                    ranges("NetworkSet " + ns + "/" + s.name(), s.nets(), warnings)));
        }
    }

    /** The addresses of members within {@code reach} matching {@code selector} (null: all()). */
    AddressSet members(Selector selector, Reach reach) {
        String key = reach.key() + "|" + (selector == null ? "all()" : selector.canonical());
        return cache.computeIfAbsent(key, k -> compute(selector, reach));
    }

    private AddressSet compute(Selector selector, Reach reach) {
        List<IpRange> out = new ArrayList<>();
        Scope scope = reach.scope();
        if (scope == Scope.ANY || scope == Scope.GLOBAL) {
            for (Member m : global) if (matches(m, selector, reach)) out.addAll(m.ranges());
        }
        if (scope != Scope.GLOBAL) {
            for (Member m : namespaced) {
                boolean inNamespace = switch (scope) {
                    case NAMESPACED -> reach.namespaces().matches(m.namespaceLabels());
                    case OWN_NAMESPACE -> m.namespace().equals(reach.ownNamespace());
                    default -> true;
                };
                if (inNamespace && matches(m, selector, reach)) out.addAll(m.ranges());
            }
        }
        return new AddressSet(out, "");
    }

    private static boolean matches(Member m, Selector selector, Reach reach) {
        if (selector != null && !selector.matches(m.labels())) return false;
        ServiceAccountMatch sa = reach.accounts();
        if (sa == null) return true;
        if (m.account() == null) return false;
        if (!sa.names().isEmpty() && !sa.names().contains(m.account())) return false;
        return reach.accountSelector() == null || reach.accountSelector().matches(m.accountLabels());
    }

    static List<IpRange> ranges(String owner, List<Cidr> nets, List<String> warnings) {
        List<IpRange> out = new ArrayList<>();
        for (Cidr n : nets) {
            IpNet net = n.parsed().orElse(null);
            if (net == null) {
                warnings.add(owner + ": '" + n + "' is not an IP network; ignored");
            } else {
                out.add(IpRange.of(net));
            }
        }
        return out;
    }
}
