package dev.polcat.analyze;

import dev.polcat.analyze.flow.Flow;
import dev.polcat.analyze.flow.Verdict;
import dev.polcat.diag.SourcePos;
import java.util.Objects;

/**
 * One checked flow: what was required ({@code expectAllow}), the flow as simulated, and the verdict.
 * {@code kind} says where the requirement comes from; {@code mode} which failsafe ports it was checked
 * with; {@code pos} is where the requirement was written. Made through {@link #expected}, {@link #example}
 * and {@link #guard}.
 */
public record FlowCheck(
        Kind kind, String requirement, Flow flow, Failsafe mode, boolean expectAllow, Verdict verdict, SourcePos pos) {

    /** Where a checked flow comes from; {@link #word()} is how reports and catalog.json name it. */
    public enum Kind {
        /** A profile's {@code expect:} list. */
        EXPECTED("expect"),
        /** A policy doc's {@code examples:}. */
        EXAMPLE("example"),
        /** The lockout guard: {@code guard:} in a profile, or a parameter a policy marks with {@code guard:}. */
        GUARD("lockout"),
        /** A systematic exposure probe (never a check; names the context of a staged change). */
        EXPOSURE("exposure");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** Which failsafe ports a flow was checked with. */
    public enum Failsafe {
        /** Felix's failsafe ports as the environment's profile sets them (its defaults when it sets none). */
        PROFILE,
        /** No failsafe ports: the state Calico's guide recommends once a tailored failsafe policy is in place. */
        OFF
    }

    public FlowCheck {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(mode, "mode");
        if (kind == Kind.EXPOSURE) throw new IllegalArgumentException("an exposure probe is not a flow check");
        if (kind != Kind.GUARD && mode != Failsafe.PROFILE) {
            throw new IllegalArgumentException("only the lockout guard checks a flow with failsafe ports off");
        }
    }

    /** A flow of a profile's {@code expect:} list, checked with the environment's failsafe ports. */
    public static FlowCheck expected(String requirement, Flow flow, boolean allow, Verdict verdict, SourcePos pos) {
        return new FlowCheck(Kind.EXPECTED, requirement, flow, Failsafe.PROFILE, allow, verdict, pos);
    }

    /** A policy doc's example, checked with the environment's failsafe ports. */
    public static FlowCheck example(String requirement, Flow flow, boolean allow, Verdict verdict, SourcePos pos) {
        return new FlowCheck(Kind.EXAMPLE, requirement, flow, Failsafe.PROFILE, allow, verdict, pos);
    }

    /** A guarded flow, which must be allowed, checked in one failsafe mode. */
    public static FlowCheck guard(String requirement, Flow flow, Failsafe mode, Verdict verdict, SourcePos pos) {
        return new FlowCheck(Kind.GUARD, requirement, flow, mode, true, verdict, pos);
    }

    /** The same check with another verdict (the flow simulated again, e.g. with staged policies enforced). */
    public FlowCheck withVerdict(Verdict other) {
        return new FlowCheck(kind, requirement, flow, mode, expectAllow, other, pos);
    }

    public boolean holds() {
        return verdict.allowed() == expectAllow;
    }

    /**
     * The failsafe mode as reports say it: "" for expected flows and examples (always checked with the
     * environment's settings), and for guarded flows, which are checked in both modes, which one.
     */
    public String modeText() {
        if (mode == Failsafe.OFF) return "with failsafe ports off";
        return kind == Kind.GUARD ? "with the environment's failsafe ports" : "";
    }
}
