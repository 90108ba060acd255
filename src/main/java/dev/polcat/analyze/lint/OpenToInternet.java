package dev.polcat.analyze.lint;

import dev.polcat.analyze.Finding;
import dev.polcat.analyze.HostCoverage;
import dev.polcat.analyze.PublicDeclarations;
import dev.polcat.analyze.WorkloadCoverage;
import dev.polcat.calico.Action;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Port;
import dev.polcat.calico.Rule;
import dev.polcat.catalog.CaveatSeverity;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.PublicService;
import dev.polcat.catalog.Workload;
import dev.polcat.diag.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An inbound Allow from the internet (an empty source, 0.0.0.0/0, ::/0, or a network set holding them)
 * to a host or workload (pod) the policy selects, on a service the profile's {@code public:} list does not
 * declare for that endpoint. Exposure to the internet must be a written decision, not a side effect of a
 * widened network.
 */
final class OpenToInternet implements Lint {
    static final String ID = "open-to-internet";

    /** A service reachable from the internet is the mistake a reader must see first. */
    @Override
    public CaveatSeverity caveatSeverity() {
        return CaveatSeverity.DANGER;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "An inbound Allow from anywhere, 0.0.0.0/0, ::/0 or a network set holding them, to a host or workload the "
                + "profile does not declare public for that service (public: in the profile). A warning; an error with --strict.";
    }

    @Override
    public List<Finding> check(LintContext ctx) {
        List<Finding> out = new ArrayList<>();
        Profile env = ctx.env();
        List<Host> hosts = env.hosts().stream()
                .filter(h -> HostCoverage.selects(ctx.policy(), h))
                .toList();
        List<Workload> pods = env.workloads().stream()
                .filter(w -> WorkloadCoverage.selects(ctx.policy(), w, env))
                .toList();
        if (hosts.isEmpty() && pods.isEmpty()) return out;
        for (RuleRefs r : RuleRefs.of(ctx.policy())) {
            Rule rule = r.rule();
            if (r.direction() != PolicyType.INGRESS || rule.action() != Action.ALLOW) continue;
            Optional<String> from = InternetSource.of(rule.source(), ctx.environmentResources());
            if (from.isEmpty()) continue;
            List<String> undeclared = new ArrayList<>();
            hosts.stream()
                    .filter(h -> env.publicServices().stream().noneMatch(p -> covers(p, env, h.name(), rule, null)))
                    .forEach(h -> undeclared.add(h.name()));
            pods.stream()
                    .filter(w -> opens(rule, w))
                    .filter(w -> env.publicServices().stream().noneMatch(p -> covers(p, env, w.ref(), rule, w)))
                    .forEach(w -> undeclared.add(w.ref()));
            if (undeclared.isEmpty()) continue;
            String service = ServiceText.of(rule);
            String to = undeclared.stream().allMatch(e -> env.host(e).isPresent())
                    ? "HOST or {hosts: SELECTOR}"
                    : undeclared.stream().noneMatch(e -> env.host(e).isPresent())
                            ? "NAMESPACE/POD or {workloads: SELECTOR, namespace: NAMESPACE}"
                            : "HOST, NAMESPACE/POD, {hosts: SELECTOR} or {workloads: SELECTOR, namespace: NAMESPACE}";
            out.add(new Finding(
                    ID,
                    Severity.WARNING,
                    r.label() + " allows " + service + " from the internet ("
                            + from.get() + ") to " + hosts(undeclared) + ", which profiles/" + env.name()
                            + ".yaml does not declare public",
                    r.path(),
                    "restrict the source to the networks that need it, or declare it in profiles/" + env.name()
                            + ".yaml: public: [{ports: [" + example(rule, pods, undeclared) + "], to: " + to
                            + ", reason: ...}]"));
        }
        return out;
    }

    static String hosts(List<String> names) {
        if (names.size() <= 3) return String.join(", ", names);
        return String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }

    /** What to declare: a named port as the numbers the undeclared pods give it ({@code tcp/8080}), else the rule's own. */
    private static String example(Rule rule, List<Workload> pods, List<String> undeclared) {
        if (rule.protocol() == null || rule.destination().ports().stream().noneMatch(Port::isNamed))
            return ServiceText.example(rule);
        String proto = rule.protocol().text().toLowerCase(Locale.ROOT);
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (Port p : rule.destination().ports()) {
            if (!p.isNamed()) out.add(proto + "/" + p.min());
            for (Workload w : pods) {
                if (undeclared.contains(w.ref()) && p.isNamed())
                    resolve(p, rule, w).forEach(r -> out.add(proto + "/" + r.min()));
            }
        }
        return out.isEmpty() ? ServiceText.example(rule) : String.join(", ", out);
    }

    /** A rule that names only ports the pod does not declare opens nothing on it (a named port resolves per pod). */
    private static boolean opens(Rule rule, Workload w) {
        List<Port> ports = rule.destination().ports();
        return ports.isEmpty()
                || ports.stream()
                        .anyMatch(p -> !p.isNamed() || !resolve(p, rule, w).isEmpty());
    }

    /** Whether the entry names this endpoint (a host, or the pod {@code w}) and every service the rule allows there. */
    static boolean covers(PublicService p, Profile env, String endpoint, Rule rule, Workload w) {
        return PublicDeclarations.names(p, env, endpoint) && covers(p.services(), rule, w);
    }

    static boolean covers(List<String> services, Rule rule) {
        return covers(services, rule, null);
    }

    /** With a pod, a named port stands for the port numbers the pod declares under that name. */
    private static boolean covers(List<String> services, Rule rule, Workload w) {
        if (services.contains("any")) return true;
        if (rule.protocol() == null) return false;
        String proto = rule.protocol().text().toLowerCase(Locale.ROOT);
        if (rule.protocol().isIcmp()) {
            String name = rule.protocol().isIcmpV6() ? "icmpv6" : "icmp";
            if (services.contains(name)) return true;
            return rule.icmp() != null
                    && rule.icmp().type() != null
                    && services.contains(name + "/" + rule.icmp().type());
        }
        if (services.contains(proto)) return true;
        List<Port> ports = rule.destination().ports();
        if (ports.isEmpty() || !rule.destination().notPorts().isEmpty() && ports.isEmpty()) return false;
        for (Port named : ports) {
            List<Port> resolved = named.isNamed() && w != null ? resolve(named, rule, w) : List.of(named);
            for (Port port : resolved) {
                if (port.isNamed() || port.max() - port.min() > 1024) return false;
                for (int n = port.min(); n <= port.max(); n++) if (!services.contains(proto + "/" + n)) return false;
            }
        }
        return true;
    }

    /** The pod's container ports of that name (and of the rule's protocol, when it names one). */
    private static List<Port> resolve(Port named, Rule rule, Workload w) {
        String proto = rule.protocol() == null ? null : rule.protocol().text().toUpperCase(Locale.ROOT);
        return w.ports().stream()
                .filter(p -> p.name().equals(named.name())
                        && (proto == null || p.protocol().equals(proto)))
                .map(p -> Port.single(p.port()))
                .toList();
    }
}
