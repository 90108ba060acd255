package dev.polcat.analyze.verify;

import dev.polcat.analyze.flow.Endpoint;
import dev.polcat.analyze.flow.Flow;
import dev.polcat.calico.selector.Selector;
import dev.polcat.calico.selector.SelectorParseException;
import dev.polcat.catalog.ExpectedFlow;
import dev.polcat.catalog.FlowPeer;
import dev.polcat.catalog.FlowService;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.Workload;
import dev.polcat.diag.SourcePos;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a written flow (service, from, to, via) into the simulator's flows. Between two hosts it is
 * checked as egress from the one and ingress to the other, separately; to or from a host and a network,
 * on that host. When a workload is at one end, a flow between two endpoints is one {@code path} (egress of
 * the source, then ingress of the destination), and a flow between a workload and a network is checked on
 * the workload. {@code via} means forwarded. {@code anywhere} is 0.0.0.0/0, and ::/0 as well where the
 * endpoint has IPv6 addresses; a {@code hosts} or {@code workloads} selector stands for each endpoint it
 * matches. A flow that cannot be made is a {@link Bad} value with the position it was written at.
 */
final class FlowRequest {
    private FlowRequest() {}

    /** The flows a written flow stands for, or why it stands for none. */
    sealed interface Requested permits Flows, Bad {}

    /** The flows to simulate, in order. */
    record Flows(List<Flow> flows) implements Requested {
        Flows {
            flows = List.copyOf(flows);
        }
    }

    /** A written flow that cannot be checked: where it was written, and why. */
    record Bad(SourcePos pos, String message) implements Requested {}

    /** Thrown and caught only inside this class, to leave the nested loops; never escapes. */
    private static final class Stop extends RuntimeException {
        Stop(String message) {
            super(message, null, false, false);
        }
    }

    static Requested flows(Profile env, ExpectedFlow e) {
        try {
            return new Flows(build(env, e.flowService(), e.from(), e.to(), e.via()));
        } catch (Stop s) {
            return new Bad(e.pos(), s.getMessage());
        }
    }

    private static List<Flow> build(Profile env, FlowService service, FlowPeer from, FlowPeer to, FlowPeer via) {
        Map<String, IpNet> nets = new HashMap<>();
        nets.put("0.0.0.0/0", IpNet.anyV4());
        nets.put("::/0", IpNet.anyV6());
        for (FlowPeer p : new FlowPeer[] {from, to, via}) {
            if (p != null && p.address() != null) nets.put(p.value(), p.address());
        }
        Function<String, Endpoint> endpoint = text -> endpoint(text, nets);
        List<Flow> out = new ArrayList<>();
        for (String f : expand(env, from)) {
            for (String t : expand(env, to)) {
                if (via != null) {
                    for (String v : expand(env, via)) {
                        out.add(Flow.forward(endpoint.apply(f), endpoint.apply(t), new Endpoint.HostName(v), service));
                    }
                    continue;
                }
                boolean fromHost = env.host(f).isPresent();
                boolean toHost = env.host(t).isPresent();
                boolean fromPod = env.workload(f).isPresent();
                boolean toPod = env.workload(t).isPresent();
                if (!fromHost && !toHost && !fromPod && !toPod) {
                    throw new Stop("neither '" + f + "' nor '" + t + "' is a host or workload of "
                            + env.name()
                            + "; hosts: "
                            + String.join(
                                    ", ", env.hosts().stream().map(Host::name).toList())
                            + (env.workloads().isEmpty()
                                    ? ""
                                    : "; workloads: "
                                            + String.join(
                                                    ", ",
                                                    env.workloads().stream()
                                                            .map(Workload::ref)
                                                            .toList())));
                }
                if ((fromPod || toPod) && (fromHost || fromPod) && (toHost || toPod)) {
                    out.add(Flow.path(endpoint.apply(f), endpoint.apply(t), service));
                    continue;
                }
                for (String fa : anywhere(env, f, t)) {
                    if (toHost || toPod) out.add(Flow.ingress(endpoint.apply(fa), endpoint.apply(t), service));
                }
                for (String ta : anywhere(env, t, f)) {
                    if (fromHost || fromPod) out.add(Flow.egress(endpoint.apply(f), endpoint.apply(ta), service));
                }
            }
        }
        return out;
    }

    /**
     * An end as the profile writes it: an address or network, a workload ({@code namespace/name}), or else
     * a host name (the simulator refuses a host or workload the environment lacks). {@code nets}: the
     * addresses and networks among them, as the loader read them.
     */
    private static Endpoint endpoint(String text, Map<String, IpNet> nets) {
        IpNet n = nets.get(text);
        if (n != null) return Endpoint.of(n);
        int slash = text.indexOf('/');
        if (slash >= 0) {
            if (slash != text.lastIndexOf('/') || slash == 0 || slash == text.length() - 1) {
                throw new Stop("'" + text + "' is not namespace/name");
            }
            return new Endpoint.WorkloadName(text.substring(0, slash), text.substring(slash + 1));
        }
        return new Endpoint.HostName(text);
    }

    private static List<String> expand(Profile env, FlowPeer peer) {
        if (!peer.isSelector() && !peer.isWorkloadSelector()) return List.of(peer.value());
        Selector s;
        try {
            s = peer.selector().selector(); // parsed when the profile was read
        } catch (SelectorParseException e) {
            throw new Stop("invalid " + (peer.isSelector() ? "hosts" : "workloads") + " selector: " + e.getMessage());
        }
        List<String> out = peer.isSelector()
                ? env.hosts().stream()
                        .filter(h -> s.matches(h.labels()))
                        .map(Host::name)
                        .toList()
                : env.workloads().stream()
                        .filter(w -> peer.namespace().isEmpty() || w.namespace().equals(peer.namespace()))
                        .filter(w -> s.matches(w.labels()))
                        .map(Workload::ref)
                        .toList();
        if (out.isEmpty()) {
            throw new Stop("no " + (peer.isSelector() ? "host" : "workload") + " of "
                    + env.name() + " matches " + peer.value()
                    + (peer.namespace().isEmpty() ? "" : " in namespace " + peer.namespace()));
        }
        return out;
    }

    /** "anywhere" seen from {@code other}: both families if that endpoint has IPv6, else IPv4 only. */
    private static List<String> anywhere(Profile env, String peer, String other) {
        if (!peer.equals("anywhere")) return List.of(peer);
        Optional<List<Cidr>> ips =
                env.host(other).map(Host::ips).or(() -> env.workload(other).map(Workload::ips));
        boolean v6 = ips.map(l -> l.stream()
                        .anyMatch(ip -> ip.parsed().map(n -> n.version() == 6).orElse(false)))
                .orElse(false);
        boolean v4 = ips.map(l -> l.stream()
                        .anyMatch(ip -> ip.parsed().map(n -> n.version() == 4).orElse(false)))
                .orElse(true);
        List<String> out = new ArrayList<>();
        if (v4) out.add("0.0.0.0/0");
        if (v6) out.add("::/0");
        return out;
    }
}
