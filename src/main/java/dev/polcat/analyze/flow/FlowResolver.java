package dev.polcat.analyze.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a {@link Flow} against the environment's hosts and workloads. The evaluated endpoint must be a
 * host or workload by name, or an address of exactly one of them. The IP version comes from the
 * addresses: ICMP is IPv4 and ICMPv6 is IPv6; an address or network fixes its version; a host or workload
 * allows the versions it has addresses of. When both remain possible (two dual-stack ends), IPv4 is
 * chosen. An endpoint without an address of that version is a peer whose address is unknown, so address
 * criteria match it only in part.
 */
final class FlowResolver {
    private final Map<String, HostInfo> hosts;
    private final Map<String, WorkloadInfo> workloads;

    /** The workloads by their endpoint value too: a matrix resolves them per probe, and their text is made. */
    private final Map<Endpoint.WorkloadName, WorkloadInfo> byEndpoint = new HashMap<>();

    FlowResolver(Map<String, HostInfo> hosts, Map<String, WorkloadInfo> workloads) {
        this.hosts = hosts;
        this.workloads = workloads;
        workloads.forEach((ref, w) -> { // ref is namespace/name, and neither holds a slash
            int slash = ref.indexOf('/');
            byEndpoint.put(new Endpoint.WorkloadName(ref.substring(0, slash), ref.substring(slash + 1)), w);
        });
    }

    FlowContext resolve(Flow flow) {
        EndpointInfo local = endpointOf(flow.hostEndpoint());
        int version = version(flow);
        Integer protocol =
                flow.protocol() == null ? null : flow.protocol().ianaNumber().orElseThrow();
        return new FlowContext(flow, local, version, peer(flow.from(), version), peer(flow.to(), version), protocol);
    }

    HostInfo host(String name) {
        HostInfo h = hosts.get(name);
        if (h == null) {
            throw new Refusal(
                    "unknown host '" + name + "'; the environment's hosts: " + String.join(", ", hosts.keySet()));
        }
        return h;
    }

    WorkloadInfo workload(String ref) {
        WorkloadInfo w = workloads.get(ref);
        if (w == null) {
            throw new Refusal("unknown workload '" + ref + "'; "
                    + (workloads.isEmpty()
                            ? "the environment declares no workloads"
                            : "the environment's workloads: " + String.join(", ", workloads.keySet())));
        }
        return w;
    }

    /** The host or workload an endpoint names, or null for an address or network of neither. */
    EndpointInfo known(Endpoint e) {
        if (e instanceof Endpoint.HostName h) return host(h.name());
        if (e instanceof Endpoint.WorkloadName w) {
            WorkloadInfo known = byEndpoint.get(w);
            return known != null ? known : workload(w.text());
        }
        return null;
    }

    /** The endpoint whose policy is evaluated: named, or the one owner of an address. */
    EndpointInfo endpointOf(Endpoint e) {
        EndpointInfo named = known(e);
        if (named != null) return named;
        if (e instanceof Endpoint.Ip ip) {
            IpRange r = IpRange.of(ip.address());
            List<EndpointInfo> owners = new ArrayList<>();
            hosts.values().stream()
                    .filter(h -> h.addresses(r.version()).contains(r))
                    .forEach(owners::add);
            workloads.values().stream()
                    .filter(w -> w.addresses(r.version()).contains(r))
                    .forEach(owners::add);
            if (owners.size() == 1) return owners.get(0);
            throw new Refusal(
                    owners.isEmpty()
                            ? "no host or workload has address " + ip.text() + "; name the endpoint to check"
                            : ip.text() + " belongs to several endpoints: "
                                    + owners.stream().map(EndpointInfo::name).collect(Collectors.joining(", ")));
        }
        throw new Refusal("the endpoint must be a host, a workload or an address of one, not the network " + e.text());
    }

    private int version(Flow flow) {
        boolean v4 = true;
        boolean v6 = true;
        if (flow.protocol() != null && flow.protocol().isIcmpV4()) v6 = false;
        if (flow.protocol() != null && flow.protocol().isIcmpV6()) v4 = false;
        for (Endpoint e : List.of(flow.from(), flow.to())) {
            int only;
            if (e instanceof Endpoint.Ip ip) {
                only = ip.address().version();
            } else if (e instanceof Endpoint.Cidr c) {
                only = c.network().version();
            } else {
                EndpointInfo info = known(e);
                only = info.has(4) == info.has(6) ? 0 : info.has(4) ? 4 : 6;
            }
            if (only == 4) v6 = false;
            if (only == 6) v4 = false;
        }
        if (!v4 && !v6) throw new Refusal("no IP version fits both ends of " + flow.describe());
        return v4 ? 4 : 6;
    }

    private Peer peer(Endpoint e, int version) {
        if (e instanceof Endpoint.Ip ip) return new Peer(ip.text(), List.of(IpRange.of(ip.address())), false, null);
        if (e instanceof Endpoint.Cidr c) return new Peer(c.text(), List.of(IpRange.of(c.network())), false, null);
        EndpointInfo info = known(e);
        List<IpRange> a = info.addresses(version);
        return new Peer(info.text(version), a, a.isEmpty(), info);
    }
}
