package dev.polcat.analyze.verify;

import dev.polcat.analyze.ExposureRow;
import dev.polcat.analyze.flow.FailsafeEntry;
import dev.polcat.analyze.flow.FailsafePorts;
import dev.polcat.analyze.flow.FlowSimulator;
import dev.polcat.analyze.flow.Simulation;
import dev.polcat.analyze.flow.Verdict;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.GlobalNetworkSet;
import dev.polcat.calico.KubernetesNetworkPolicy;
import dev.polcat.calico.KubernetesPolicyConversion;
import dev.polcat.calico.PolicyResource;
import dev.polcat.calico.Port;
import dev.polcat.calico.Rule;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.ParamValue;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.Workload;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The systematic flow set of an environment: every host and workload × every service any policy's inbound rules or
 * the failsafe list mention × anywhere and every declared network (CIDR parameter values and global
 * network sets). The exposure report shows the allowed ones; a review shows those whose verdict changes.
 */
public final class FlowMatrix {
    /**
     * The matrix is not computed (the report says so) beyond this many probe × policy evaluations:
     * each probe walks every policy, so the cost grows with hosts × services × sources × policies, and
     * a large catalog would spend most of its build here. {@code polcat why} answers any single flow.
     */
    public static final long MAX_WORK = 1_500_000;

    public static boolean tooLarge(List<Probe> probes, int policies) {
        return (long) probes.size() * Math.max(1, policies) > MAX_WORK;
    }

    /** The label of a probe whose source is another host, or another workload, of the environment. */
    public static final String HOST = ExposureRow.FROM_HOST;

    public static final String WORKLOAD = ExposureRow.FROM_WORKLOAD;

    private FlowMatrix() {}

    public static List<Probe> probes(Profile env, List<CalicoResource> resources, FailsafePorts failsafe) {
        TreeSet<String> services = services(resources, failsafe, env.workloads());
        Map<String, String> sources = sources(env, resources);
        Map<String, Integer> versions = new LinkedHashMap<>();
        sources.keySet()
                .forEach(cidr ->
                        versions.put(cidr, IpNet.parse(cidr).map(IpNet::version).orElse(4)));
        List<Probe> out = new ArrayList<>();
        for (Host h : env.hosts()) add(out, h.name(), h.ips(), services, sources, versions);
        for (Workload w : env.workloads()) add(out, w.ref(), w.ips(), services, sources, versions);
        return out;
    }

