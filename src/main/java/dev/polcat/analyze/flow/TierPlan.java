package dev.polcat.analyze.flow;

import dev.polcat.calico.Action;
import dev.polcat.calico.PolicyType;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One tier of one chain of one host: the policies that apply there, in evaluation order. Equal when tier,
 * default action and policies are (walks are compared by their tiers).
 */
final class TierPlan {
    private final String tier;
    private final Action defaultAction;
    private final List<CompiledPolicy> policies;
    // made when a walk first asks (only allowance walks do; most plans never): a race makes the same
    // immutable spans twice
    private RuleSpans ingress;
    private RuleSpans egress;

    TierPlan(String tier, Action defaultAction, List<CompiledPolicy> policies) {
        this.tier = tier;
        this.defaultAction = defaultAction;
        this.policies = List.copyOf(policies);
    }

    String tier() {
        return tier;
    }

    Action defaultAction() {
        return defaultAction;
    }

    List<CompiledPolicy> policies() {
        return policies;
    }

    /**
     * The positions (ascending) of the policies that own one of {@code ruleIds} (sorted) among their rules of
     * that direction, Log rules aside: a walk that knows which few rules cover its flow, and keeps only the
     * steps that decide, visits only those policies. Null when
     * some policy's rule ids are not consecutive (as {@link PolicyIndex} numbers them), so spans cannot tell.
     */
    int[] owners(PolicyType direction, int[] ruleIds) {
        RuleSpans spans = direction == PolicyType.INGRESS ? ingress : egress;
        if (spans == null) {
            spans = new RuleSpans(policies, direction);
            if (direction == PolicyType.INGRESS) ingress = spans;
            else egress = spans;
        }
        return spans.owners(ruleIds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TierPlan t
                && tier.equals(t.tier)
                && defaultAction == t.defaultAction
                && policies.equals(t.policies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tier, defaultAction, policies);
    }

    @Override
    public String toString() {
        return "TierPlan[tier=" + tier + ", defaultAction=" + defaultAction + ", policies=" + policies + "]";
    }

    /** The rule ids each policy of the tier owns in one direction (consecutive per policy), sorted by the first. */
    private static final class RuleSpans {
        private final List<CompiledPolicy> policies;
        private final PolicyType direction;
        private final int[] first;
        private final int[] last;
        private final int[] position;
        private final boolean consecutive;

        RuleSpans(List<CompiledPolicy> policies, PolicyType direction) {
            this.policies = policies;
            this.direction = direction;
            long[] spans = new long[policies.size()]; // first id << 32 | position: one sort orders both
            int n = 0;
            for (int p = 0; p < policies.size(); p++) {
                List<CompiledRule> rules = policies.get(p).rules(direction);
                if (!rules.isEmpty()) spans[n++] = ((long) rules.get(0).id() << 32) | p;
            }
            Arrays.sort(spans, 0, n);
            boolean consecutive = true;
            first = new int[n];
            last = new int[n];
            position = new int[n];
            for (int i = 0; i < n; i++) {
                position[i] = (int) spans[i];
                first[i] = (int) (spans[i] >>> 32);
                List<CompiledRule> rules = policies.get(position[i]).rules(direction);
                last[i] = rules.get(rules.size() - 1).id();
                consecutive &= last[i] - first[i] + 1 == rules.size();
            }
            this.consecutive = consecutive;
        }

        int[] owners(int[] ruleIds) {
            if (!consecutive) return null;
            int[] out = new int[Math.min(ruleIds.length, position.length)];
            int n = 0;
            for (int id : ruleIds) {
                int at = Arrays.binarySearch(first, id);
                if (at < 0) at = -at - 2; // the span starting before id
                if (at < 0 || id > last[at]) continue;
                int p = position[at];
                if (n > 0 && out[n - 1] == p) continue; // ids are sorted: a policy's come together
                if (policies.get(p).rules(direction).get(id - first[at]).action() == Action.LOG) continue;
                out[n++] = p;
            }
            out = Arrays.copyOf(out, n);
            Arrays.sort(out);
            return out;
        }
    }
}
