package dev.polcat.analyze.lint;

import dev.polcat.analyze.Finding;
import dev.polcat.calico.Action;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Rule;
import dev.polcat.catalog.Host;
import dev.polcat.diag.Severity;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Egress to etcd or the API server with no ports: every port of those hosts is reachable. A rule is
 * taken to target the datastore when its name says so (etcd, apiserver) or its destination holds a host
 * of the environment labelled role=etcd or role=control-plane.
 */
final class DatastoreEgressWithoutPorts implements Lint {
    private static final Set<String> ROLES = Set.of("etcd", "control-plane");

    @Override
    public String id() {
        return "datastore-egress-without-ports";
    }

    @Override
    public String description() {
        return "An outbound Allow to etcd or the API server without destination ports opens every port of those hosts; "
                + "list the client ports (2379, 6443).";
    }

    @Override
    public List<Finding> check(LintContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (RuleRefs r : RuleRefs.of(ctx.policy())) {
            Rule rule = r.rule();
            if (r.direction() != PolicyType.EGRESS
                    || rule.action() != Action.ALLOW
                    || !rule.destination().ports().isEmpty()) continue;
            if (rule.protocol() != null && !rule.protocol().supportsPorts()) continue;
            if (!named(rule) && !toDatastoreHost(rule, ctx.env().hosts())) continue;
            out.add(new Finding(
                    id(),
                    Severity.WARNING,
                    r.label() + " allows every port to the datastore",
                    r.path(),
                    "add destination.ports (etcd 2379, API server 6443)"));
        }
        return out;
    }

    private static boolean named(Rule rule) {
        String n = rule.name().toLowerCase(Locale.ROOT);
        return n.contains("etcd") || n.contains("apiserver") || n.contains("api-server") || n.contains("kube-api");
    }

    private static boolean toDatastoreHost(Rule rule, List<Host> hosts) {
        for (Host h : hosts) {
            if (!ROLES.contains(h.labels().getOrDefault("role", ""))) continue;
            for (Cidr ip : h.ips()) {
                Optional<IpNet> addr = ip.parsed();
                if (addr.isPresent()
                        && rule.destination().nets().stream()
                                .map(Cidr::parsed)
                                .flatMap(Optional::stream)
                                .anyMatch(n -> n.contains(addr.get()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
