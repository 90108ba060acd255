package dev.polcat.analyze.flow;

/** What a stage decided: deny, allow, or nothing (the next stage decides). Ordered DENY < CONTINUE < ALLOW. */
enum StageResult {
    DENY,
    CONTINUE,
    ALLOW;

    /** Both parts of a split flow must be allowed: the lesser result. */
    StageResult and(StageResult other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
