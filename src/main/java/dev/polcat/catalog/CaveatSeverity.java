package dev.polcat.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * How much a caveat matters to someone about to apply the policy, most urgent first: the site sorts
 * caveats by it so the one that can lock operators out is read first, not seventh.
 */
public enum CaveatSeverity {
    /** Getting it wrong locks people out or exposes a service. */
    DANGER,
    /** Worth checking before applying. */
    WARNING,
    /** Background a reader may want. */
    NOTE;

    /** As written in front matter and shown on the site: {@code danger}, {@code warning}, {@code note}. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CaveatSeverity> parse(String text) {
        for (CaveatSeverity s : values()) if (s.spelling().equals(text)) return Optional.of(s);
        return Optional.empty();
    }
}
