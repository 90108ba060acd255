package dev.polcat.analyze.flow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Whether a flow is allowed, and every step that led there, in evaluation order. */
public record Verdict(boolean allowed, List<TrailStep> trail) implements Simulation {

    public Verdict {
        trail = List.copyOf(trail);
    }

    /** The step that decided: the last one whose outcome allows (or denies, for a denied flow). */
    public Optional<TrailStep> decidedBy() {
        for (int i = trail.size() - 1; i >= 0; i--) {
            Outcome o = trail.get(i).outcome();
            if (allowed ? o.allows() : o.denies()) return Optional.of(trail.get(i));
        }
        return Optional.empty();
    }

    /**
     * One line, e.g. {@code denied: no rule of policy failsafe matched; end of tier default → deny} or
     * {@code allowed: policy failsafe spec.ingress[0] (ssh-in) matched Allow}.
     */
    public String explain() {
        String verdict = allowed ? "allowed: " : "denied: ";
        Optional<TrailStep> decided = decidedBy();
        if (decided.isEmpty()) return verdict + "no step decided";
        TrailStep step = decided.get();
        if (step.outcome() == Outcome.DEFAULT_DENIED) {
            List<String> policies = fellThrough(trail.indexOf(step));
            String which =
                    policies.size() == 1 ? "policy " + policies.get(0) : "policies " + String.join(", ", policies);
            String prefix = policies.isEmpty() ? "" : "no rule of " + which + inTier(step) + " matched; ";
            return verdict + prefix + "end of tier default → deny";
        }
        if (!step.policy().isEmpty()) {
            String stage = step.stage() == Stage.NORMAL ? "" : step.stage().label() + " ";
            return verdict + stage + "policy " + step.policy() + inTier(step) + " " + step.ruleText() + " "
                    + step.detail();
        }
        String detail = step.detail();
        return verdict + (detail.startsWith(word() + " ") ? detail.substring(word().length() + 1) : detail);
    }

    /** Every step, one per line (each ends with a newline). */
    public String trailText() {
        StringBuilder sb = new StringBuilder();
        for (TrailStep step : trail) sb.append(step.text()).append('\n');
        return sb.toString();
    }

    /** {@code allowed} or {@code denied}. */
    public String word() {
        return allowed ? "allowed" : "denied";
    }

    private static String inTier(TrailStep step) {
        return step.tier().equals("default") || step.tier().isEmpty() ? "" : " (tier " + step.tier() + ")";
    }

    /** Policies of the same stage and tier that fell through just before the end-of-tier step at {@code end}. */
    private List<String> fellThrough(int end) {
        TrailStep tierEnd = trail.get(end);
        int first = end;
        while (first > 0
                && trail.get(first - 1).stage() == tierEnd.stage()
                && trail.get(first - 1).tier().equals(tierEnd.tier())) first--;
        // a set, not a list: a tier of hundreds of policies made this quadratic
        Set<String> out = new LinkedHashSet<>();
        for (int i = first; i < end; i++) {
            TrailStep s = trail.get(i);
            if (s.outcome() == Outcome.FELL_THROUGH) out.add(s.policy());
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return explain();
    }
}
