package dev.polcat.analyze.verify;

import dev.polcat.analyze.ExposureGrant;
import dev.polcat.analyze.ExposureGrants;
import dev.polcat.analyze.flow.Endpoint;
import dev.polcat.analyze.flow.Flow;
import dev.polcat.analyze.flow.FlowSimulator;
import dev.polcat.analyze.flow.IngressClass;
import dev.polcat.analyze.flow.IngressEnds;
import dev.polcat.analyze.flow.Simulation;
import dev.polcat.analyze.flow.Verdict;
import dev.polcat.calico.CalicoResource;
import dev.polcat.catalog.FlowService;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.Workload;
import dev.polcat.net.IpNet;
import dev.polcat.yaml.SharedText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The exposure report by classes: every host and workload × every service × every source (the declared
 * networks, and the environment's other endpoints), evaluated once per class rather than once per probe.
 * Endpoint pairs (destination, source) whose two ends every rule treats alike ({@link IngressEnds}) form a
 * group; a group is evaluated once per service, and a service that no rule tells apart from another in that
 * group's walk shares the evaluation too ({@link IngressClass}). The allowed flows come out as grants (hosts ×
 * one source × one service, one rule), so neither the work nor the report grows with hosts × hosts ×
 * services. Pairs without a class (a rule of the walk names source ports) and flows the simulator refuses are
 * evaluated one by one; a refusal is kept, with the probe and the reason.
 */
public final class ExposureScan {
    private static final String ALLOWED = "allowed: ";

    /** A result no flow has: the group's flow was refused, so each pair of it is evaluated alone. */
    private static final FlowMatrix.Result REFUSED = new FlowMatrix.Result(false, "", "", "");

    private static final FlowMatrix.Result DENIED = new FlowMatrix.Result(false, "", "", "");

    private final FlowSimulator sim;
    private final boolean peerPairs;
    private final List<Map.Entry<String, FlowService>> services;
    private final boolean[] peerService;
    private final int[] icmp;
    private final List<Node> endpoints = new ArrayList<>();
    /** The source networks, each under the text it is declared with (its CIDR as written). */
    private final List<Map.Entry<String, FlowMatrix.Source>> sources;

    private final Map<IngressClass, FlowMatrix.Result> byClass = new HashMap<>();
    private final List<FlowMatrix.Skipped> skipped = new ArrayList<>();
    // one copy of each list of names and each rule's words for all the grants of the environment (and of
    // each text, with SharedText, for all the environments): at 2,000 policies × 20 environments the report
    // holds 40,000 grants an environment, most naming every host, and the build keeps them all
    private final Map<BitSet, List<String>> names = new HashMap<>();
    private final Map<FlowMatrix.Result, String> allowedBy = new HashMap<>();

    /** A host or workload: its name, its kind as a source, itself as a flow's end, its IP versions. */
    private record Node(int index, String name, String kind, Endpoint end, Set<Integer> families) {}

    /** A destination and a source: a network ({@code network} ≥ 0, its index) or another endpoint. */
    private record Pair(Node to, int network, Node peer, Endpoint source, String label, String cidr) {}

    /** Pairs of one source kind whose flows of one ICMP kind are evaluated alike: their results by service. */
    private static final class Group {
        final List<Pair> pairs = new ArrayList<>();
        final FlowMatrix.Result[] results;

        Group(int services, boolean classified) {
            results = classified ? new FlowMatrix.Result[services] : null;
        }
    }

    private ExposureScan(Profile env, List<CalicoResource> resources, FlowSimulator sim, boolean peers) {
        this.sim = sim;
        this.peerPairs = peers;
        TreeMap<String, FlowService> all = FlowMatrix.services(resources, sim.failsafe(), env.workloads());
        TreeMap<String, FlowService> hostToHost = FlowMatrix.services(resources, sim.failsafe());
        this.services = List.copyOf(all.entrySet());
        this.peerService = new boolean[services.size()];
        this.icmp = new int[services.size()];
        for (int i = 0; i < services.size(); i++) {
            String s = services.get(i).getKey();
            peerService[i] = peers && hostToHost.containsKey(s);
            icmp[i] = !s.startsWith("icmp") ? 0 : s.startsWith("icmpv6") ? 6 : 4;
        }
        this.sources = List.copyOf(FlowMatrix.sources(env, resources).entrySet());
        for (Host h : env.hosts())
            endpoints.add(new Node(
                    endpoints.size(), h.name(), FlowMatrix.HOST, FlowMatrix.target(h), FlowMatrix.families(h.ips())));
        for (Workload w : env.workloads())
            endpoints.add(new Node(
                    endpoints.size(),
                    w.ref(),
                    FlowMatrix.WORKLOAD,
                    FlowMatrix.target(w),
                    FlowMatrix.families(w.ips())));
    }

