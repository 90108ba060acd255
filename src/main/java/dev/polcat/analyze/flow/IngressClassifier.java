package dev.polcat.analyze.flow;

import dev.polcat.calico.Protocol;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Sorts ingress flows into classes whose evaluation is the same: same walk (the chains, tiers and policies
 * the destination meets, and what ends them), same IP version, same failsafe entries holding source and
 * service, and the same rules matching the flow, each as much (all or part of it). Only the rules that
 * may match a flow's service are looked at (those of its protocol or of any protocol that list no port
 * number, list its port, or list a wide range), and rules with no service criterion at all are looked at
 * once per source and destination, so classifying a matrix of hosts × services × sources costs about one
 * look per probe and rule that can match it, not one per probe and rule of the walk.
 */
final class IngressClassifier {
    private final FlowResolver resolver;
    private final FailsafeCheck failsafe;
    private final Function<EndpointInfo, List<Object>> walkOf;
    private final Function<EndpointInfo, List<CompiledRule>> rulesOf;
    private final int ruleCount;

    IngressClassifier(
            FlowResolver resolver,
            FailsafeCheck failsafe,
            Function<EndpointInfo, List<Object>> walkOf,
            Function<EndpointInfo, List<CompiledRule>> rulesOf,
            int ruleCount) {
        this.resolver = resolver;
        this.failsafe = failsafe;
        this.walkOf = walkOf;
        this.rulesOf = rulesOf;
        this.ruleCount = ruleCount;
    }

    /** The class of an ingress flow, or null when it has none (refused, or a rule of its walk names source ports). */
    IngressClass classify(Flow flow) {
        Protocol protocol = flow.protocol();
        Ends ends = endsOf(flow);
        if (ends == NO_ENDS) return null;
        Service service = services.computeIfAbsent(
                new ServiceKey(ends.walk, ends.namedPortsOwner, protocol, flow.port(), ends.version),
                k -> service(ends.walk, resolver.resolve(flow)));
        int n = service.ids.length;
        int[] ids = new int[n];
        byte[] covers = new byte[n];
        int kept = 0;
        boolean partial = ends.anyService.partial();
        for (int i = 0; i < n; i++) {
            int id = service.ids[i];
            int c = Math.min(service.covers[i], Math.min(ends.sources[id], ends.destination[id]));
            if (c == NONE) continue;
            ids[kept] = id;
            covers[kept++] = (byte) c;
            partial |= c == SOME;
        }
        return new IngressClass(
                this,
                ends.walk.id,
                ends.version,
                ends.failsafeSources,
                service.failsafe,
                ends.anyService,
                new RuleCovers(Arrays.copyOf(ids, kept), Arrays.copyOf(covers, kept)),
                partial);
    }

