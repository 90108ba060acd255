package dev.polcat.site;

import java.util.List;
import java.util.Map;

/**
 * Each policy's recent history from git, for its page: the commits that changed its template, its doc
 * or a value it uses, newest first. {@code note} replaces the list when there is none to show (built
 * outside git); {@code commitUrl}, when the repository is known, is the commit link's prefix.
 */
public record PolicyHistory(Map<String, List<Entry>> byPolicy, String commitUrl, String note) {
    /** History not asked for: policy pages have no History section. */
    public static final PolicyHistory NONE = new PolicyHistory(Map.of(), null, null);

    /** One commit: its full hash, date (YYYY-MM-DD), subject, and a one-line summary per environment it changed. */
    public record Entry(String commit, String date, String subject, Map<String, String> envs) {}

    public PolicyHistory {
        byPolicy = Map.copyOf(byPolicy);
    }

    public static PolicyHistory unavailable(String note) {
        return new PolicyHistory(Map.of(), null, note);
    }

    boolean shown() {
        return this != NONE && (note != null || !byPolicy.isEmpty() || commitUrl != null);
    }
}