    /** The exposure report of an environment; {@code peers}: from the other endpoints too, not only networks. */
    public static EnvironmentFlows.Exposure scan(
            Profile env, List<CalicoResource> resources, FlowSimulator sim, boolean peers) {
        return new ExposureScan(env, resources, sim, peers).run();
    }

    /** How many endpoint pairs host to host probes would evaluate: each endpoint with every other of a shared IP version. */
    static long peerPairs(Profile env) {
        List<Set<Integer>> families = new ArrayList<>();
        env.hosts().forEach(h -> families.add(FlowMatrix.families(h.ips())));
        env.workloads().forEach(w -> families.add(FlowMatrix.families(w.ips())));
        long n = 0;
        for (Set<Integer> a : families) for (Set<Integer> b : families) if (a != b && shares(a, b)) n++;
        return n;
    }

    private EnvironmentFlows.Exposure run() {
        Map<Integer, List<Group>> groupsByIcmp = new HashMap<>();
        ExposureGrants.Builder out = new ExposureGrants.Builder();
        for (int s = 0; s < services.size(); s++) {
            int kind = icmp[s];
            List<Group> groups = groupsByIcmp.computeIfAbsent(kind, k -> groups(k, serviceOfKind(k)));
            Grants grants = new Grants(s);
            for (Group g : groups) {
                if (g.pairs.get(0).peer() != null && !peerService[s]) continue;
                FlowMatrix.Result r = g.results == null ? REFUSED : groupResult(g, s);
                if (r == REFUSED) {
                    for (Pair p : g.pairs) grants.add(List.of(p), alone(p, s));
                } else if (r.allowed()) {
                    grants.add(g.pairs, r);
                }
            }
            grants.emit(out);
        }
        return new EnvironmentFlows.Exposure(out.build(), skipped, peerPairs);
    }

    /** A service of that ICMP kind (0: not ICMP): its flows give each pair its ends. */
    private FlowService serviceOfKind(int kind) {
        for (int s = 0; s < services.size(); s++)
            if (icmp[s] == kind) return services.get(s).getValue();
        throw new IllegalStateException("no service of ICMP kind " + kind);
    }

    /** The pairs that flows of this ICMP kind probe, grouped by their ends (canonical) and source. */
    private List<Group> groups(int kind, FlowService sample) {
        Map<Object, Group> byKey = new LinkedHashMap<>();
        for (Node to : endpoints) {
            for (int n = 0; n < sources.size(); n++) {
                FlowMatrix.Source src = sources.get(n).getValue();
                int version = src.net().version();
                if (!to.families().contains(version) || kind != 0 && kind != version) continue;
                Pair p = new Pair(
                        to,
                        n,
                        null,
                        Endpoint.of(src.net()),
                        src.label(),
                        sources.get(n).getKey());
                place(byKey, p, List.of(n), sample);
            }
        }
        // beyond the pair limit no endpoint pair is even made: making and classifying them was the cost
        for (Node to : peerPairs ? endpoints : List.<Node>of()) {
            for (Node from : endpoints) {
                if (from == to || !shares(to.families(), from.families())) continue;
                if (kind != 0
                        && (!to.families().contains(kind) || !from.families().contains(kind))) continue;
                Pair p = new Pair(to, -1, from, from.end(), from.kind(), from.name());
                place(byKey, p, from.kind(), sample);
            }
        }
        return List.copyOf(byKey.values());
    }

    private void place(Map<Object, Group> byKey, Pair p, Object source, FlowService sample) {
        IngressEnds ends =
                sim.ingressEnds(Flow.ingress(p.source(), p.to().end(), sample)).orElse(null);
        Object key = ends == null ? p : List.of(ends, source);
        byKey.computeIfAbsent(key, k -> new Group(services.size(), ends != null))
                .pairs
                .add(p);
    }

    private FlowMatrix.Result groupResult(Group g, int s) {
        FlowMatrix.Result r = g.results[s];
        if (r != null) return r;
        Pair p = g.pairs.get(0);
        Flow flow = flow(p, s);
        IngressClass c = sim.ingressClass(flow).orElseThrow();
        r = byClass.get(c);
        if (r == null) {
            Simulation sim = this.sim.evaluateAllowance(flow, c);
            if (sim instanceof Simulation.Refused) r = REFUSED;
            else {
                r = result((Verdict) sim);
                byClass.put(c, r);
            }
        }
        g.results[s] = r;
        return r;
    }

    /** One pair's flow evaluated alone; null when refused (kept in {@link #skipped}). */
    private FlowMatrix.Result alone(Pair p, int s) {
        Flow flow = flow(p, s);
        Simulation result = sim.evaluateBrief(flow);
        if (result instanceof Simulation.Refused refused) {
            var svc = services.get(s);
            skipped.add(new FlowMatrix.Skipped(
                    new Probe(
                            p.to().name(), svc.getKey(), p.label(), p.cidr(), p.to().end(), svc.getValue(), p.source()),
                    refused.reason()));
            return null;
        }
        return result((Verdict) result);
    }

