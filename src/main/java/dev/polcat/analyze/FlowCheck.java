package dev.polcat.analyze;

import dev.polcat.analyze.flow.Verdict;
import dev.polcat.diag.SourcePos;

/**
 * One checked flow: what was required ({@code expectAllow}), the flow as simulated, and the verdict.
 * {@code kind} is "expect", "example" or "lockout"; {@code mode} says which failsafe setting it was
 * checked with; {@code pos} is where the requirement was written.
 */
public record FlowCheck(
        String kind,
        String requirement,
        String flow,
        String mode,
        boolean expectAllow,
        Verdict verdict,
        SourcePos pos) {

    public boolean holds() {
        return verdict.allowed() == expectAllow;
    }
}
