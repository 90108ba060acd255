package dev.polcat.analyze.impact;

import dev.polcat.analyze.flow.Endpoint;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.GlobalNetworkSet;
import dev.polcat.calico.NetworkSet;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.Namespace;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.Workload;
import dev.polcat.diag.SourcePos;
import dev.polcat.load.flows.FlowEnd;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps the ends of observed flows to one environment's endpoints, indexed once. A workload is found by
 * address, then by name in its namespace (Goldmane's aggregated {@code web-*} is a pod name prefix), then
 * by labels (every label the profile gives the pod was recorded); failing that it becomes a stand-in
 * workload carrying the recorded labels, so selectors are evaluated on what the cluster reported. Hosts
 * are found by name or address, network sets by name, addresses by the endpoint that owns them.
 * {@code pub} and {@code pvt} stand for one address outside every network the environment names, with
 * the whole public or private space as alternatives.
 */
final class ReplayEndpoints {
    private static final List<String> PUBLIC = List.of("203.0.113.10", "198.51.100.10", "192.0.2.10", "8.8.4.4");
    private static final List<String> PRIVATE =
            List.of("172.31.254.10", "10.254.254.10", "192.168.254.10", "172.20.254.10");
    private static final List<Endpoint> PUBLIC_SPACE = List.of(Endpoint.parse("0.0.0.0/0"));
    private static final List<Endpoint> PRIVATE_SPACE =
            List.of(Endpoint.parse("10.0.0.0/8"), Endpoint.parse("172.16.0.0/12"), Endpoint.parse("192.168.0.0/16"));

    private final Profile env;
    private final Map<String, List<Workload>> byNamespace = new HashMap<>();
    private final Map<String, Endpoint> byAddress = new HashMap<>();
    private final Map<String, List<String>> networkSets = new HashMap<>();
    private final List<IpNet> named = new ArrayList<>();
    private final Map<FlowEnd, Resolution> cache = new HashMap<>();
    private final Map<String, Workload> standIns = new TreeMap<>();
    private final Map<String, Namespace> standInNamespaces = new TreeMap<>();
    private final String file;
    private final String publicAddress;
    private final String privateAddress;
    private int nextStandIn = 1;

    ReplayEndpoints(Profile env, List<CalicoResource> resources, String file) {
        this.env = env;
        this.file = file;
        for (Workload w : env.workloads()) {
            byNamespace.computeIfAbsent(w.namespace(), k -> new ArrayList<>()).add(w);
            w.ips().forEach(ip -> own(ip, new Endpoint.WorkloadName(w.namespace(), w.name())));
        }
        for (Host h : env.hosts()) h.ips().forEach(ip -> own(ip, new Endpoint.HostName(h.name())));
        for (CalicoResource r : resources) {
            if (r instanceof GlobalNetworkSet s) networkSets.put(s.name(), Cidr.texts(s.nets()));
            if (r instanceof NetworkSet s)
                networkSets.put(s.metadata().namespace() + "/" + s.name(), Cidr.texts(s.nets()));
        }
        NamedNetworks.of(resources).forEach(n -> n.parsed().ifPresent(named::add));
        this.publicAddress = firstOutside(PUBLIC);
        this.privateAddress = firstOutside(PRIVATE);
    }

    private void own(Cidr ip, Endpoint e) {
        ip.parsed().ifPresent(n -> {
            byAddress.putIfAbsent(n.address(), e);
            named.add(n);
        });
    }

    private String firstOutside(List<String> candidates) {
        for (String c : candidates) {
            IpNet a = IpNet.of(c);
            if (named.stream().noneMatch(n -> !n.isCatchAll() && n.contains(a))) return c;
        }
        return candidates.get(0);
    }

    Resolution resolve(FlowEnd end) {
        return cache.computeIfAbsent(end, this::find);
    }

    /** The stand-in workloads made so far (pods the profile does not list), to add to the simulator. */
    List<Workload> standIns() {
        return List.copyOf(standIns.values());
    }

    /** The profile's namespaces, plus an unlabelled one for each namespace only the flow log names. */
    List<Namespace> namespaces() {
        List<Namespace> all = new ArrayList<>(env.namespaces());
        all.addAll(standInNamespaces.values());
        return all;
    }

    private Resolution find(FlowEnd end) {
        if (!end.address().isEmpty()) {
            Resolution r = byAddress(end.address());
            if (r != null && (end.kind() == FlowEnd.Kind.ADDRESS || r.known())) return r;
        }
        return switch (end.kind()) {
            case WORKLOAD -> workload(end);
            case HOST ->
                env.host(end.name()).isPresent()
                        ? Resolution.known(new Endpoint.HostName(end.name()), "")
                        : Resolution.none("no host " + end.name() + " in " + env.name());
            case NETWORK_SET -> networkSet(end);
            case NETWORK -> network(end);
            case ADDRESS -> Resolution.none("'" + end.address() + "' is not an address or network");
        };
    }

    private Resolution byAddress(String address) {
        var net = IpNet.parse(address).orElse(null);
        if (net == null) return null;
        Endpoint owner = net.isSingleAddress() ? byAddress.get(net.address()) : null;
        if (owner != null) return Resolution.known(owner, "");
        return Resolution.outside(
                Endpoint.parse(net.isSingleAddress() ? net.address() : net.canonical()), "", List.of());
    }

    private Resolution workload(FlowEnd end) {
        List<Workload> pods = byNamespace.getOrDefault(end.namespace(), List.of());
        String name = end.name();
        boolean prefix = name.endsWith("*");
        String stem = prefix ? name.substring(0, name.length() - 1) : name;
        for (Workload w : pods) {
            if (prefix ? w.name().startsWith(stem) : w.name().equals(stem)) {
                String note = prefix ? end.text() + " taken as " + w.ref() : "";
                return Resolution.known(new Endpoint.WorkloadName(w.namespace(), w.name()), note);
            }
        }
        for (Workload w : pods) {
            if (!w.labels().isEmpty()
                    && end.labels().entrySet().containsAll(w.labels().entrySet())) {
                return Resolution.known(
                        new Endpoint.WorkloadName(w.namespace(), w.name()),
                        end.text() + " taken as " + w.ref() + " (same labels)");
            }
        }
        return standIn(end);
    }

    /** A pod the profile does not list: simulated with the labels the flow log recorded for it. */
    private Resolution standIn(FlowEnd end) {
        String ref = end.namespace() + "/" + end.name();
        Workload w = standIns.get(ref);
        if (w == null) {
            if (env.namespace(end.namespace()).isEmpty()) {
                standInNamespaces.putIfAbsent(
                        end.namespace(), new Namespace(end.namespace(), new TreeMap<>(), SourcePos.of(file)));
            }
            String ip = "198.18." + (nextStandIn / 250) + "." + (1 + nextStandIn % 250);
            nextStandIn++;
            w = new Workload(
                    end.name(),
                    end.namespace(),
                    end.labels(),
                    "default",
                    new TreeMap<>(),
                    List.of(Cidr.of(ip)),
                    "",
                    List.of(),
                    SourcePos.of(file));
            standIns.put(ref, w);
        }
        String labels = end.labels().isEmpty() ? "no labels recorded" : "its recorded labels " + end.labelText();
        return Resolution.known(
                new Endpoint.WorkloadName(w.namespace(), w.name()),
                end.text() + " is no workload of " + env.name() + ": simulated with " + labels
                        + " and service account default; rules on nets do not see its real address");
    }

    private Resolution networkSet(FlowEnd end) {
        String key = end.namespace().isEmpty() ? end.name() : end.namespace() + "/" + end.name();
        List<String> nets = networkSets.get(key);
        if (nets == null || nets.isEmpty()) return Resolution.none("no network set " + key + " in " + env.name());
        return Resolution.outside(
                Endpoint.parse(nets.get(0)), end.text() + " taken as its first network " + nets.get(0), List.of());
    }

    private Resolution network(FlowEnd end) {
        boolean pub = end.isPublic();
        if (!pub && !end.name().equals("pvt"))
            return Resolution.none("unknown network '" + end.name() + "' (Calico writes pub or pvt)");
        String address = pub ? publicAddress : privateAddress;
        return Resolution.outside(
                Endpoint.parse(address),
                end.text() + " taken as " + address + ", outside every network " + env.name() + " names",
                pub ? PUBLIC_SPACE : PRIVATE_SPACE);
    }
}
