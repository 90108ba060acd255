package dev.polcat.analyze.flow;

/** What happened at one trail step. Only {@link #allows()} and {@link #denies()} outcomes decide. */
public enum Outcome {
    /** Information: how the flow was read, a stage skipped, a criterion not modelled. */
    NOTE,
    /** The rule does not match the flow. */
    NO_MATCH,
    /** An Allow rule matches only part of the flow; it does not count (not every packet is allowed). */
    PARTIAL_MATCH,
    /** A Log rule matched (fully or in part); evaluation continues with the next rule. */
    LOGGED,
    /** A Pass rule matched: the rest of the tier is skipped. */
    PASSED,
    /** No rule of the policy matched; evaluation continues with the next policy. */
    FELL_THROUGH,
    /** End of a tier whose default action is Pass (always so for untracked and preDNAT tiers). */
    DEFAULT_PASS,
    /** Allowed: a rule, a failsafe entry, a profile, or forwarding with no policy that denies. */
    ALLOWED,
    /** Denied by a Deny rule (fully or in part). */
    DENIED,
    /** Denied by the end-of-tier default action. */
    DEFAULT_DENIED,
    /** Dropped at the end of the chain: no policy and no profile allowed it. */
    DROPPED;

    public boolean allows() {
        return this == ALLOWED;
    }

    public boolean denies() {
        return this == DENIED || this == DEFAULT_DENIED || this == DROPPED;
    }
}