    /**
     * What every rule of the walk covers of a flow of this class: its coverage, NONE for the rules it does not
     * list. Kept as the class's few rules, sorted by id, not an array over every rule: a 2,000-policy
     * environment evaluates thousands of classes, and an array of 40,000 rules each filled the heap faster
     * than it could be collected.
     */
    KnownCoverage known(IngressClass c) {
        int n = c.anyService.ids.length + c.rules.ids.length;
        long[] sorted = new long[n]; // id << 8 | cover: one sort orders both
        int k = 0;
        for (RuleCovers part : List.of(c.anyService, c.rules))
            for (int i = 0; i < part.ids.length; i++) sorted[k++] = ((long) part.ids[i] << 8) | part.covers[i];
        Arrays.sort(sorted);
        int[] hits = new int[n];
        byte[] covers = new byte[n];
        for (int i = 0; i < n; i++) {
            hits[i] = (int) (sorted[i] >>> 8);
            covers[i] = (byte) (sorted[i] & 0xff);
        }
        return new KnownCoverage() {
            @Override
            public int[] hits() {
                return hits;
            }

            @Override
            public Coverage of(CompiledRule rule) {
                int at = Arrays.binarySearch(hits, rule.id());
                return at < 0 ? Coverage.NONE : COVERAGES[covers[at]];
            }

            /**
             * A policy's rules get consecutive ids, so those that cover the flow are found among the few
             * that cover it (by binary search) rather than by looking at each: a class's walk then passes by
             * the thousands of rules that cannot match it.
             */
            @Override
            public List<CompiledRule> covering(List<CompiledRule> rules) {
                if (rules.isEmpty()) return rules;
                int first = rules.get(0).id();
                int last = rules.get(rules.size() - 1).id();
                if (last - first + 1 != rules.size()) return KnownCoverage.super.covering(rules);
                int at = Arrays.binarySearch(hits, first);
                int from = at >= 0 ? at : -at - 1;
                int to = from;
                while (to < hits.length && hits[to] <= last) to++;
                if (to == from) return List.of();
                List<CompiledRule> out = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) out.add(rules.get(hits[i] - first));
                return out;
            }
        };
    }

    private static final int NONE = Coverage.NONE.ordinal();
    private static final int SOME = Coverage.SOME.ordinal();
    private static final Coverage[] COVERAGES = Coverage.values();

    /**
     * The two ends of an ingress flow, and whether its protocol is ICMP of one IP version (which fixes the
     * version). Its equals and hashCode are written out, as in {@link ServiceKey}: looked up once per probe,
     * the generated ones cost more than the rest of classifying it (with the launcher's C1 compiler).
     */
    private record EndsKey(Endpoint from, Endpoint to, int icmpVersion) {
        @Override
        public boolean equals(Object o) {
            return o instanceof EndsKey k
                    && k.icmpVersion == icmpVersion
                    && (k.from == from || k.from.equals(from))
                    && (k.to == to || k.to.equals(to));
        }

        @Override
        public int hashCode() {
            return (from.hashCode() * 31 + to.hashCode()) * 31 + icmpVersion;
        }
    }

    /**
     * What a class takes from the flow's two ends: the walk, the IP version, how much of the source and of
     * the destination each rule covers (by rule id), and which failsafe entries hold the source.
     */
    private record Ends(
            WalkRules walk,
            int version,
            byte[] sources,
            byte[] destination,
            String failsafeSources,
            String namedPortsOwner,
            RuleCovers anyService,
            IngressEnds signature) {}

    /** The ends of a flow that has no class. */
    private static final Ends NO_ENDS = new Ends(null, 0, null, null, "", "", null, null);

    /** The part of {@link #classify}'s class that the flow's two ends give; null when it has no class. */
    IngressEnds signature(Flow flow) {
        return endsOf(flow).signature;
    }

    private Ends endsOf(Flow flow) {
        Protocol protocol = flow.protocol();
        int icmp = protocol == null ? 0 : protocol.isIcmpV4() ? 4 : protocol.isIcmpV6() ? 6 : 0;
        return endsByKey.computeIfAbsent(new EndsKey(flow.from(), flow.to(), icmp), k -> ends(flow));
    }

    private Ends ends(Flow flow) {
        FlowContext ctx;
        try {
            ctx = resolver.resolve(flow);
        } catch (Refusal r) {
            return NO_ENDS;
        }
        EndpointInfo local = ctx.local();
        WalkRules walk = walks.computeIfAbsent(
                local.name(), n -> walkIds.computeIfAbsent(walkOf.apply(local), s -> walk(local)));
        if (walk.sourcePorts) return NO_ENDS;
        int version = ctx.ipVersion();
        byte[] sources = sourceParts.computeIfAbsent(new PartKey(walk, flow.from(), version), k -> {
            byte[] out = new byte[ruleCount];
            for (CompiledRule r : walk.rules)
                out[r.id()] = (byte) r.source().addressCover(ctx.source()).ordinal();
            return canonical(out);
        });
        // keyed by the flow's own destination: an address of the endpoint is only that address, and has no named ports
        byte[] destination = destinationParts.computeIfAbsent(new PartKey(walk, flow.to(), version), k -> {
            byte[] out = new byte[ruleCount];
            for (CompiledRule r : walk.rules)
                out[r.id()] =
                        (byte) r.destination().addressCover(ctx.destination()).ordinal();
            return canonical(out);
        });
        String failsafeSources = "";
        if (walk.host) {
            StringBuilder b = new StringBuilder();
            failsafe.inboundCoverages(ctx.source(), version, b);
            failsafeSources = b.toString();
        }
        // named ports are the destination's own, and match only when it is named: only then does a service's
        // part depend on which endpoint it is
        boolean named = flow.to() instanceof Endpoint.HostName || flow.to() instanceof Endpoint.WorkloadName;
        String owner = named && local.hasNamedPorts() ? local.name() : "";
        // rules that match every service (a Log or Deny of everything from somewhere): their part is the ends'
        int[] ids = new int[walk.anyService.size()];
        byte[] covers = new byte[ids.length];
        int n = 0;
        for (CompiledRule r : walk.anyService) {
            int c = Math.min(sources[r.id()], destination[r.id()]);
            if (c == NONE) continue;
            ids[n] = r.id();
            covers[n++] = (byte) c;
        }
        RuleCovers anyService = canonicalCovers.computeIfAbsent(
                new RuleCovers(Arrays.copyOf(ids, n), Arrays.copyOf(covers, n)), k -> k);
        return new Ends(
                walk,
                version,
                sources,
                destination,
                failsafeSources,
                owner,
                anyService,
                new IngressEnds(walk.id, version, sources, destination, failsafeSources, owner, anyService));
    }

    private WalkRules walk(EndpointInfo local) {
        return new WalkRules(nextWalk.incrementAndGet(), !(local instanceof WorkloadInfo), rulesOf.apply(local));
    }

    /** A service's part of a class: the rules that match some of it, by id, with how much; and the failsafe entries holding it. */
    private record Service(int[] ids, byte[] covers, String failsafe) {}

    private Service service(WalkRules walk, FlowContext ctx) {
        List<CompiledRule> candidates =
                walk.candidates(ctx.protocol(), ctx.flow().port());
        int[] ids = new int[candidates.size()];
        byte[] covers = new byte[candidates.size()];
        int n = 0;
        boolean[] seen = new boolean[ruleCount];
        for (CompiledRule r : candidates) {
            if (seen[r.id()]) continue;
            seen[r.id()] = true;
            Coverage c = r.serviceCover(ctx);
            if (c == Coverage.NONE) continue;
            ids[n] = r.id();
            covers[n++] = (byte) c.ordinal();
        }
        // one order for equal sets, whichever bucket found a rule first
        long[] sorted = new long[n];
        for (int i = 0; i < n; i++) sorted[i] = ((long) ids[i] << 8) | covers[i];
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            ids[i] = (int) (sorted[i] >>> 8);
            covers[i] = (byte) (sorted[i] & 0xff);
        }
        String fs = "";
        if (walk.host) {
            StringBuilder b = new StringBuilder();
            failsafe.inboundServiceCoverages(ctx, b);
            fs = b.toString();
        }
        return new Service(Arrays.copyOf(ids, n), Arrays.copyOf(covers, n), fs);
    }

    /** One part of a class: per walk, IP version and source (or destination endpoint). */
    private record PartKey(WalkRules walk, Object what, int version) {}

    /** The service's part of a class: per walk, IP version, service and, for named ports, destination. */
    private record ServiceKey(WalkRules walk, String namedPortsOwner, Protocol protocol, Integer port, int version) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ServiceKey k
                    && k.walk == walk
                    && k.version == version
                    && Objects.equals(k.port, port)
                    && k.namedPortsOwner.equals(namedPortsOwner)
                    && (k.protocol == protocol
                            || k.protocol != null
                                    && protocol != null
                                    && k.protocol.numeric() == protocol.numeric()
                                    && k.protocol.text().equals(protocol.text()));
        }

        @Override
        public int hashCode() {
            int h = System.identityHashCode(walk) * 31 + version;
            h = h * 31 + (port == null ? 0 : port);
            h = h * 31 + namedPortsOwner.hashCode();
            return h * 31 + (protocol == null ? 0 : protocol.text().hashCode());
        }
    }

    private final Map<String, WalkRules> walks = new ConcurrentHashMap<>();
    private final Map<List<Object>, WalkRules> walkIds = new ConcurrentHashMap<>();
    private final AtomicInteger nextWalk = new AtomicInteger();
    /**
     * One array per content among the ends' parts, so that {@link IngressEnds} compares and hashes them by
     * identity: the exposure report compares the ends of every pair of endpoints, and a part is as long as
     * the environment has rules.
     */
    private byte[] canonical(byte[] part) {
        return canonicalParts.computeIfAbsent(new Part(part), k -> part);
    }

    private record Part(byte[] covers, int hash) {
        Part(byte[] covers) {
            this(covers, Arrays.hashCode(covers));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Part p && p.hash == hash && Arrays.equals(p.covers, covers);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Map<Part, byte[]> canonicalParts = new ConcurrentHashMap<>();
    private final Map<PartKey, byte[]> sourceParts = new ConcurrentHashMap<>();
    private final Map<PartKey, byte[]> destinationParts = new ConcurrentHashMap<>();
    // sized for a matrix (endpoints × sources, walks × services): growing them step by step cost more than
    // the classifying itself
    private final Map<ServiceKey, Service> services = new ConcurrentHashMap<>(4096);
    private final Map<EndsKey, Ends> endsByKey = new ConcurrentHashMap<>(1024);
    private final Map<RuleCovers, RuleCovers> canonicalCovers = new ConcurrentHashMap<>();
}
