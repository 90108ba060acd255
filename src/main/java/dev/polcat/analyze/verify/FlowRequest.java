package dev.polcat.analyze.verify;

import dev.polcat.analyze.flow.Flow;
import dev.polcat.analyze.flow.FlowSyntax;
import dev.polcat.calico.selector.Selector;
import dev.polcat.calico.selector.SelectorParseException;
import dev.polcat.catalog.FlowPeer;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.Workload;
import dev.polcat.net.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a written flow (service, from, to, via) into the simulator's flows. Between two hosts it is
 * checked as egress from the one and ingress to the other, separately; to or from a host and a network,
 * on that host. When a workload is at one end, a flow between two endpoints is one {@code path} (egress of
 * the source, then ingress of the destination), and a flow between a workload and a network is checked on
 * the workload. {@code via} means forwarded. {@code anywhere} is 0.0.0.0/0, and ::/0 as well where the
 * endpoint has IPv6 addresses; a {@code hosts} or {@code workloads} selector stands for each endpoint it
 * matches.
 */
final class FlowRequest {
    private FlowRequest() {}

    static List<Flow> flows(Profile env, String service, FlowPeer from, FlowPeer to, FlowPeer via) {
        List<Flow> out = new ArrayList<>();
        for (String f : expand(env, from)) {
            for (String t : expand(env, to)) {
                if (via != null) {
                    for (String v : expand(env, via))
                        out.add(parse("forward " + service + " from " + f + " to " + t + " via " + v));
                    continue;
                }
                boolean fromHost = env.host(f).isPresent();
                boolean toHost = env.host(t).isPresent();
                boolean fromPod = env.workload(f).isPresent();
                boolean toPod = env.workload(t).isPresent();
                if (!fromHost && !toHost && !fromPod && !toPod) {
                    throw new IllegalArgumentException("neither '" + f + "' nor '" + t + "' is a host or workload of "
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
                    out.add(parse("path " + service + " from " + f + " to " + t));
                    continue;
                }
                for (String fa : anywhere(env, f, t)) {
                    if (toHost || toPod) out.add(parse("ingress " + service + " from " + fa + " to " + t));
                }
                for (String ta : anywhere(env, t, f)) {
                    if (fromHost || fromPod) out.add(parse("egress " + service + " from " + f + " to " + ta));
                }
            }
        }
        return out;
    }

    private static List<String> expand(Profile env, FlowPeer peer) {
        if (!peer.isSelector() && !peer.isWorkloadSelector()) return List.of(peer.value());
        try {
            Selector s = Selector.parse(peer.value());
            List<String> out = peer.isSelector()
                    ? env.hosts().stream()
                            .filter(h -> s.matches(h.labels()))
                            .map(Host::name)
                            .toList()
                    : env.workloads().stream()
                            .filter(w ->
                                    peer.namespace().isEmpty() || w.namespace().equals(peer.namespace()))
                            .filter(w -> s.matches(w.labels()))
                            .map(Workload::ref)
                            .toList();
            if (out.isEmpty()) {
                throw new IllegalArgumentException("no " + (peer.isSelector() ? "host" : "workload") + " of "
                        + env.name() + " matches " + peer.value()
                        + (peer.namespace().isEmpty() ? "" : " in namespace " + peer.namespace()));
            }
            return out;
        } catch (SelectorParseException e) {
            throw new IllegalArgumentException(
                    "invalid " + (peer.isSelector() ? "hosts" : "workloads") + " selector: " + e.getMessage());
        }
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

    static Flow parse(String text) {
        return FlowSyntax.parse(text);
    }
}
