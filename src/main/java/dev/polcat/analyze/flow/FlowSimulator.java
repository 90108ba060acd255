package dev.polcat.analyze.flow;

import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.GlobalNetworkSet;
import dev.polcat.calico.HostEndpoint;
import dev.polcat.calico.NetworkSet;
import dev.polcat.calico.PolicyType;
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
 * <p>Everything is parsed and indexed once, here; {@link #simulate} parses nothing and is thread-safe.
 */
public final class FlowSimulator {
    private final Map<String, HostPlan> plans;
    private final FlowResolver resolver;
    private final FailsafeCheck failsafeCheck;
    private final FailsafePorts failsafe;
    private final ProfileStage profiles;
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
        this.plans = Map.copyOf(p);
        this.resolver = new FlowResolver(Collections.unmodifiableMap(infos));
        this.failsafe = failsafe;
        this.failsafeCheck = new FailsafeCheck(failsafe);
        this.profiles = new ProfileStage(false);
        this.warnings = List.copyOf(w);
    }

    private FlowSimulator(FlowSimulator base, ProfileStage profiles) {
        this.plans = base.plans;
        this.resolver = base.resolver;
        this.failsafe = base.failsafe;
        this.failsafeCheck = base.failsafeCheck;
        this.profiles = profiles;
        this.warnings = base.warnings;
    }

    /** The same simulator, with every host endpoint carrying the projectcalico-default-allow profile. */
    public FlowSimulator withDefaultAllowProfile() {
        return new FlowSimulator(this, new ProfileStage(true));
    }

    /** What was ignored while indexing (policies Felix would drop, unparsable addresses, unknown tiers). */
    public List<String> warnings() {
        return warnings;
    }

    public FailsafePorts failsafe() {
        return failsafe;
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
        StageResult result = flow.direction() == Direction.FORWARD ? forwarded(ctx, plan, trail) : hostTraffic(ctx, plan, trail);
        return new Verdict(result == StageResult.ALLOW, trail);
    }

    private StageResult hostTraffic(FlowContext ctx, HostPlan plan, List<TrailStep> trail) {
        PolicyType direction = ctx.flow().direction().policyType();
        boolean inbound = direction == PolicyType.INGRESS;
        if (failsafeCheck.allows(inbound, ctx, trail)) return StageResult.ALLOW;
        StageResult r = untracked(ctx, plan, Chain.untracked(direction), trail);
        if (r == StageResult.CONTINUE && inbound) r = walk(Chain.PRE_DNAT_INGRESS, ctx, plan, trail);
        if (r != StageResult.CONTINUE) return r;
        r = walk(Chain.normal(direction), ctx, plan, trail);
        if (r != StageResult.CONTINUE) return r;
        return profiles.run(plan.host(), direction, !plan.tiers(Chain.normal(direction)).isEmpty(), trail);
    }

    private StageResult forwarded(FlowContext ctx, HostPlan plan, List<TrailStep> trail) {
        StageResult r = untracked(ctx, plan, Chain.UNTRACKED_INGRESS, trail);
        if (!plan.tiers(Chain.UNTRACKED_EGRESS).isEmpty()) {
            trail.add(TrailStep.of(Stage.UNTRACKED, Outcome.NOTE,
                    "untracked egress rules see only traffic from the host itself; not applied to forwarded traffic"));
        }
        if (r == StageResult.CONTINUE) r = walk(Chain.PRE_DNAT_INGRESS, ctx, plan, trail);
        if (r != StageResult.CONTINUE) return r;
        String in = forwardLeg(Chain.FORWARD_INGRESS, ctx, plan, trail);
        if (in == null) return StageResult.DENY;
        String out = forwardLeg(Chain.FORWARD_EGRESS, ctx, plan, trail);
        if (out == null) return StageResult.DENY;
        trail.add(TrailStep.of(Stage.FORWARD, Outcome.ALLOWED, "forwarded traffic is allowed: " + in + "; " + out));
        return StageResult.ALLOW;
    }

    /** Runs one forward chain; null when it denies, else how it let the flow through. */
    private String forwardLeg(Chain chain, FlowContext ctx, HostPlan plan, List<TrailStep> trail) {
        String dir = chain.direction() == PolicyType.INGRESS ? "arriving (ingress)" : "leaving (egress)";
        if (plan.tiers(chain).isEmpty()) return dir + ": no applyOnForward policy applies";
        StageResult r = walk(chain, ctx, plan, trail);
        if (r == StageResult.DENY) return null;
        if (r == StageResult.CONTINUE) return dir + ": every tier passed (forward chains have no profiles and no final drop)";
        TrailStep allow = trail.get(trail.size() - 1);
        return dir + ": allowed by policy " + allow.policy() + " " + allow.ruleText();
    }

    private StageResult untracked(FlowContext ctx, HostPlan plan, Chain chain, List<TrailStep> trail) {
        if (plan.host().allInterfaces() && !plan.tiers(chain).isEmpty()) {
            trail.add(TrailStep.of(Stage.UNTRACKED, Outcome.NOTE,
                    "untracked policy is not supported on interfaceName \"*\" host endpoints; skipped"));
            return StageResult.CONTINUE;
        }
        return walk(chain, ctx, plan, trail);
    }

    private static StageResult walk(Chain chain, FlowContext ctx, HostPlan plan, List<TrailStep> trail) {
        return new TierWalker(chain, plan.tiers(chain), ctx, trail).walk();
    }
}
