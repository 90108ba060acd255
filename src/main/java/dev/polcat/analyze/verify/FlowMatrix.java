package dev.polcat.analyze.verify;

import dev.polcat.analyze.ExposureRow;
import dev.polcat.analyze.flow.Endpoint;
import dev.polcat.analyze.flow.FailsafePorts;
import dev.polcat.analyze.flow.FlowSimulator;
import dev.polcat.analyze.flow.IngressClass;
import dev.polcat.analyze.flow.Simulation;
import dev.polcat.analyze.flow.Verdict;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.GlobalNetworkSet;
import dev.polcat.calico.KubernetesNetworkPolicy;
import dev.polcat.calico.KubernetesPolicyConversion;
import dev.polcat.calico.PolicyResource;
import dev.polcat.calico.Port;
import dev.polcat.calico.Rule;
import dev.polcat.catalog.FailsafeEntry;
import dev.polcat.catalog.FlowService;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.ParamValue;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.Workload;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The systematic flow set of an environment: every host and workload × every service any policy's inbound rules or
 * the failsafe list mention × anywhere and every declared network (CIDR parameter values and global
 * network sets). A review shows those whose verdict changes; the exposure report ({@link ExposureScan}) covers the
 * same flows by classes.
 */
public final class FlowMatrix {
    /**
     * A review (a diff, a staged view) compares the verdict of each probe, with its own denial, so it does not
     * compare the systematic flows beyond this many probes × policies (the expected and guarded flows still);
     * {@code polcat why} answers any single flow. The exposure report has no such limit: it evaluates classes
     * of endpoint pairs ({@link ExposureScan}), not probes.
     */
    public static final long MAX_WORK = 1_500_000;

    public static boolean tooLarge(List<Probe> probes, int policies) {
        return probes.size() > probeBudget(policies);
    }

    /** The most probes {@link #tooLarge} accepts with this many policies. */
    public static long probeBudget(int policies) {
        return MAX_WORK / Math.max(1, policies);
    }

    /** The label of a probe whose source is another host, or another workload, of the environment. */
    public static final String HOST = ExposureRow.FROM_HOST;

    public static final String WORKLOAD = ExposureRow.FROM_WORKLOAD;

    private FlowMatrix() {}

    public static List<Probe> probes(Profile env, List<CalicoResource> resources, FailsafePorts failsafe) {
        TreeMap<String, FlowService> services = services(resources, failsafe, env.workloads());
        Map<String, Source> sources = sources(env, resources);
        List<Probe> out = new ArrayList<>();
        for (Host h : env.hosts()) add(out, h.name(), target(h), h.ips(), services, sources);
        for (Workload w : env.workloads()) add(out, w.ref(), target(w), w.ips(), services, sources);
        return out;
    }

    /** A source network, with the name it is declared under. */
    record Source(String label, IpNet net) {}

    static Endpoint target(Host h) {
        return new Endpoint.HostName(h.name());
    }

    static Endpoint target(Workload w) {
        return new Endpoint.WorkloadName(w.namespace(), w.name());
    }

    /**
     * Endpoint to endpoint: every host and workload × every other one as the source × every service both
     * address families allow. Networks alone miss what hosts accept from each other (etcd peers, BGP,
     * kubelet from the control plane), because hosts are rarely inside a declared network.
     */
    public static List<Probe> peerProbes(Profile env, List<CalicoResource> resources, FailsafePorts failsafe) {
        TreeMap<String, FlowService> services = services(resources, failsafe);
        Map<String, Set<Integer>> families = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        Map<String, Endpoint> ends = new LinkedHashMap<>();
        for (Host h : env.hosts()) {
            families.put(h.name(), families(h.ips()));
            kinds.put(h.name(), HOST);
            ends.put(h.name(), target(h));
        }
        for (Workload w : env.workloads()) {
            families.put(w.ref(), families(w.ips()));
            kinds.put(w.ref(), WORKLOAD);
            ends.put(w.ref(), target(w));
        }
        // what each service needs of the two ends, worked out once rather than per pair of endpoints
        List<Map.Entry<String, FlowService>> list = List.copyOf(services.entrySet());
        int[] icmpVersion = new int[list.size()];
        for (int i = 0; i < list.size(); i++) {
            String s = list.get(i).getKey();
            icmpVersion[i] = !s.startsWith("icmp") ? 0 : s.startsWith("icmpv6") ? 6 : 4;
        }
        List<Probe> out = new ArrayList<>();
        for (String to : families.keySet()) {
            for (String from : families.keySet()) {
                if (from.equals(to)) continue;
                Set<Integer> shared = new HashSet<>(families.get(to));
                shared.retainAll(families.get(from));
                if (shared.isEmpty()) continue;
                for (int i = 0; i < list.size(); i++) {
                    if (icmpVersion[i] != 0 && !shared.contains(icmpVersion[i])) continue;
                    var svc = list.get(i);
                    out.add(new Probe(
                            to, svc.getKey(), kinds.get(from), from, ends.get(to), svc.getValue(), ends.get(from)));
                }
            }
        }
        return out;
    }

