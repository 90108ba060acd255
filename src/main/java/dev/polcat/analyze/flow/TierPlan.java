package dev.polcat.analyze.flow;

import dev.polcat.calico.Action;
import java.util.List;

/** One tier of one chain of one host: the policies that apply there, in evaluation order. */
record TierPlan(String tier, Action defaultAction, List<CompiledPolicy> policies) {
    TierPlan {
        policies = List.copyOf(policies);
    }
}
