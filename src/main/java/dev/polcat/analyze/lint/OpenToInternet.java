package dev.polcat.analyze.lint;

import dev.polcat.analyze.Finding;
import dev.polcat.analyze.HostCoverage;
import dev.polcat.calico.Action;
import dev.polcat.calico.Port;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Rule;
import dev.polcat.calico.selector.Selector;
import dev.polcat.calico.selector.SelectorParseException;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.PublicService;
import dev.polcat.diag.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An inbound Allow from the internet (an empty source, 0.0.0.0/0, ::/0, or a network set holding them)
 * to a host the policy selects, on a service the profile's {@code public:} list does not declare for that
 * host. Exposure to the internet must be a written decision, not a side effect of a widened network.
 */
final class OpenToInternet implements Lint {
    static final String ID = "open-to-internet";

    /** A service reachable from the internet is the mistake a reader must see first. */
    @Override
    public dev.polcat.catalog.CaveatSeverity caveatSeverity() {
        return dev.polcat.catalog.CaveatSeverity.DANGER;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "An inbound Allow from anywhere, 0.0.0.0/0, ::/0 or a network set holding them, to a host the profile does "
                + "not declare public for that service (public: in the profile). A warning; an error with --strict.";
    }

    @Override
    public List<Finding> check(LintContext ctx) {
        List<Finding> out = new ArrayList<>();
        List<Host> selected = ctx.env().hosts().stream().filter(h -> HostCoverage.selects(ctx.policy(), h)).toList();
        if (selected.isEmpty()) return out;
        for (RuleRefs r : RuleRefs.of(ctx.policy())) {
            Rule rule = r.rule();
            if (r.direction() != PolicyType.INGRESS || rule.action() != Action.ALLOW) continue;
            Optional<String> from = InternetSource.of(rule.source(), ctx.environmentResources());
            if (from.isEmpty()) continue;
            List<String> undeclared = selected.stream()
                    .filter(h -> ctx.env().publicServices().stream().noneMatch(p -> covers(p, h, rule)))
                    .map(Host::name).toList();
            if (undeclared.isEmpty()) continue;
            String service = ServiceText.of(rule);
            out.add(new Finding(ID, Severity.WARNING, r.label() + " allows " + service + " from the internet ("
                    + from.get() + ") to " + hosts(undeclared) + ", which profiles/" + ctx.env().name()
                    + ".yaml does not declare public", r.path(),
                    "restrict the source to the networks that need it, or declare it in profiles/" + ctx.env().name()
                            + ".yaml: public: [{ports: [" + ServiceText.example(rule) + "], to: HOST or {hosts: SELECTOR}, reason: ...}]"));
        }
        return out;
    }

    static String hosts(List<String> names) {
        if (names.size() <= 3) return String.join(", ", names);
        return String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }

    /** Whether the entry names this host and every service the rule allows. */
    static boolean covers(PublicService p, Host h, Rule rule) {
        if (!p.to().isSelector() && !p.to().value().equals(h.name())) return false;
        if (p.to().isSelector() && !selects(p.to().value(), h)) return false;
        return covers(p.services(), rule);
    }

    private static boolean selects(String selector, Host h) {
        try {
            return Selector.parse(selector).matches(h.labels());
        } catch (SelectorParseException e) {
            return false;
        }
    }

    static boolean covers(List<String> services, Rule rule) {
        if (services.contains("any")) return true;
        if (rule.protocol() == null) return false;
        String proto = rule.protocol().text().toLowerCase(Locale.ROOT);
        if (rule.protocol().isIcmp()) {
            String name = rule.protocol().isIcmpV6() ? "icmpv6" : "icmp";
            if (services.contains(name)) return true;
            return rule.icmp() != null && rule.icmp().type() != null && services.contains(name + "/" + rule.icmp().type());
        }
        if (services.contains(proto)) return true;
        List<Port> ports = rule.destination().ports();
        if (ports.isEmpty() || !rule.destination().notPorts().isEmpty() && ports.isEmpty()) return false;
        for (Port port : ports) {
            if (port.isNamed() || port.max() - port.min() > 1024) return false;
            for (int n = port.min(); n <= port.max(); n++) if (!services.contains(proto + "/" + n)) return false;
        }
        return true;
    }
}
