package dev.polcat.bench;

import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.analyze.flow.Flow;
import dev.polcat.analyze.flow.FlowSimulator;
import dev.polcat.analyze.flow.FlowSyntax;
import dev.polcat.analyze.flow.Verdict;
import dev.polcat.analyze.verify.EnvironmentFlows;
import dev.polcat.calico.CalicoResource;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.Profile;
import dev.polcat.validate.ValidatedPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Flow simulation in one generated environment of 500 policies and 200 hosts (every synthetic policy
 * selects every host). {@code simulateFlow}: one flow, round-robin over 256 fixed flows of every kind
 * (peer and client ingress, host to host, DNS egress, failsafe SSH, flows nothing allows, which walk every
 * policy). {@code indexEnvironment}: building the simulator for the environment (parsing and indexing
 * every policy, selector and host), which the analyze stage does once per environment.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FlowBench {
    @Param("500x1x200")
    public String catalog;

    private FlowSimulator simulator;
    private List<CalicoResource> resources;
    private List<Host> hosts;
    private List<Flow> flows;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticFixture f = SyntheticFixture.of(catalog);
        Profile env = f.result.catalog().environments().get(0);
        List<ValidatedPolicy> ordered = f.result.analysis().environments().get(0).policies().stream()
                .map(PolicyAnalysis::policy)
                .toList();
        simulator = new EnvironmentFlows(env, ordered, d -> {}).simulator();
        resources = ordered.stream().flatMap(v -> v.resources().stream()).toList();
        hosts = env.hosts();
        flows = flows(hosts, new Random(SyntheticFixture.SEED));
        for (Flow fl : flows) simulator.simulate(fl); // every flow is valid here
    }

    /** Flows of every kind the synthetic policies can decide, addressed with the environment's own values. */
    static List<Flow> flows(List<Host> hosts, Random rnd) {
        List<Flow> out = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            Host local = hosts.get(rnd.nextInt(hosts.size()));
            Host other = hosts.get(rnd.nextInt(hosts.size()));
            String to = local.name();
            String text = switch (i % 8) {
                case 0 ->
                    "ingress tcp/" + (7000 + rnd.nextInt(10)) + " from 10.0.200." + (1 + rnd.nextInt(10)) + " to " + to;
                case 1 ->
                    "ingress tcp/" + (1024 + rnd.nextInt(40000)) + " from 10.0." + rnd.nextInt(250) + "."
                            + (1 + rnd.nextInt(250)) + " to " + to;
                case 2 -> "ingress udp/" + (1024 + rnd.nextInt(40000)) + " from " + other.name() + " to " + to;
                case 3 -> "egress udp/53 from " + to + " to 10.255.0." + (2 + rnd.nextInt(2));
                case 4 -> "ingress tcp/22 from 10.0.5." + (1 + rnd.nextInt(250)) + " to " + to;
                case 5 ->
                    "ingress tcp/" + (50000 + rnd.nextInt(10000)) + " from 192.168." + rnd.nextInt(250) + "."
                            + (1 + rnd.nextInt(250)) + " to " + to;
                case 6 ->
                    "egress tcp/" + (1024 + rnd.nextInt(40000)) + " from " + to + " to 172.16." + rnd.nextInt(250)
                            + ".9";
                default ->
                    "ingress tcp/" + (1024 + rnd.nextInt(40000)) + " from 172.16.0." + (1 + rnd.nextInt(250)) + " to "
                            + to;
            };
            out.add(FlowSyntax.parse(text));
        }
        return out;
    }

    @Benchmark
    public Verdict simulateFlow() {
        Flow f = flows.get(next);
        next = (next + 1) % flows.size();
        return simulator.simulate(f);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public FlowSimulator indexEnvironment() {
        return new FlowSimulator(resources, hosts, simulator.failsafe());
    }
}