    private Flow flow(Pair p, int s) {
        return Flow.ingress(p.source(), p.to().end(), services.get(s).getValue());
    }

    private static FlowMatrix.Result result(Verdict v) {
        if (!v.allowed()) return DENIED;
        var step = v.decidedBy();
        return new FlowMatrix.Result(
                true,
                v.explain(),
                step.map(t -> t.policy()).orElse(""),
                step.map(t -> t.rule()).orElse(""));
    }

    private record NetworkKey(int network, FlowMatrix.Result result) {}

    private record PeerKey(String kind, FlowMatrix.Result result) {}

    /** One service's allowed pairs, gathered into grants: hosts by (network, rule); peers by (kind, rule, set). */
    private final class Grants {
        private final int service;
        /** The hosts each network reaches, by the network's index and the result that allows it. */
        private final Map<NetworkKey, BitSet> networkHosts = new LinkedHashMap<>();
        /** The peers each host accepts (by host index; null for none), by the peers' kind and the result that allows it. */
        private final Map<PeerKey, BitSet[]> peersByHost = new LinkedHashMap<>();

        Grants(int service) {
            this.service = service;
        }

        /** Pairs of one source (a network, or endpoints of one kind), all allowed by {@code r} when it allows. */
        void add(List<Pair> pairs, FlowMatrix.Result r) {
            if (r == null || !r.allowed()) return;
            Pair first = pairs.get(0);
            if (first.peer() == null) {
                BitSet hosts = networkHosts.computeIfAbsent(new NetworkKey(first.network(), r), k -> new BitSet());
                for (Pair p : pairs) hosts.set(p.to().index());
            } else {
                BitSet[] byHost = peersByHost.computeIfAbsent(
                        new PeerKey(first.peer().kind(), r), k -> new BitSet[endpoints.size()]);
                for (Pair p : pairs) {
                    int to = p.to().index();
                    if (byHost[to] == null) byHost[to] = new BitSet();
                    byHost[to].set(p.peer().index());
                }
            }
        }

        void emit(ExposureGrants.Builder out) {
            // every environment names its services and rules anew: grants keep one copy for the whole build
            String svc = SharedText.of(services.get(service).getKey());
            List<Map.Entry<NetworkKey, BitSet>> nets = new ArrayList<>(networkHosts.entrySet());
            nets.sort(Comparator.comparingInt(e -> e.getKey().network()));
            for (var e : nets) {
                var src = sources.get(e.getKey().network());
                FlowMatrix.Result r = e.getKey().result();
                out.add(grant(
                        names(e.getValue()),
                        svc,
                        src.getValue().label(),
                        src.getKey(),
                        List.of(),
                        r,
                        src.getValue().net()));
            }
            List<Map.Entry<PeerKey, BitSet[]>> peers = new ArrayList<>(peersByHost.entrySet());
            peers.sort(Comparator.comparing(e -> !e.getKey().kind().equals(FlowMatrix.HOST)));
            for (var e : peers) {
                // an endpoint is never its own source: with itself added (when of the peers' kind), endpoints that
                // accept all the others share a grant
                String kind = e.getKey().kind();
                Map<BitSet, BitSet> hostsByPeers = new LinkedHashMap<>();
                BitSet[] byHost = e.getValue();
                for (int host = 0; host < byHost.length; host++) {
                    if (byHost[host] == null) continue;
                    BitSet key = (BitSet) byHost[host].clone();
                    if (endpoints.get(host).kind().equals(kind)) key.set(host);
                    hostsByPeers.computeIfAbsent(key, k -> new BitSet()).set(host);
                }
                FlowMatrix.Result r = e.getKey().result();
                hostsByPeers.forEach(
                        (from, hosts) -> out.add(grant(names(hosts), svc, kind, "", names(from), r, null)));
            }
        }

        private List<String> names(BitSet set) {
            return names.computeIfAbsent(set, k -> {
                List<String> out = new ArrayList<>(set.cardinality());
                set.stream().forEach(i -> out.add(endpoints.get(i).name()));
                return List.copyOf(out);
            });
        }

        private ExposureGrant grant(
                List<String> hosts,
                String svc,
                String from,
                String cidr,
                List<String> peers,
                FlowMatrix.Result r,
                IpNet net) {
            String by = allowedBy.computeIfAbsent(
                    r,
                    x -> SharedText.of(
                            x.explanation().startsWith(ALLOWED)
                                    ? x.explanation().substring(ALLOWED.length())
                                    : x.explanation()));
            return new ExposureGrant(
                    hosts, svc, from, cidr, peers, by, SharedText.of(r.policy()), SharedText.of(r.rule()), net);
        }
    }

    private static boolean shares(Set<Integer> a, Set<Integer> b) {
        for (int v : a) if (b.contains(v)) return true;
        return false;
    }
}