    /**
     * Endpoint to endpoint: every host and workload × every other one as the source × every service both
     * address families allow. Networks alone miss what hosts accept from each other (etcd peers, BGP,
     * kubelet from the control plane), because hosts are rarely inside a declared network.
     */
    public static List<Probe> peerProbes(Profile env, List<CalicoResource> resources, FailsafePorts failsafe) {
        TreeSet<String> services = services(resources, failsafe);
        Map<String, java.util.Set<Integer>> families = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Host h : env.hosts()) {
            families.put(h.name(), families(h.ips()));
            kinds.put(h.name(), HOST);
        }
        for (Workload w : env.workloads()) {
            families.put(w.ref(), families(w.ips()));
            kinds.put(w.ref(), WORKLOAD);
        }
        List<Probe> out = new ArrayList<>();
        for (String to : families.keySet()) {
            for (String from : families.keySet()) {
                if (from.equals(to)) continue;
                java.util.Set<Integer> shared = new java.util.HashSet<>(families.get(to));
                shared.retainAll(families.get(from));
                if (shared.isEmpty()) continue;
                for (String svc : services) {
                    boolean icmpOk = !svc.startsWith("icmp") || shared.contains(svc.startsWith("icmpv6") ? 6 : 4);
                    if (icmpOk) out.add(new Probe(to, svc, kinds.get(from), from));
                }
            }
        }
        return out;
    }

    private static java.util.Set<Integer> families(List<Cidr> ips) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        ips.forEach(ip -> ip.parsed().ifPresent(n -> out.add(n.version())));
        return out;
    }

    /** The probes of one endpoint (a host, or a workload as namespace/name): every service from every source of its families. */
    private static void add(
            List<Probe> out,
            String endpoint,
            List<Cidr> ips,
            TreeSet<String> services,
            Map<String, String> sources,
            Map<String, Integer> versions) {
        java.util.Set<Integer> families = new java.util.HashSet<>();
        ips.forEach(ip -> ip.parsed().ifPresent(n -> families.add(n.version())));
        for (String svc : services) {
            for (var src : sources.entrySet()) {
                int version = versions.get(src.getKey());
                boolean icmpFamily = !svc.startsWith("icmp") || svc.startsWith("icmpv6") == (version == 6);
                if (families.contains(version) && icmpFamily)
                    out.add(new Probe(endpoint, svc, src.getValue(), src.getKey()));
            }
        }
    }

    /**
     * A probe's verdict without its trail (trails of thousands of probes would fill the heap), and the
     * policy and rule ({@code spec.ingress[0]}) that decided it, "" when no policy rule did.
     */
    public record Result(boolean allowed, String explanation, String policy, String rule) {}

    /** A probe the simulator cannot evaluate, and why: counted and reported, never dropped unseen. */
    public record Skipped(Probe probe, String reason) {}

    /** The probes' results, in probe order, and the probes that could not be simulated. */
    public record Run(Map<Probe, Result> results, List<Skipped> skipped) {
        public Run {
            results = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(results));
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Simulates every probe. Probes are made only for families the endpoint has, so each should be
     * simulated; one the simulator refuses anyway is kept in {@link Run#skipped()} with the reason, so the
     * exposure report can say a row is missing.
     */
    public static Run run(FlowSimulator sim, List<Probe> probes) {
        Map<Probe, Result> out = new LinkedHashMap<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Probe p : probes) {
            Simulation s = sim.evaluate(p.flow());
            if (s instanceof Simulation.Refused r) {
                skipped.add(new Skipped(p, r.reason()));
                continue;
            }
            Verdict v = (Verdict) s;
            var step = v.decidedBy();
            out.put(
                    p,
                    new Result(
                            v.allowed(),
                            v.explain(),
                            step.map(t -> t.policy()).orElse(""),
                            step.map(t -> t.rule()).orElse("")));
        }
        return new Run(out, skipped);
    }

    static TreeSet<String> services(List<CalicoResource> resources, FailsafePorts failsafe) {
        return services(resources, failsafe, List.of());
    }

    /**
     * Every service an inbound rule names: of Calico policies, and of Kubernetes NetworkPolicies as Calico
     * enforces them; a named port stands for the port numbers the workloads declare under that name.
     */
    static TreeSet<String> services(List<CalicoResource> resources, FailsafePorts failsafe, List<Workload> workloads) {
        TreeSet<String> out = new TreeSet<>();
        for (CalicoResource r : resources) {
            PolicyResource p = r instanceof PolicyResource pr
                    ? pr
                    : r instanceof KubernetesNetworkPolicy k ? KubernetesPolicyConversion.toCalico(k) : null;
            if (p == null) continue;
            for (Rule rule : p.spec().ingress()) {
                String proto =
                        rule.protocol() == null ? null : rule.protocol().text().toLowerCase(java.util.Locale.ROOT);
                if (rule.protocol() != null && rule.protocol().isIcmp()) {
                    out.add(rule.protocol().isIcmpV6() ? "icmpv6" : "icmp");
                    continue;
                }
                for (Port port : rule.destination().ports()) {
                    if (port.isNamed()) {
                        named(out, port.name(), proto, workloads);
                    } else if (proto == null) {
                        out.add("tcp/" + port.min());
                        out.add("udp/" + port.min());
                    } else if (rule.protocol().supportsPorts()
                            && !rule.protocol().numeric()) {
                        out.add(proto + "/" + port.min());
                    }
                }
            }
        }
        for (FailsafeEntry e : failsafe.inbound()) out.add(e.protocol() + "/" + e.port());
        return out;
    }

    private static void named(TreeSet<String> out, String name, String proto, List<Workload> workloads) {
        for (Workload w : workloads) {
            for (Workload.NamedPort p : w.ports()) {
                String pp = p.protocol().toLowerCase(java.util.Locale.ROOT);
                if (p.name().equals(name) && (proto == null || proto.equals(pp))) out.add(pp + "/" + p.port());
            }
        }
    }

    /** Source networks by CIDR, each with the name it is declared under (first one wins). */
    static Map<String, String> sources(Profile env, List<CalicoResource> resources) {
        Map<String, String> byCidr = new LinkedHashMap<>();
        byCidr.put("0.0.0.0/0", "anywhere");
        boolean v6 = env.hosts().stream()
                        .anyMatch(h -> h.ips().stream().anyMatch(ip -> ip.text().contains(":")))
                || env.workloads().stream()
                        .anyMatch(w -> w.ips().stream().anyMatch(ip -> ip.text().contains(":")));
        if (v6) byCidr.put("::/0", "anywhere");
        env.values().forEach((name, v) -> networks(v).forEach(n -> byCidr.putIfAbsent(n, name)));
        for (CalicoResource r : resources) {
            if (r instanceof GlobalNetworkSet s) {
                s.nets()
                        .forEach(n ->
                                n.parsed().ifPresent(net -> byCidr.putIfAbsent(net.canonical(), "set " + s.name())));
            }
        }
        return byCidr;
    }

    private static List<String> networks(ParamValue v) {
        if (v instanceof ParamValue.Address a && a.isNetwork()) return List.of(a.value());
        if (v instanceof ParamValue.ListValue l)
            return l.items().stream().flatMap(i -> networks(i).stream()).toList();
        return List.of();
    }
}
