package dev.polcat.analyze.lint;

import dev.polcat.analyze.Finding;
import dev.polcat.calico.Action;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Rule;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.ParamValue;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.Severity;
import java.util.List;

/** ICMP allowed for IPv4 only in an environment that has IPv6 addresses. */
final class IcmpV4Only implements Lint {
    @Override
    public String id() {
        return "icmp-v4-only";
    }

    @Override
    public String description() {
        return "ICMP is allowed for IPv4 but not ICMPv6, in an environment with IPv6 addresses: IPv6 needs ICMPv6 for "
                + "neighbour discovery and path-MTU discovery (packet too big), so blocking it breaks IPv6.";
    }

    @Override
    public List<Finding> check(LintContext ctx) {
        if (!hasIpv6(ctx.env())) return List.of();
        for (PolicyType dir : PolicyType.values()) {
            List<Rule> rules = ctx.policy().spec().rules(dir);
            boolean v4 = rules.stream()
                    .anyMatch(r -> r.action() == Action.ALLOW
                            && r.protocol() != null
                            && r.protocol().isIcmpV4());
            boolean v6 = rules.stream()
                    .anyMatch(r -> r.action() == Action.ALLOW
                            && r.protocol() != null
                            && r.protocol().isIcmpV6());
            if (v4 && !v6) {
                String d = dir.yamlName().toLowerCase(java.util.Locale.ROOT);
                return List.of(new Finding(
                        id(),
                        Severity.WARNING,
                        "ICMP is allowed " + d + " but ICMPv6 is not, and "
                                + ctx.env().name() + " has IPv6 addresses",
                        "",
                        "add a matching ICMPv6 rule"));
            }
        }
        return List.of();
    }

    static boolean hasIpv6(Profile env) {
        for (Host h : env.hosts()) {
            if (h.ips().stream().anyMatch(ip -> ip.text().contains(":"))) return true;
        }
        return env.values().values().stream().anyMatch(IcmpV4Only::hasIpv6);
    }

    private static boolean hasIpv6(ParamValue v) {
        if (v instanceof ParamValue.Address a) return a.version() == 6;
        if (v instanceof ParamValue.ListValue l) return l.items().stream().anyMatch(IcmpV4Only::hasIpv6);
        if (v instanceof ParamValue.RecordValue r)
            return r.fields().values().stream().anyMatch(IcmpV4Only::hasIpv6);
        return false;
    }
}
