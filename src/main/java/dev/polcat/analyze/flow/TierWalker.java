package dev.polcat.analyze.flow;

import dev.polcat.calico.Action;
import dev.polcat.calico.PolicyType;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one chain's tiers for a flow: policies in order, rules in order. Allow and Deny end the chain;
 * Log continues; Pass skips to the next tier; a policy with no matching rule falls through to the next;
 * at the end of a tier (only tiers where some policy applies are listed) the default action applies:
 * the tier's defaultAction in normal and forward chains, always Pass in untracked and preDNAT chains.
 *
 * <p>A rule that matches only part of the flow is handled so that "allowed" means every packet is
 * allowed: a partial Allow does not count (the rest goes on), a partial Deny denies, a partial Log logs,
 * and a partial Pass splits the flow — the matched part goes on in the next tier, the rest with the next
 * rule — and the chain's result is the lesser of the two.
 */
final class TierWalker {
    private final Chain chain;
    private final List<TierPlan> tiers;
    private final FlowContext ctx;
    private final Trail trail;
    private int splits;

    /** Partial Pass rules followed both ways per chain; beyond this the passed part counts as denied. */
    static final int MAX_SPLITS = 32;

    TierWalker(Chain chain, List<TierPlan> tiers, FlowContext ctx, Trail trail) {
        this.chain = chain;
        this.tiers = tiers;
        this.ctx = ctx;
        this.trail = trail;
    }

    StageResult walk() {
        return walk(0);
    }

    private StageResult walk(int fromTier) {
        PolicyType direction = chain.direction();
        StageResult split = StageResult.ALLOW; // the lesser result of the parts passed on by partial Pass rules
        for (int t = fromTier; t < tiers.size(); t++) {
            TierPlan tier = tiers.get(t);
            boolean passed = false;
            policies:
            for (CompiledPolicy policy : policies(tier, direction)) {
                List<CompiledRule> rules = policy.rules(direction);
                // a walk that knows the flow's class looks only at the rules that cover some of it
                boolean known = ctx.known() != null && !trail.detailed();
                for (CompiledRule rule : known ? ctx.known().covering(rules) : rules) {
                    RuleMatch m;
                    if (ctx.known() != null && !trail.detailed()) {
                        Coverage k = ctx.known().of(rule);
                        if (k == Coverage.NONE) continue;
                        m = k == Coverage.ALL ? RuleMatch.FULL : rule.match(ctx); // partial: its reasons are quoted
                    } else {
                        m = rule.match(ctx);
                    }
                    Coverage c = m.coverage();
                    if (c == Coverage.NONE) {
                        if (trail.detailed()) step(tier, policy, rule, Outcome.NO_MATCH, m.noMatchText());
                        continue;
                    }
                    String partly = c == Coverage.SOME ? " (" + m.partialReasons() + ")" : "";
                    String matched = c == Coverage.SOME ? "partly matched " : "matched ";
                    switch (rule.action()) {
                        case ALLOW -> {
                            if (c == Coverage.SOME) {
                                step(
                                        tier,
                                        policy,
                                        rule,
                                        Outcome.PARTIAL_MATCH,
                                        "matches only part of the flow: " + m.partialReasons()
                                                + "; an Allow counts only for all of it, so evaluation goes on");
                                continue;
                            }
                            step(tier, policy, rule, Outcome.ALLOWED, "matched Allow" + consequence() + http(rule));
                            return split.and(StageResult.ALLOW);
                        }
                        case DENY -> {
                            step(tier, policy, rule, Outcome.DENIED, matched + "Deny" + partly + http(rule));
                            return StageResult.DENY;
                        }
                        case LOG -> {
                            if (!trail.decisiveOnly())
                                step(tier, policy, rule, Outcome.LOGGED, matched + "Log" + partly + "; continuing");
                        }
                        case PASS -> {
                            if (c == Coverage.ALL) {
                                step(tier, policy, rule, Outcome.PASSED, "matched Pass → next tier" + http(rule));
                                passed = true;
                                break policies;
                            }
                            if (++splits > MAX_SPLITS) {
                                step(
                                        tier,
                                        policy,
                                        rule,
                                        Outcome.DENIED,
                                        "partly matched Pass" + partly
                                                + "; too many split flows to follow, so the passed part counts as denied (conservative)");
                                return StageResult.DENY;
                            }
                            step(
                                    tier,
                                    policy,
                                    rule,
                                    Outcome.PASSED,
                                    "partly matched Pass" + partly
                                            + ": the matched part goes on in the next tier, the rest with the next rule; both must be allowed");
                            split = split.and(walk(t + 1));
                            step(tier, policy, rule, Outcome.NOTE, "back to the part this rule did not match");
                        }
                    }
                }
                if (trail.recordsFallThrough())
                    trail.add(new TrailStep(
                            chain.stage(),
                            tier.tier(),
                            policy.name(),
                            "",
                            "",
                            Outcome.FELL_THROUGH,
                            "no rule matched; fell through"));
            }
            if (passed) continue;
            if (chain.tiersEndWithPass()) {
                tierEnd(
                        tier,
                        Outcome.DEFAULT_PASS,
                        "end of tier default → Pass (" + chain.stage().label() + " tiers always end with Pass)");
            } else if (tier.defaultAction() == Action.PASS) {
                tierEnd(tier, Outcome.DEFAULT_PASS, "end of tier default → Pass");
            } else {
                tierEnd(tier, Outcome.DEFAULT_DENIED, "end of tier default → Deny");
                return StageResult.DENY;
            }
        }
        return split.and(StageResult.CONTINUE);
    }

    /**
     * The tier's policies to visit: all of them, or, when the walk knows which rules cover its flow and keeps
     * only the steps that decide, the policies owning one of those rules other than a Log rule (a few among
     * thousands).
     */
    private List<CompiledPolicy> policies(TierPlan tier, PolicyType direction) {
        KnownCoverage known = ctx.known();
        if (known == null || known.hits() == null || !trail.decisiveOnly()) return tier.policies();
        int[] owners = tier.owners(direction, known.hits());
        if (owners == null) return tier.policies();
        List<CompiledPolicy> out = new ArrayList<>(owners.length);
        for (int p : owners) out.add(tier.policies().get(p));
        return out;
    }

    private String consequence() {
        return switch (chain.stage()) {
            case UNTRACKED -> "; untracked: preDNAT and normal policy are skipped";
            case PRE_DNAT -> "; normal policy is skipped";
            default -> "";
        };
    }

    private static String http(CompiledRule rule) {
        return rule.hasHttp() ? "; its HTTP match is not evaluated (polcat checks L3/L4 only)" : "";
    }

    private void step(TierPlan tier, CompiledPolicy policy, CompiledRule rule, Outcome outcome, String detail) {
        trail.add(new TrailStep(chain.stage(), tier.tier(), policy.name(), rule.ref(), rule.name(), outcome, detail));
    }

    private void tierEnd(TierPlan tier, Outcome outcome, String detail) {
        trail.add(new TrailStep(chain.stage(), tier.tier(), "", "", "", outcome, detail));
    }
}
