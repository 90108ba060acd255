package dev.polcat.analyze.flow;

import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.GlobalNetworkSet;
import dev.polcat.calico.HostEndpoint;
import dev.polcat.calico.NetworkSet;
import dev.polcat.calico.PolicyType;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.Namespace;
import dev.polcat.catalog.Workload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final Map<String, WorkloadPlan> workloadPlans;
    private final FlowResolver resolver;
    private final FailsafePorts failsafe;
    private final Pipeline pipeline;
    private final List<String> warnings;
    private final int ruleCount;
    private final IngressClassifier classifier;

    public FlowSimulator(List<CalicoResource> resources, List<Host> hosts, FailsafePorts failsafe) {
        this(resources, hosts, List.of(), List.of(), failsafe);
    }

    public FlowSimulator(
            List<CalicoResource> resources,
            List<Host> hosts,
            List<Namespace> namespaces,
            List<Workload> workloads,
            FailsafePorts failsafe) {
        this(resources, hosts, namespaces, workloads, failsafe, false);
    }

    /**
     * With {@code enforceStaged}, the simulator answers "what if every staged policy were enforced"
     * ({@link EnforcedPolicies}); without it, staged policies never change a verdict.
     */
    public FlowSimulator(
            List<CalicoResource> resources,
            List<Host> hosts,
            List<Namespace> namespaces,
            List<Workload> workloads,
            FailsafePorts failsafe,
            boolean enforceStaged) {
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
        Map<String, Namespace> nsByName = new LinkedHashMap<>();
        namespaces.forEach(n -> nsByName.putIfAbsent(n.name(), n));
        Map<String, Map<String, String>> nsLabels = new LinkedHashMap<>();
        nsByName.values().forEach(n -> nsLabels.put(n.name(), WorkloadInfo.namespaceLabels(n.name(), n.labels())));
        Map<String, WorkloadInfo> pods = new LinkedHashMap<>();
        for (Workload p : workloads) pods.putIfAbsent(p.ref(), new WorkloadInfo(p, nsByName.get(p.namespace()), w));
        SelectorSets selectorSets = new SelectorSets(
                List.copyOf(infos.values()), List.copyOf(pods.values()), nsLabels, globalSets, sets, w);
        PolicyIndex index =
                new PolicyIndex(resources, EnforcedPolicies.of(resources, enforceStaged, w), selectorSets, w);
        Map<String, HostPlan> p = new LinkedHashMap<>();
        for (HostInfo h : infos.values()) p.put(h.name(), new HostPlan(h, index));
        Map<String, WorkloadPlan> wp = new LinkedHashMap<>();
        for (WorkloadInfo info : pods.values()) wp.put(info.name(), new WorkloadPlan(info, index));
        this.plans = Collections.unmodifiableMap(p);
        this.workloadPlans = Collections.unmodifiableMap(wp);
        this.resolver = new FlowResolver(Collections.unmodifiableMap(infos), Collections.unmodifiableMap(pods));
        this.failsafe = failsafe;
        this.pipeline = new Pipeline(new FailsafeCheck(failsafe), new ProfileStage(false));
        this.warnings = List.copyOf(w);
        this.ruleCount = index.ruleCount();
        this.classifier = classifier();
    }

    private FlowSimulator(FlowSimulator base, Pipeline pipeline) {
        this(base, pipeline, base.failsafe);
    }

    private FlowSimulator(FlowSimulator base, Pipeline pipeline, FailsafePorts failsafe) {
        this.plans = base.plans;
        this.workloadPlans = base.workloadPlans;
        this.resolver = base.resolver;
        this.failsafe = failsafe;
        this.pipeline = pipeline;
        this.warnings = base.warnings;
        this.ruleCount = base.ruleCount;
        this.classifier = classifier();
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

    /** The environment's workloads ({@code namespace/name}), in the order given. */
    public List<String> workloads() {
        return List.copyOf(workloadPlans.keySet());
    }

    /**
     * Simulates one flow. A {@link Direction#PATH} flow goes through the egress policy of its source and
     * then the ingress policy of its destination (each when it is a host or workload); it is allowed only
     * when both allow it. Traffic from a host to a workload running on it is always allowed (Calico does
     * not police it; CALICO.md section 3).
     *
     * @throws IllegalArgumentException when the flow names an unknown host or workload, its evaluated
     *     endpoint is neither, or its two ends have no IP version in common ({@link #evaluate} answers these
     *     with a value)
     */
    public Verdict simulate(Flow flow) {
        return run(flow);
    }

    /**
     * Simulates one flow as {@link #simulate} does, but answers a flow that cannot be evaluated in this
     * environment with a {@link Simulation.Refused} value instead of an exception.
     */
    public Simulation evaluate(Flow flow) {
        try {
            return run(flow);
        } catch (Refusal r) { // only the simulator's own refusals: any other exception is a bug and propagates
            return new Simulation.Refused(flow, r.getMessage());
        }
    }

    /**
     * {@link #evaluate} for callers that read only the verdict, {@link Verdict#decidedBy()} and {@link
     * Verdict#explain()}: the trail leaves out the rules that did not match (see {@link Trail}).
     */
    public Simulation evaluateBrief(Flow flow) {
        try {
            return run(flow, Trail.brief());
        } catch (Refusal r) {
            return new Simulation.Refused(flow, r.getMessage());
        }
    }

    /**
     * The class of an ingress flow: ingress flows of one class are evaluated alike, to whichever endpoint
     * they go, so the exposure matrix simulates one of them per class ({@link #evaluateBrief(Flow,
     * IngressClass)}). Empty when no class can be given: not an ingress flow, a flow this simulator refuses,
     * or a rule of its walk naming source ports.
     */
    public Optional<IngressClass> ingressClass(Flow flow) {
        if (flow.direction() != Direction.INGRESS) return Optional.empty();
        return Optional.ofNullable(classifier.classify(flow));
    }

    /**
     * What an ingress flow's class takes from its two ends: flows with equal ends and the same service
     * (protocol and port) have the same {@link #ingressClass}. Empty when the flow has no class.
     */
    public Optional<IngressEnds> ingressEnds(Flow flow) {
        if (flow.direction() != Direction.INGRESS) return Optional.empty();
        return Optional.ofNullable(classifier.signature(flow));
    }

    /**
     * {@link #evaluateBrief(Flow)} for a flow of class {@code known}, which this simulator's {@link
     * #ingressClass} gave that flow: the walk reads how much each rule covers from the class instead of
     * matching every rule again.
     */
    public Simulation evaluateBrief(Flow flow, IngressClass known) {
        return evaluate(flow, known, Trail.brief());
    }

    /**
     * {@link #evaluateBrief(Flow, IngressClass)} for a caller that keeps only allowed flows: an allowed
     * verdict is the same, explanation and deciding step included; a denial is not explained (its trail
     * leaves out the policies it fell through, which were most of a denied walk's cost).
     */
    public Simulation evaluateAllowance(Flow flow, IngressClass known) {
        return evaluate(flow, known, Trail.allowance());
    }

    private Simulation evaluate(Flow flow, IngressClass known, Trail trail) {
        if (flow.direction() != Direction.INGRESS || !known.madeBy(classifier)) {
            throw new IllegalArgumentException("not a class this simulator gave an ingress flow: " + known);
        }
        try {
            FlowContext ctx = resolver.resolve(flow).withKnown(classifier.known(known));
            StageResult result = leg(flow, ctx, trail);
            return new Verdict(result == StageResult.ALLOW, trail.steps());
        } catch (Refusal r) {
            return new Simulation.Refused(flow, r.getMessage());
        }
    }

    private IngressClassifier classifier() {
        return new IngressClassifier(resolver, pipeline.failsafeCheck(), this::walkOf, this::ingressRules, ruleCount);
    }

    /**
     * What an ingress walk to the endpoint depends on besides the flow: its chains with their tiers and
     * policies, and what ends them (a host's failsafe ports, interface and profiles; a workload's namespace).
     */
    private List<Object> walkOf(EndpointInfo local) {
        if (local instanceof WorkloadInfo w) return List.of("workload", ingressChains(local), w.namespace());
        HostInfo host = plans.get(local.name()).host();
        return List.of("host", ingressChains(local), host.allInterfaces(), host.profiles());
    }

    /** The chains an ingress flow to the endpoint meets, in order, each as its tiers. */
    private List<List<TierPlan>> ingressChains(EndpointInfo local) {
        if (local instanceof WorkloadInfo w)
            return List.of(workloadPlans.get(w.name()).tiers(PolicyType.INGRESS));
        HostPlan plan = plans.get(local.name());
        return List.of(
                plan.tiers(Chain.UNTRACKED_INGRESS),
                plan.tiers(Chain.PRE_DNAT_INGRESS),
                plan.tiers(Chain.normal(PolicyType.INGRESS)));
    }

    /** Every ingress rule an ingress flow to the context's endpoint may meet, in the order it meets them. */
    private List<CompiledRule> ingressRules(EndpointInfo local) {
        List<CompiledRule> out = new ArrayList<>();
        for (List<TierPlan> tiers : ingressChains(local)) {
            for (TierPlan tier : tiers) {
                for (CompiledPolicy policy : tier.policies()) out.addAll(policy.rules(PolicyType.INGRESS));
            }
        }
        return out;
    }

    private Verdict run(Flow flow) {
        return run(flow, Trail.full());
    }

    private Verdict run(Flow flow, Trail trail) {
        StageResult result = flow.direction() == Direction.PATH ? path(flow, trail) : leg(flow, trail);
        return new Verdict(result == StageResult.ALLOW, trail.steps());
    }

    private StageResult leg(Flow flow, Trail trail) {
        return leg(flow, resolver.resolve(flow), trail);
    }

    private StageResult leg(Flow flow, FlowContext ctx, Trail trail) {
        // a brief trail keeps the step without its text: Verdict.explain() reads it as the boundary between legs
        trail.add(TrailStep.of(Stage.FLOW, Outcome.NOTE, trail.detailed() ? FlowText.describe(ctx) : ""));
        if (ctx.local() instanceof WorkloadInfo w) {
            if (flow.direction() == Direction.FORWARD)
                throw new Refusal("only a host forwards traffic, not " + w.name());
            return pipeline.workloadTraffic(ctx, workloadPlans.get(w.name()), trail);
        }
        HostPlan plan = plans.get(ctx.local().name());
        for (String note : plan.inapplicable(flow.direction().policyType())) {
            trail.add(TrailStep.of(Stage.FLOW, Outcome.NOTE, note));
        }
        return flow.direction() == Direction.FORWARD
                ? pipeline.forwarded(ctx, plan, trail)
                : pipeline.hostTraffic(ctx, plan, trail);
    }

    private StageResult path(Flow flow, Trail trail) {
        EndpointInfo from = resolver.known(flow.from());
        EndpointInfo to = resolver.known(flow.to());
        if (from == null && to == null) {
            throw new Refusal("neither end of " + flow.describe() + " is a host or workload");
        }
        trail.add(TrailStep.of(
                Stage.FLOW,
                Outcome.NOTE,
                "path " + flow.service() + " from " + flow.from().text() + " to "
                        + flow.to().text() + ": " + (from == null ? "" : "the egress policy of " + from.name())
                        + (from != null && to != null ? ", then " : "")
                        + (to == null ? "" : "the ingress policy of " + to.name())));
        if (from instanceof HostInfo h
                && to instanceof WorkloadInfo w
                && w.node().equals(h.name())) {
            trail.add(TrailStep.of(
                    Stage.FLOW,
                    Outcome.ALLOWED,
                    "allowed because " + w.name() + " runs on " + h.name()
                            + " and Calico always allows traffic from a host to its own workloads"));
            return StageResult.ALLOW;
        }
        StageResult r = from == null ? StageResult.ALLOW : leg(flow.leg(Direction.EGRESS), trail);
        if (r != StageResult.ALLOW || to == null) return r;
        return leg(flow.leg(Direction.INGRESS), trail);
    }
}
