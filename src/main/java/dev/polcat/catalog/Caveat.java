package dev.polcat.catalog;

import java.util.List;

/**
 * A caveat written by the policy's author (Markdown text), with the flows that make it checkable: each
 * is checked like one of the doc's {@code examples:}, so a change that makes the caveat false fails the
 * build instead of leaving a false statement on the site. {@code severity} orders caveats on the site
 * ({@code warning} when the author gives none).
 */
public record Caveat(String title, String text, List<ExpectedFlow> checks, CaveatSeverity severity) {
    public Caveat {
        checks = List.copyOf(checks);
    }

    public Caveat(String title, String text) {
        this(title, text, List.of(), CaveatSeverity.WARNING);
    }
}
