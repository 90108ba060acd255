package dev.polcat.analyze.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polcat.catalog.Host;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Timing smoke, not a unit test: 10,000 flows against 500 policies for 200 hosts. Runs only with
 * {@code -Dpolcat.bench=true} (e.g. {@code mvn -q test -Dtest=FlowSimulatorBenchTest -Dpolcat.bench=true})
 * and prints the times; it asserts nothing about them.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "polcat.bench", matches = "true")
class FlowSimulatorBenchTest {
    private static final int HOSTS = 200;
    private static final int POLICIES = 500;
    private static final int FLOWS = 10_000;

    @Test
    void tenThousandFlows() {
        Random random = new Random(42);
        List<Host> hosts = new ArrayList<>();
        for (int i = 0; i < HOSTS; i++) {
            hosts.add(FlowFixtures.host(
                    "h" + i,
                    "eth0",
                    List.of("10.40." + (i / 250) + "." + (i % 250 + 1)),
                    "role",
                    "r" + (i % 10),
                    "zone",
                    "z" + (i % 4)));
        }
        long t0 = System.nanoTime();
        var resources = FlowFixtures.resources(policies(random));
        long t1 = System.nanoTime();
        FlowSimulator sim = new FlowSimulator(resources, hosts, FailsafePorts.defaults());
        long t2 = System.nanoTime();
        new FlowSimulator(resources, hosts, FailsafePorts.defaults());
        long t2b = System.nanoTime();
        assertEquals(List.of(), sim.warnings());
        List<Flow> flows = new ArrayList<>();
        for (int i = 0; i < FLOWS; i++) flows.add(flow(random));
        int allowed = 0;
        for (Flow f : flows.subList(0, 1000)) allowed += sim.simulate(f).allowed() ? 1 : 0; // warm-up
        System.out.printf(
                "flow bench: parse %d ms, index %d ms (again: %d ms)%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t2b - t2) / 1_000_000);
        for (int round = 1; round <= 5; round++) {
            allowed = 0;
            long steps = 0;
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t3 = System.nanoTime();
            for (Flow f : flows) {
                Verdict v = sim.simulate(f);
                allowed += v.allowed() ? 1 : 0;
                steps += v.trail().size();
            }
            long t4 = System.nanoTime();
            long cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
            System.out.printf(
                    "flow bench round %d: %d flows in %d ms wall, %d ms CPU (%d allowed, %.1f trail steps per flow)%n",
                    round, FLOWS, (t4 - t3) / 1_000_000, cpu, allowed, steps / (double) FLOWS);
        }
    }

    private static String policies(Random random) {
        StringBuilder y = new StringBuilder("""
                apiVersion: projectcalico.org/v3
                kind: Tier
                metadata: {name: platform}
                spec: {order: 100, defaultAction: Pass}
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkSet
                metadata: {name: office, labels: {zone: office}}
                spec: {nets: [192.168.0.0/16]}
                """);
        for (int p = 0; p < POLICIES; p++) {
            boolean platform = p % 5 == 0;
            y.append("---\napiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: ")
                    .append(platform ? "platform.p" : "p")
                    .append(p)
                    .append("}\nspec:\n")
                    .append(platform ? "  tier: platform\n" : "")
                    .append("  order: ")
                    .append(random.nextInt(1000))
                    .append('\n')
                    .append("  selector: role == 'r")
                    .append(random.nextInt(10))
                    .append("' && zone in {'z")
                    .append(random.nextInt(4))
                    .append("', 'z")
                    .append(random.nextInt(4))
                    .append("'}\n")
                    .append("  types: [Ingress, Egress]\n  ingress:\n");
            for (int r = 0; r < 3; r++) y.append(rule(random, platform));
            y.append("  egress:\n");
            for (int r = 0; r < 2; r++) y.append(rule(random, platform));
        }
        return y.toString();
    }

    private static String rule(Random random, boolean platform) {
        String action = platform && random.nextInt(3) == 0 ? "Pass" : random.nextInt(4) == 0 ? "Deny" : "Allow";
        String peer = switch (random.nextInt(3)) {
            case 0 ->
                "source: {nets: [10." + random.nextInt(50) + ".0.0/16, 192.168." + random.nextInt(255) + ".0/24]}, ";
            case 1 -> "source: {selector: \"role == 'r" + random.nextInt(10) + "' || zone == 'office'\"}, ";
            default -> "source: {notNets: [172.16.0.0/12]}, ";
        };
        return "    - {action: " + action + ", protocol: TCP, " + peer + "destination: {ports: ["
                + (1000 + random.nextInt(50)) + ", \"8000:8100\"]}}\n";
    }

    private static Flow flow(Random random) {
        String host = "h" + random.nextInt(HOSTS);
        String peer = switch (random.nextInt(4)) {
            case 0 -> "h" + random.nextInt(HOSTS);
            case 1 -> "10." + random.nextInt(50) + "." + random.nextInt(255) + "." + random.nextInt(255);
            case 2 -> "10." + random.nextInt(50) + ".0.0/20";
            default -> "192.168." + random.nextInt(255) + "." + random.nextInt(255);
        };
        int port = random.nextBoolean() ? 1000 + random.nextInt(60) : 8000 + random.nextInt(200);
        String text = random.nextBoolean()
                ? "ingress tcp/" + port + " from " + peer + " to " + host
                : "egress tcp/" + port + " from " + host + " to " + peer;
        return FlowSyntax.parse(text);
    }
}
