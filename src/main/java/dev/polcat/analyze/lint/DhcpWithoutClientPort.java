package dev.polcat.analyze.lint;

import dev.polcat.analyze.Finding;
import dev.polcat.calico.Action;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Rule;
import dev.polcat.diag.Severity;
import java.util.ArrayList;
import java.util.List;

/** Outbound DHCP (UDP 67) allowed from any source port, not only the DHCP client port 68. */
final class DhcpWithoutClientPort implements Lint {
    @Override
    public String id() {
        return "dhcp-without-client-port";
    }

    @Override
    public String description() {
        return "Outbound UDP 67 (DHCP) allowed from any source port: DHCP clients send from port 68, so pin "
                + "source.ports to 68 and nothing else on the host can use the rule.";
    }

    @Override
    public List<Finding> check(LintContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (RuleRefs r : RuleRefs.of(ctx.policy())) {
            Rule rule = r.rule();
            boolean udp =
                    rule.protocol() != null && rule.protocol().ianaNumber().orElse(0) == 17;
            if (r.direction() != PolicyType.EGRESS || rule.action() != Action.ALLOW || !udp) continue;
            if (rule.destination().ports().stream().noneMatch(p -> p.contains(67))) continue;
            if (rule.source().ports().stream().anyMatch(p -> p.min() == 68 && p.max() == 68)) continue;
            out.add(new Finding(
                    id(),
                    Severity.WARNING,
                    r.label() + " allows UDP to port 67 from any source port",
                    r.path(),
                    "add source: {ports: [68]}"));
        }
        return out;
    }
}
