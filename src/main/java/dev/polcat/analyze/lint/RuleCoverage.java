package dev.polcat.analyze.lint;

import dev.polcat.calico.EntityRule;
import dev.polcat.calico.Port;
import dev.polcat.calico.Rule;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether every packet one rule matches is also matched by another. Conservative: answers true only
 * when that is certain, so a shadowing finding is never a false alarm (negations and application-layer
 * matches on the covering rule make it answer false).
 */
final class RuleCoverage {
    private RuleCoverage() {}

    static boolean covers(Rule a, Rule b) {
        if (a.http() != null || a.notICMP() != null || a.notProtocol() != null) return false;
        if (a.ipVersion() != null && !a.ipVersion().equals(b.ipVersion())) return false;
        if (a.protocol() != null && (b.protocol() == null || !a.protocol().sameAs(b.protocol()))) return false;
        if (a.icmp() != null && !a.icmp().equals(b.icmp())) return false;
        return entity(a.source(), b.source()) && entity(a.destination(), b.destination());
    }

    private static boolean entity(EntityRule a, EntityRule b) {
        if (!a.notNets().isEmpty()
                || !a.notSelector().isEmpty()
                || !a.notPorts().isEmpty()) return false;
        if (!a.selector().isEmpty() && !a.selector().equals(b.selector())) return false;
        if (!a.namespaceSelector().isEmpty() && !a.namespaceSelector().equals(b.namespaceSelector())) return false;
        if (a.serviceAccounts() != null && !a.serviceAccounts().equals(b.serviceAccounts())) return false;
        if (a.services() != null && !a.services().equals(b.services())) return false;
        return nets(a.nets(), b.nets()) && ports(a.ports(), b.ports());
    }

    private static boolean nets(List<Cidr> a, List<Cidr> b) {
        if (a.isEmpty()) return true;
        if (b.isEmpty()) return false;
        for (Cidr inner : b) {
            Optional<IpNet> in = inner.parsed();
            if (in.isEmpty()) return false;
            boolean inside =
                    a.stream().map(Cidr::parsed).flatMap(Optional::stream).anyMatch(out -> out.contains(in.get()));
            if (!inside) return false;
        }
        return true;
    }

    private static boolean ports(List<Port> a, List<Port> b) {
        if (a.isEmpty()) return true;
        if (b.isEmpty()) return false;
        for (Port p : b) {
            boolean inside = p.isNamed()
                    ? a.stream().anyMatch(q -> Objects.equals(q.name(), p.name()))
                    : a.stream().anyMatch(q -> !q.isNamed() && q.min() <= p.min() && p.max() <= q.max());
            if (!inside) return false;
        }
        return true;
    }
}
