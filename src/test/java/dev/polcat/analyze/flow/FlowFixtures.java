package dev.polcat.analyze.flow;

import dev.polcat.calico.CalicoReader;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.ParsedResource;
import dev.polcat.catalog.Host;
import dev.polcat.diag.SourcePos;
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

    static Host host(String name, String iface, List<String> ips, String... labels) {
        Map<String, String> l = new TreeMap<>();
        l.put("endpoint_type", "management");
        for (int i = 0; i + 1 < labels.length; i += 2) l.put(labels[i], labels[i + 1]);
        return new Host(name, iface, ips, new TreeMap<>(l), SourcePos.of("test"));
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
