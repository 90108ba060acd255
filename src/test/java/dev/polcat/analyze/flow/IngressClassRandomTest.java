package dev.polcat.analyze.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.catalog.Host;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Classes on random policies: rules of every criterion the classifier prunes or folds (protocols and
 * notProtocol, IP versions, single ports, narrow and wide ranges, named ports, notPorts, ICMP types, nets,
 * notNets, selectors, tiers that pass or deny), to hosts and workloads, from addresses, networks and
 * endpoints. Every flow evaluated with its class's coverage must give exactly what matching every rule
 * gives, and flows of one class must share their verdict (and, unless the class is partial, their
 * explanation; an allowed one's always).
 */
class IngressClassRandomTest {
    /** Endpoints by name and by address: an address is only that address, and has no named ports. */
    private static final List<String> TARGETS = List.of(
            "cp1",
            "cp2",
            "w1",
            "ds1",
            "mh",
            "shop/web-1",
            "shop/db-1",
            "kube-system/coredns-1",
            "10.30.1.21",
            "10.30.9.1",
            "10.40.1.10");

    /** The usual hosts and mh, a host with two IPv4 addresses; cp1's HostEndpoint declares a named port. */
    static final List<Host> HOSTS = Stream.concat(
                    FlowFixtures.HOSTS.stream(),
                    Stream.of(FlowFixtures.host("mh", "eth0", List.of("10.30.9.1", "10.30.9.2"), "role", "edge")))
            .toList();

    static final String HOST_ENDPOINT = """
            apiVersion: projectcalico.org/v3
            kind: HostEndpoint
            metadata: {name: cp1-bond0}
            spec:
              node: cp1
              interfaceName: bond0
              expectedIPs: [10.30.1.21]
              ports: [{name: http, port: 8080, protocol: TCP}]
            ---
            """;
    private static final List<String> SOURCES = List.of(
            "10.2.0.1",
            "10.2.0.0/16",
            "10.0.0.0/8",
            "0.0.0.0/0",
            "192.0.2.1",
            "10.30.1.22",
            "fd00:30::1",
            "::/0",
            "cp2",
            "shop/api-1");
    private static final List<String> SERVICES = List.of(
            "tcp/22",
            "tcp/80",
            "tcp/8080",
            "tcp/8500",
            "tcp/5432",
            "tcp/53",
            "udp/53",
            "sctp/9",
            "icmp/8",
            "icmp",
            "icmpv6/128",
            "tcp/any",
            "any");

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void aFlowsClassGivesWhatMatchingEveryRuleGives(int seed) {
        for (int round = 0; round < 10; round++) {
            Random r = new Random(seed * 1000L + round);
            String yaml = HOST_ENDPOINT + policies(r);
            List<String> targets = new ArrayList<>(TARGETS);
            Collections.shuffle(targets, r); // what is classified first fills the caches
            for (FailsafePorts failsafe : List.of(
                    FailsafePorts.disabled(),
                    FailsafePorts.parse("tcp:22, tcp:10.2.0.0/16:2379, udp:10.0.0.0/8:53", "none"))) {
                FlowSimulator sim = new FlowSimulator(
                        FlowFixtures.resources(yaml),
                        HOSTS,
                        FlowFixtures.NAMESPACES,
                        FlowFixtures.WORKLOADS,
                        failsafe,
                        false);
                check(sim, yaml, targets);
            }
        }
    }

    private static void check(FlowSimulator sim, String yaml, List<String> targets) {
        Map<IngressClass, Verdict> seen = new HashMap<>();
        int classes = 0;
        for (String to : targets) {
            for (String from : SOURCES) {
                for (String service : SERVICES) {
                    Flow flow = FlowSyntax.parse("ingress " + service + " from " + from + " to " + to);
                    Optional<IngressClass> c = sim.ingressClass(flow);
                    if (!(sim.evaluateBrief(flow) instanceof Verdict matched)) continue;
                    if (c.isEmpty()) continue;
                    classes++;
                    String where = flow.describe() + " in\n" + yaml + "\n" + c.get();
                    Verdict known = (Verdict) sim.evaluateBrief(flow, c.get());
                    assertEquals(matched.allowed(), known.allowed(), where);
                    assertEquals(matched.explain(), known.explain(), where);
                    assertEquals(matched.decidedBy(), known.decidedBy(), where);
                    Verdict first = seen.putIfAbsent(c.get(), matched);
                    if (first == null) continue;
                    assertEquals(first.allowed(), matched.allowed(), "shared verdict: " + where);
                    if (!c.get().partial() || matched.allowed()) {
                        assertEquals(first.explain(), matched.explain(), "shared explanation: " + where);
                        assertEquals(
                                first.decidedBy().map(TrailStep::rule),
                                matched.decidedBy().map(TrailStep::rule));
                    }
                }
            }
        }
        assertTrue(classes > 0);
    }

    static String policies(Random r) {
        StringBuilder y = new StringBuilder();
        boolean tiered = r.nextBoolean();
        if (tiered) {
            y.append("apiVersion: projectcalico.org/v3\nkind: Tier\nmetadata: {name: t1}\nspec: {order: 100")
                    .append(r.nextBoolean() ? ", defaultAction: Pass" : "")
                    .append("}\n---\n");
        }
        int policies = 1 + r.nextInt(3);
        for (int p = 0; p < policies; p++) {
            String tier = tiered && r.nextBoolean() ? "t1." : "";
            if (p > 0) y.append("---\n");
            y.append("apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: ")
                    .append(tier)
                    .append("p")
                    .append(p)
                    .append("}\nspec:\n");
            if (!tier.isEmpty()) y.append("  tier: t1\n");
            y.append("  order: ").append(10 * p).append('\n');
            y.append("  selector: ")
                    .append(pick(r, "all()", "role == 'control-plane'", "has(role)", "app == 'web'", "role == 'edge'"))
                    .append('\n');
            y.append("  types: [Ingress]\n  ingress:\n");
            int rules = 1 + r.nextInt(6);
            for (int i = 0; i < rules; i++) y.append("    - ").append(rule(r)).append('\n');
        }
        return y.toString();
    }

    private static String rule(Random r) {
        List<String> parts = new ArrayList<>();
        parts.add("action: " + pick(r, "Allow", "Allow", "Deny", "Pass", "Log"));
        String protocol = pick(r, "", "TCP", "TCP", "UDP", "SCTP", "ICMP", "ICMPv6", "6");
        if (!protocol.isEmpty()) parts.add("protocol: " + protocol);
        if (protocol.isEmpty() && r.nextInt(5) == 0) parts.add("notProtocol: " + pick(r, "UDP", "TCP"));
        if (r.nextInt(4) == 0) parts.add("ipVersion: " + pick(r, "4", "6"));
        if (protocol.startsWith("ICMP") && r.nextBoolean()) parts.add("icmp: {type: " + pick(r, "8", "128", "3") + "}");
        if (protocol.startsWith("ICMP") && r.nextInt(4) == 0) parts.add("notICMP: {type: 8}");
        List<String> source = new ArrayList<>();
        switch (r.nextInt(6)) {
            case 0 ->
                source.add(
                        "nets: [" + pick(r, "10.0.0.0/8", "10.2.0.0/16", "10.2.0.1/32", "0.0.0.0/0", "fd00::/8") + "]");
            case 1 -> source.add("notNets: [" + pick(r, "10.2.0.0/16", "10.30.1.22/32") + "]");
            case 2 -> source.add("selector: " + pick(r, "role == 'control-plane'", "app == 'api'", "all()"));
            case 3 -> source.add("notSelector: role == 'control-plane'");
            default -> {}
        }
        if (!source.isEmpty()) parts.add("source: {" + String.join(", ", source) + "}");
        List<String> destination = new ArrayList<>();
        boolean ports =
                protocol.equals("TCP") || protocol.equals("UDP") || protocol.equals("SCTP") || protocol.equals("6");
        if (ports && r.nextInt(3) > 0) {
            destination.add("ports: [" + pick(r, "22", "80", "8000:8999", "1:100", "http", "53", "9, 22") + "]");
        }
        if (ports && r.nextInt(5) == 0) destination.add("notPorts: [" + pick(r, "22", "8080") + "]");
        if (r.nextInt(5) == 0)
            destination.add("nets: [" + pick(r, "10.30.1.21/32", "10.40.0.0/16", "fd00:30::/64", "10.30.9.1/32") + "]");
        if (r.nextInt(6) == 0) destination.add("selector: role == 'control-plane'");
        if (!destination.isEmpty()) parts.add("destination: {" + String.join(", ", destination) + "}");
        return "{" + String.join(", ", parts) + "}";
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
