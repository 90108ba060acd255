package dev.polcat.analyze.flow;

import dev.polcat.calico.PolicyType;
import java.util.List;

/**
 * The stages a packet meets at a host endpoint, in Felix's order (CALICO.md section 3). Host traffic:
 * failsafe, untracked, preDNAT (ingress only), normal tiers, profiles, drop. Forwarded traffic: untracked
 * and preDNAT ingress, then the forward chains as the packet arrives through the host endpoint (its
 * ingress rules) and leaves through it (its egress rules); no failsafe, no profiles, allowed unless a
 * forward chain denies.
 */
final class Pipeline {
    private final FailsafeCheck failsafeCheck;
    private final ProfileStage profiles;

    Pipeline(FailsafeCheck failsafeCheck, ProfileStage profiles) {
        this.failsafeCheck = failsafeCheck;
        this.profiles = profiles;
    }

    FailsafeCheck failsafeCheck() {
        return failsafeCheck;
    }

    ProfileStage profiles() {
        return profiles;
    }

    Pipeline withProfiles(ProfileStage other) {
        return new Pipeline(failsafeCheck, other);
    }

    StageResult hostTraffic(FlowContext ctx, HostPlan plan, Trail trail) {
        PolicyType direction = ctx.flow().direction().policyType();
        boolean inbound = direction == PolicyType.INGRESS;
        if (failsafeCheck.allows(inbound, ctx, trail)) return StageResult.ALLOW;
        StageResult r = untracked(ctx, plan, Chain.untracked(direction), trail);
        if (r == StageResult.CONTINUE && inbound) r = walk(Chain.PRE_DNAT_INGRESS, ctx, plan, trail);
        if (r != StageResult.CONTINUE) return r;
        r = walk(Chain.normal(direction), ctx, plan, trail);
        if (r != StageResult.CONTINUE) return r;
        return profiles.run(
                plan.host(), direction, !plan.tiers(Chain.normal(direction)).isEmpty(), trail);
    }

    /**
     * A workload endpoint's chain for one direction: the normal tiers, then the namespace's profile
     * {@code kns.NAMESPACE}, which Calico gives every Kubernetes namespace and which allows everything —
     * so a pod no policy selects (or whose every tier passed) is reachable and can reach anything.
     */
    StageResult workloadTraffic(FlowContext ctx, WorkloadPlan plan, Trail trail) {
        PolicyType direction = ctx.flow().direction().policyType();
        List<TierPlan> tiers = plan.tiers(direction);
        StageResult r = new TierWalker(Chain.normal(direction), tiers, ctx, trail).walk();
        if (r != StageResult.CONTINUE) return r;
        String policies = tiers.isEmpty() ? "no policy applies" : "every tier passed";
        String dir = direction == PolicyType.INGRESS ? "ingress" : "egress";
        trail.add(TrailStep.of(
                Stage.PROFILES,
                Outcome.ALLOWED,
                "allowed by profile kns." + plan.workload().namespace() + ": " + policies + " (" + dir
                        + "), and Calico's profile of namespace "
                        + plan.workload().namespace() + " allows all"));
        return StageResult.ALLOW;
    }

    StageResult forwarded(FlowContext ctx, HostPlan plan, Trail trail) {
        StageResult r = untracked(ctx, plan, Chain.UNTRACKED_INGRESS, trail);
        if (!plan.tiers(Chain.UNTRACKED_EGRESS).isEmpty()) {
            trail.add(TrailStep.of(
                    Stage.UNTRACKED,
                    Outcome.NOTE,
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
    private String forwardLeg(Chain chain, FlowContext ctx, HostPlan plan, Trail trail) {
        String dir = chain.direction() == PolicyType.INGRESS ? "arriving (ingress)" : "leaving (egress)";
        if (plan.tiers(chain).isEmpty()) return dir + ": no applyOnForward policy applies";
        StageResult r = walk(chain, ctx, plan, trail);
        if (r == StageResult.DENY) return null;
        if (r == StageResult.CONTINUE)
            return dir + ": every tier passed (forward chains have no profiles and no final drop)";
        TrailStep allow = trail.last();
        return dir + ": allowed by policy " + allow.policy() + " " + allow.ruleText();
    }

    private StageResult untracked(FlowContext ctx, HostPlan plan, Chain chain, Trail trail) {
        if (plan.host().allInterfaces() && !plan.tiers(chain).isEmpty()) {
            trail.add(TrailStep.of(
                    Stage.UNTRACKED,
                    Outcome.NOTE,
                    "untracked policy is not supported on interfaceName \"*\" host endpoints; skipped"));
            return StageResult.CONTINUE;
        }
        return walk(chain, ctx, plan, trail);
    }

    private static StageResult walk(Chain chain, FlowContext ctx, HostPlan plan, Trail trail) {
        return new TierWalker(chain, plan.tiers(chain), ctx, trail).walk();
    }
}
