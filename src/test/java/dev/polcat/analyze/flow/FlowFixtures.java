package dev.polcat.analyze.flow;

import dev.polcat.calico.CalicoReader;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.ParsedResource;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.Namespace;
import dev.polcat.catalog.Workload;
import dev.polcat.diag.SourcePos;
import dev.polcat.net.Cidr;
import dev.polcat.yaml.StrictYamlReader;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YamlSyntaxError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds simulators from YAML text blocks and a small standard set of hosts. */
final class FlowFixtures {
    private FlowFixtures() {}

    /** cp1 and cp2 (control plane), w1 (worker), ds1 (dual-stack edge); all management endpoints on bond0. */
    static final List<Host> HOSTS = List.of(
            host("cp1", "bond0", List.of("10.30.1.21"), "role", "control-plane"),
            host("cp2", "bond0", List.of("10.30.1.22"), "role", "control-plane"),
            host("w1", "bond0", List.of("10.30.1.31"), "role", "worker"),
            host("ds1", "bond0", List.of("10.30.1.41", "fd00:30::41"), "role", "edge"));

    /** shop (team shop), monitoring and ingress (team platform), kube-system: the namespaces of {@link #WORKLOADS}. */
    static final List<Namespace> NAMESPACES = List.of(
            namespace("shop", "team", "shop", "env", "prod"),
            namespace("monitoring", "team", "platform"),
            namespace("ingress", "team", "platform"),
            namespace("kube-system"));

    /** Pods on w1 and cp1 with the usual apps, service accounts (api's labelled tier=backend) and named ports. */
    static final List<Workload> WORKLOADS = List.of(
            workload("shop", "web-1", "web", "web", Map.of(), "10.40.1.10", "w1", port("http", "TCP", 8080)),
            workload(
                    "shop",
                    "api-1",
                    "api",
                    "api",
                    Map.of("tier", "backend"),
                    "10.40.1.20",
                    "w1",
                    port("http", "TCP", 8080)),
            workload(
                    "shop",
                    "db-1",
                    "db",
                    "db",
                    Map.of("tier", "data"),
                    "10.40.1.30",
                    "cp1",
                    port("postgres", "TCP", 5432)),
            workload("monitoring", "prometheus-0", "prometheus", "prometheus", Map.of(), "10.40.2.10", "w1"),
            workload("ingress", "ingress-nginx-1", "ingress-nginx", "ingress-nginx", Map.of(), "10.40.3.10", "w1"),
            new Workload(
                    "coredns-1",
                    "kube-system",
                    new TreeMap<>(Map.of("k8s-app", "kube-dns")),
                    "coredns",
                    new TreeMap<>(),
                    List.of(Cidr.of("10.40.0.10")),
                    "cp1",
                    List.of(port("dns", "UDP", 53), port("dns-tcp", "TCP", 53)),
                    SourcePos.of("test")));

    static Namespace namespace(String name, String... labels) {
        Map<String, String> l = new TreeMap<>();
        for (int i = 0; i + 1 < labels.length; i += 2) l.put(labels[i], labels[i + 1]);
        return new Namespace(name, new TreeMap<>(l), SourcePos.of("test"));
    }

    static Workload workload(
            String ns,
            String name,
            String app,
            String account,
            Map<String, String> accountLabels,
            String ip,
            String node,
            Workload.NamedPort... ports) {
        return new Workload(
                name,
                ns,
                new TreeMap<>(Map.of("app", app)),
                account,
                new TreeMap<>(accountLabels),
                List.of(Cidr.of(ip)),
                node,
                List.of(ports),
                SourcePos.of("test"));
    }

    static Workload.NamedPort port(String name, String protocol, int port) {
        return new Workload.NamedPort(name, protocol, port);
    }

    /** The standard hosts, namespaces and workloads, failsafe ports off. */
    static FlowSimulator cluster(String yaml) {
        return cluster(yaml, false);
    }

    /** The same, with every staged policy enforced when {@code staged}. */
    static FlowSimulator cluster(String yaml, boolean staged) {
        return new FlowSimulator(resources(yaml), HOSTS, NAMESPACES, WORKLOADS, FailsafePorts.disabled(), staged);
    }

    static Host host(String name, String iface, List<String> ips, String... labels) {
        Map<String, String> l = new TreeMap<>();
        l.put("endpoint_type", "management");
        for (int i = 0; i + 1 < labels.length; i += 2) l.put(labels[i], labels[i + 1]);
        return new Host(name, iface, Cidr.all(ips), new TreeMap<>(l), SourcePos.of("test"));
    }

    static List<CalicoResource> resources(String yaml) {
        List<YNode> docs;
        try {
            docs = new StrictYamlReader().readAll(yaml, "test.yaml");
        } catch (YamlSyntaxError e) {
            throw new AssertionError("test YAML does not parse: " + e.getMessage(), e);
        }
        List<CalicoResource> out = new ArrayList<>();
        for (YNode doc : docs) {
            CalicoReader.Result result = new CalicoReader().read(doc);
            if (!result.errors().isEmpty()) throw new AssertionError("test YAML has errors: " + result.errors());
            for (ParsedResource r : result.resources()) out.add(r.resource());
        }
        return out;
    }

    static FlowSimulator simulator(String yaml) {
        return new FlowSimulator(resources(yaml), HOSTS, FailsafePorts.disabled());
    }

    static FlowSimulator simulator(String yaml, FailsafePorts failsafe) {
        return new FlowSimulator(resources(yaml), HOSTS, failsafe);
    }

    static Verdict run(FlowSimulator sim, String flow) {
        return sim.simulate(FlowSyntax.parse(flow));
    }

    static boolean allowed(FlowSimulator sim, String flow) {
        return run(sim, flow).allowed();
    }
}
