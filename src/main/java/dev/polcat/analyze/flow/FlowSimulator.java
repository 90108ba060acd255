package dev.polcat.analyze.flow;

import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.GlobalNetworkSet;
import dev.polcat.calico.HostEndpoint;
import dev.polcat.calico.NetworkSet;
import dev.polcat.catalog.Host;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a flow to, from or through a host endpoint is allowed by one environment's Calico
 * policy, as Felix would (CALICO.md section 3), and explains why. Each host of the environment is one host
 * endpoint on its interface, labelled with the host's labels; a HostEndpoint resource for the host's node
 * adds profiles and named ports.
 *
 * <p>Host traffic (ingress, egress): failsafe ports; untracked (doNotTrack) tiers; preDNAT tiers (ingress
 * only); normal tiers; profiles; drop. Forwarded traffic: untracked and preDNAT ingress tiers, then the
 * forward tiers of the host endpoint as the packet arrives (ingress) and leaves (egress) — no failsafe, no
 * profile, and allowed unless an applyOnForward policy denies it.
 *
 * <p>Policies, selectors and networks are parsed and indexed once, here (per host: the policies that apply,
 * pre-sorted; per rule selector: the addresses it stands for). {@link #simulate} parses none of them again
 * and is thread-safe.
 */
public final class FlowSimulator {
    private final Map<String, HostPlan> plans;
    private final FlowResolver resolver;
    private final FailsafePorts failsafe;
    private final Pipeline pipeline;
    private final List<String> warnings;

    public FlowSimulator(List<CalicoResource> resources, List<Host> hosts, FailsafePorts failsafe) {
        List<String> w = new ArrayList<>();
        Map<String, HostEndpoint> heps = new LinkedHashMap<>();
        List<GlobalNetworkSet> globalSets = new ArrayList<>();
        List<NetworkSet> sets = new ArrayList<>();
        for (CalicoResource r : resources) {
            if (r instanceof HostEndpoint h) heps.putIfAbsent(h.node(), h);
            if (r instanceof GlobalNetworkSet s) globalSets.add(s);
            if (r instanceof NetworkSet s) sets.add(s);
        }
        Map<String, HostInfo> infos = new LinkedHashMap<>();
        for (Host h : hosts) {
            if (infos.putIfAbsent(h.name(), new HostInfo(h, heps.get(h.name()), w)) != null) {
                w.add("host " + h.name() + " is listed twice; the first is used");
            }
        }
        SelectorSets selectorSets = new SelectorSets(List.copyOf(infos.values()), globalSets, sets, w);
        PolicyIndex index = new PolicyIndex(resources, selectorSets, w);
        Map<String, HostPlan> p = new LinkedHashMap<>();
        for (HostInfo h : infos.values()) p.put(h.name(), new HostPlan(h, index));
        this.plans = Collections.unmodifiableMap(p);
        this.resolver = new FlowResolver(Collections.unmodifiableMap(infos));
        this.failsafe = failsafe;
        this.pipeline = new Pipeline(new FailsafeCheck(failsafe), new ProfileStage(false));
        this.warnings = List.copyOf(w);
    }

    private FlowSimulator(FlowSimulator base, Pipeline pipeline) {
        this(base, pipeline, base.failsafe);
    }

    private FlowSimulator(FlowSimulator base, Pipeline pipeline, FailsafePorts failsafe) {
        this.plans = base.plans;
        this.resolver = base.resolver;
        this.failsafe = failsafe;
        this.pipeline = pipeline;
        this.warnings = base.warnings;
    }

    /** The same policies and hosts with other failsafe ports; shares the compiled policies. */
    public FlowSimulator withFailsafe(FailsafePorts other) {
        return new FlowSimulator(this, new Pipeline(new FailsafeCheck(other), pipeline.profiles()), other);
    }

    /** The same simulator, with every host endpoint carrying the projectcalico-default-allow profile. */
    public FlowSimulator withDefaultAllowProfile() {
        return new FlowSimulator(this, pipeline.withProfiles(new ProfileStage(true)));
    }

    /** What was ignored while indexing (policies Felix would drop, unparsable addresses, unknown tiers). */
    public List<String> warnings() {
        return warnings;
    }

    public FailsafePorts failsafe() {
        return failsafe;
    }

    /** The environment's hosts, in the order given: one host endpoint each. */
    public List<String> hosts() {
        return List.copyOf(plans.keySet());
    }

    /**
     * Simulates one flow.
     *
     * @throws IllegalArgumentException when the flow names an unknown host, its host endpoint is not a
     *     host, or its two ends have no IP version in common
     */
    public Verdict simulate(Flow flow) {
        FlowContext ctx = resolver.resolve(flow);
        HostPlan plan = plans.get(ctx.local().name());
        List<TrailStep> trail = new ArrayList<>();
        trail.add(TrailStep.of(Stage.FLOW, Outcome.NOTE, FlowText.describe(ctx)));
        for (String note : plan.inapplicable(flow.direction().policyType())) {
            trail.add(TrailStep.of(Stage.FLOW, Outcome.NOTE, note));
        }
        StageResult result = flow.direction() == Direction.FORWARD
                ? pipeline.forwarded(ctx, plan, trail) : pipeline.hostTraffic(ctx, plan, trail);
        return new Verdict(result == StageResult.ALLOW, trail);
    }
}
