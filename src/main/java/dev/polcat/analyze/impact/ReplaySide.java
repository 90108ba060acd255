package dev.polcat.analyze.impact;

import dev.polcat.analyze.flow.Direction;
import dev.polcat.analyze.flow.Endpoint;
import dev.polcat.analyze.flow.FailsafePorts;
import dev.polcat.analyze.flow.Flow;
import dev.polcat.analyze.flow.FlowSimulator;
import dev.polcat.analyze.flow.Outcome;
import dev.polcat.analyze.flow.Simulation;
import dev.polcat.analyze.flow.TrailStep;
import dev.polcat.analyze.flow.Verdict;
import dev.polcat.analyze.verify.EnvironmentFlows;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.Protocol;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.Workload;
import dev.polcat.diag.Diagnostic;
import dev.polcat.load.flows.ObservedFlow;
import dev.polcat.validate.ValidatedPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One version of one environment, ready to replay flows: its profile, rendered resources and failsafe
 * ports. {@link #simulate} maps every flow's ends first (so the simulator is built once, stand-in pods
 * included), then simulates each distinct flow once, as a path: the source's egress policy, then the
 * destination's ingress policy.
 */
public final class ReplaySide {
    private final String label;
    private final Profile env;
    private final List<CalicoResource> resources;
    private final FailsafePorts failsafe;

    public ReplaySide(String label, Profile env, List<CalicoResource> resources, FailsafePorts failsafe) {
        this.label = label;
        this.env = env;
        this.resources = List.copyOf(resources);
        this.failsafe = failsafe;
    }

    /** The environment's enabled policies as one version renders them; failsafe ports as its profile sets them. */
    public static ReplaySide of(
            String label, Profile env, List<ValidatedPolicy> policies, Consumer<Diagnostic> problems) {
        List<CalicoResource> resources = new ArrayList<>();
        policies.stream().filter(v -> v.env().name().equals(env.name())).forEach(v -> resources.addAll(v.resources()));
        return new ReplaySide(label, env, resources, EnvironmentFlows.failsafe(env, problems));
    }

    public String label() {
        return label;
    }

    public Profile env() {
        return env;
    }

    Map<ObservedFlow.Key, Simulated> simulate(List<ObservedFlow> flows, String file) {
        ReplayEndpoints ends = new ReplayEndpoints(env, resources, file);
        Map<ObservedFlow.Key, Resolution[]> resolved = new HashMap<>();
        for (ObservedFlow f : flows) {
            resolved.put(f.key(), new Resolution[] {
                ends.resolve(f.key().source()), ends.resolve(f.key().destination())
            });
        }
        List<Workload> workloads = new ArrayList<>(env.workloads());
        workloads.addAll(ends.standIns());
        FlowSimulator sim = new FlowSimulator(resources, env.hosts(), ends.namespaces(), workloads, failsafe);
        Map<ObservedFlow.Key, Simulated> out = new HashMap<>();
        for (ObservedFlow f : flows) {
            Resolution[] r = resolved.get(f.key());
            out.put(f.key(), simulate(sim, f.key(), r[0], r[1]));
        }
        return out;
    }

    private Simulated simulate(FlowSimulator sim, ObservedFlow.Key key, Resolution from, Resolution to) {
        List<String> notes = new ArrayList<>();
        if (!from.note().isEmpty()) notes.add(from.note());
        if (!to.note().isEmpty()) notes.add(to.note());
        if (!from.isMatched()) return Simulated.unmatched(from.unmatched(), notes);
        if (!to.isMatched()) return Simulated.unmatched(to.unmatched(), notes);
        if (!from.known() && !to.known()) {
            return Simulated.unmatched("neither end is a host or workload of " + env.name(), notes);
        }
        Flow flow = flow(key, from.endpoint(), to.endpoint());
        List<Simulation> all = new ArrayList<>();
        all.add(sim.evaluate(flow));
        for (Endpoint alt : from.alternatives()) all.add(sim.evaluate(flow(key, alt, to.endpoint())));
        for (Endpoint alt : to.alternatives()) all.add(sim.evaluate(flow(key, from.endpoint(), alt)));
        for (Simulation s : all) {
            if (s instanceof Simulation.Refused r) return Simulated.unmatched(r.reason(), notes);
        }
        Verdict v = (Verdict) all.get(0);
        Set<String> undecided = new LinkedHashSet<>();
        for (Simulation s : all.subList(1, all.size())) undecided((Verdict) s, v, undecided);
        return new Simulated(flow, v, notes, List.copyOf(undecided), "");
    }

    /**
     * Rules that match only part of the network an address-less end may be in: the verdict could differ
     * for the real address. A different verdict for the whole network is said outright.
     */
    private static void undecided(Verdict whole, Verdict one, Set<String> out) {
        for (TrailStep s : whole.trail()) {
            if (s.outcome() == Outcome.PARTIAL_MATCH)
                out.add("policy " + s.policy() + " " + s.ruleText() + " matches part of the network");
        }
        if (whole.allowed() != one.allowed()) out.add("for some addresses: " + whole.explain());
    }

    static Flow flow(ObservedFlow.Key key, Endpoint from, Endpoint to) {
        Protocol p = protocol(key.protocol());
        Integer port = key.port() == 0 || !(p.supportsPorts() || p.isIcmp()) ? null : key.port();
        if (p.isIcmp() && port != null && port > 255) port = null;
        return new Flow(from, to, p, port, Direction.PATH);
    }

    private static Protocol protocol(String p) {
        return switch (p) {
            case "tcp" -> Protocol.named("TCP");
            case "udp" -> Protocol.named("UDP");
            case "icmp" -> Protocol.named("ICMP");
            case "icmpv6" -> Protocol.named("ICMPv6");
            case "sctp" -> Protocol.named("SCTP");
            default -> Protocol.number(Integer.parseInt(p));
        };
    }
}
