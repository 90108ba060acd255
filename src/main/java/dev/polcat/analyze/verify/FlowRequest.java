package dev.polcat.analyze.verify;

import dev.polcat.analyze.flow.Flow;
import dev.polcat.analyze.flow.FlowSyntax;
import dev.polcat.catalog.FlowPeer;
import dev.polcat.catalog.Host;
import dev.polcat.calico.selector.Selector;
import dev.polcat.calico.selector.SelectorParseException;
import dev.polcat.catalog.Profile;
import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a written flow (service, from, to, via) into the simulator's flows. A flow to a host is checked
 * as ingress on that host; from a host, as egress from it; between two hosts, both; {@code via}, as
 * forwarded. {@code anywhere} is 0.0.0.0/0, and ::/0 as well where the host has IPv6 addresses; a
 * {@code hosts} selector stands for each host it matches.
 */
final class FlowRequest {
    private FlowRequest() {}

    static List<Flow> flows(Profile env, String service, FlowPeer from, FlowPeer to, FlowPeer via) {
        List<Flow> out = new ArrayList<>();
        for (String f : expand(env, from)) {
            for (String t : expand(env, to)) {
                if (via != null) {
                    for (String v : expand(env, via)) out.add(parse("forward " + service + " from " + f + " to " + t + " via " + v));
                    continue;
                }
                boolean fromHost = env.host(f).isPresent();
                boolean toHost = env.host(t).isPresent();
                if (!fromHost && !toHost) {
                    throw new IllegalArgumentException("neither '" + f + "' nor '" + t + "' is a host of " + env.name()
                            + "; hosts: " + String.join(", ", env.hosts().stream().map(Host::name).toList()));
                }
                for (String fa : anywhere(env, f, t)) {
                    if (toHost) out.add(parse("ingress " + service + " from " + fa + " to " + t));
                }
                for (String ta : anywhere(env, t, f)) {
                    if (fromHost) out.add(parse("egress " + service + " from " + f + " to " + ta));
                }
            }
        }
        return out;
    }

    private static List<String> expand(Profile env, FlowPeer peer) {
        if (!peer.isSelector()) return List.of(peer.value());
        try {
            Selector s = Selector.parse(peer.value());
            List<String> hosts = env.hosts().stream().filter(h -> s.matches(h.labels())).map(Host::name).toList();
            if (hosts.isEmpty()) throw new IllegalArgumentException("no host of " + env.name() + " matches " + peer.value());
            return hosts;
        } catch (SelectorParseException e) {
            throw new IllegalArgumentException("invalid hosts selector: " + e.getMessage());
        }
    }

    /** "anywhere" seen from {@code other}: both families if that host has IPv6, else IPv4 only. */
    private static List<String> anywhere(Profile env, String peer, String other) {
        if (!peer.equals("anywhere")) return List.of(peer);
        boolean v6 = env.host(other).map(h -> h.ips().stream().anyMatch(ip -> IpNet.parse(ip).map(n -> n.version() == 6).orElse(false)))
                .orElse(false);
        boolean v4 = env.host(other).map(h -> h.ips().stream().anyMatch(ip -> IpNet.parse(ip).map(n -> n.version() == 4).orElse(false)))
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