    /** The IP versions of an endpoint's addresses. */
    static Set<Integer> families(List<Cidr> ips) {
        Set<Integer> out = new HashSet<>();
        ips.forEach(ip -> ip.parsed().ifPresent(n -> out.add(n.version())));
        return out;
    }

    /** The probes of one endpoint (a host, or a workload as namespace/name): every service from every source of its families. */
    private static void add(
            List<Probe> out,
            String endpoint,
            Endpoint target,
            List<Cidr> ips,
            TreeMap<String, FlowService> services,
            Map<String, Source> sources) {
        Set<Integer> families = families(ips);
        List<Map.Entry<String, Source>> srcs = List.copyOf(sources.entrySet());
        List<Endpoint> srcEnds = srcs.stream()
                .map(src -> Endpoint.of(src.getValue().net()))
                .toList(); // one per source, not per service too
        for (var svc : services.entrySet()) {
            String s = svc.getKey();
            for (int i = 0; i < srcs.size(); i++) {
                Source src = srcs.get(i).getValue();
                int version = src.net().version();
                boolean icmpFamily = !s.startsWith("icmp") || s.startsWith("icmpv6") == (version == 6);
                if (!families.contains(version) || !icmpFamily) continue;
                out.add(new Probe(
                        endpoint, s, src.label(), srcs.get(i).getKey(), target, svc.getValue(), srcEnds.get(i)));
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

    /**
     * The probes' results, in probe order, and the probes that could not be simulated. The map is the one
     * {@link #run} filled, wrapped and not copied: copying tens of thousands of probes cost more than the
     * simulations they share.
     */
    public record Run(Map<Probe, Result> results, List<Skipped> skipped) {
        public Run {
            results = Collections.unmodifiableMap(results);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Simulates every probe. Probes are made only for families the endpoint has, so each should be
     * simulated; one the simulator refuses anyway is kept in {@link Run#skipped()} with the reason, so the
     * exposure report can say a row is missing. Every result is the one simulating that probe alone gives,
     * explanation included (a review quotes why a flow is now denied).
     */
    public static Run run(FlowSimulator sim, List<Probe> probes) {
        Map<Probe, Result> out = new LinkedHashMap<>();
        List<Skipped> skipped = new ArrayList<>();
        run(sim, probes, out::put, skipped);
        return new Run(out, skipped);
    }

    private static void run(
            FlowSimulator sim, List<Probe> probes, BiConsumer<Probe, Result> out, List<Skipped> skipped) {
        // probes nothing on their way tells apart share one simulation (FlowSimulator.ingressClass)
        Map<IngressClass, Result> byClass = new HashMap<>();
        for (Probe p : probes) {
            IngressClass ingressClass =
                    sim.ingressClass(p.flow()).filter(c -> !c.partial()).orElse(null);
            Result r = ingressClass == null ? null : byClass.get(ingressClass);
            if (r == null) {
                Simulation s =
                        ingressClass == null ? sim.evaluateBrief(p.flow()) : sim.evaluateBrief(p.flow(), ingressClass);
                if (s instanceof Simulation.Refused refused) {
                    skipped.add(new Skipped(p, refused.reason()));
                    continue;
                }
                Verdict v = (Verdict) s;
                r = result(v);
                if (ingressClass != null) byClass.put(ingressClass, r);
            }
            out.accept(p, r);
        }
    }

    private static Result result(Verdict v) {
        var step = v.decidedBy();
        return new Result(
                v.allowed(),
                v.explain(),
                step.map(t -> t.policy()).orElse(""),
                step.map(t -> t.rule()).orElse(""));
    }

    static TreeMap<String, FlowService> services(List<CalicoResource> resources, FailsafePorts failsafe) {
        return services(resources, failsafe, List.of());
    }

    /**
     * Every service an inbound rule names, by the text reports show ({@code tcp/22}): of Calico policies, and
     * of Kubernetes NetworkPolicies as Calico enforces them; a named port stands for the port numbers the
     * workloads declare under that name.
     */
    static TreeMap<String, FlowService> services(
            List<CalicoResource> resources, FailsafePorts failsafe, List<Workload> workloads) {
        TreeMap<String, FlowService> out = new TreeMap<>();
        for (CalicoResource r : resources) {
            PolicyResource p = r instanceof PolicyResource pr
                    ? pr
                    : r instanceof KubernetesNetworkPolicy k ? KubernetesPolicyConversion.toCalico(k) : null;
            if (p == null) continue;
            for (Rule rule : p.spec().ingress()) {
                String proto =
                        rule.protocol() == null ? null : rule.protocol().text().toLowerCase(Locale.ROOT);
                if (rule.protocol() != null && rule.protocol().isIcmp()) {
                    String icmp = rule.protocol().isIcmpV6() ? "icmpv6" : "icmp";
                    out.putIfAbsent(icmp, FlowService.anyPort(icmp));
                    continue;
                }
                for (Port port : rule.destination().ports()) {
                    if (port.isNamed()) {
                        named(out, port.name(), proto, workloads);
                    } else if (proto == null) {
                        put(out, "tcp", port.min());
                        put(out, "udp", port.min());
                    } else if (rule.protocol().supportsPorts()
                            && !rule.protocol().numeric()) {
                        put(out, proto, port.min());
                    }
                }
            }
        }
        for (FailsafeEntry e : failsafe.inbound()) put(out, e.protocol(), e.port());
        return out;
    }

    private static void put(TreeMap<String, FlowService> out, String protocol, int port) {
        out.computeIfAbsent(protocol + "/" + port, k -> FlowService.of(protocol, port));
    }

    private static void named(TreeMap<String, FlowService> out, String name, String proto, List<Workload> workloads) {
        for (Workload w : workloads) {
            for (Workload.NamedPort p : w.ports()) {
                String pp = p.protocol().toLowerCase(Locale.ROOT);
                if (p.name().equals(name) && (proto == null || proto.equals(pp))) put(out, pp, p.port());
            }
        }
    }

    /** Source networks by CIDR, each with the name it is declared under (first one wins). */
    static Map<String, Source> sources(Profile env, List<CalicoResource> resources) {
        Map<String, Source> byCidr = new LinkedHashMap<>();
        byCidr.put("0.0.0.0/0", new Source("anywhere", IpNet.anyV4()));
        boolean v6 = env.hosts().stream().anyMatch(h -> h.ips().stream().anyMatch(FlowMatrix::isV6))
                || env.workloads().stream().anyMatch(w -> w.ips().stream().anyMatch(FlowMatrix::isV6));
        if (v6) byCidr.put("::/0", new Source("anywhere", IpNet.anyV6()));
        env.values()
                .forEach((name, v) ->
                        networks(v).forEach(a -> byCidr.putIfAbsent(a.value(), new Source(name, a.net()))));
        for (CalicoResource r : resources) {
            if (r instanceof GlobalNetworkSet s) {
                s.nets()
                        .forEach(n -> n.parsed()
                                .ifPresent(net ->
                                        byCidr.putIfAbsent(net.canonical(), new Source("set " + s.name(), net))));
            }
        }
        return byCidr;
    }

    private static boolean isV6(Cidr ip) {
        return ip.parsed().map(n -> n.version() == 6).orElse(false);
    }

    private static List<ParamValue.Address> networks(ParamValue v) {
        if (v instanceof ParamValue.Address a && a.isNetwork()) return List.of(a);
        if (v instanceof ParamValue.ListValue l)
            return l.items().stream().flatMap(i -> networks(i).stream()).toList();
        return List.of();
    }
}
