package dev.polcat.analyze.verify;

import dev.polcat.calico.CalicoResource;
import dev.polcat.catalog.Profile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The exposure reports of the last build, for the next one to reuse: an environment whose profile and rendered
 * resources are equal (as values: every field, positions included) to the last build's gets that build's report
 * instead of a new one. The report is a function of those two alone. {@code polcat serve} keeps one across
 * rebuilds, where an edit to a document, a layout, a comment or one environment's profile leaves most
 * environments as they were, and the report was about half of each rebuild of the example catalog. Only the
 * reports the latest build used are kept, so a long-running server holds one build's reports at most.
 */
public final class ExposureMemo {
    private record Key(Profile env, List<CalicoResource> resources, int hash) {
        Key(Profile env, List<CalicoResource> resources) {
            this(env, List.copyOf(resources), 31 * env.hashCode() + resources.hashCode());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.env.equals(env) && k.resources.equals(resources);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Map<Key, EnvironmentFlows.Exposure> previous;
    private final Map<Key, EnvironmentFlows.Exposure> current = new ConcurrentHashMap<>();

    public ExposureMemo() {
        this(Map.of());
    }

    private ExposureMemo(Map<Key, EnvironmentFlows.Exposure> previous) {
        this.previous = previous;
    }

    /**
     * The memo for the next build: it reuses what this one's build made or reused, and nothing older; when this
     * build stopped before its analysis (an error), what this one could reuse.
     */
    public ExposureMemo next() {
        return new ExposureMemo(current.isEmpty() ? previous : Map.copyOf(current));
    }

    /** The report of {@code env} with these resources: the last build's when equal, else {@code make}'s. */
    public EnvironmentFlows.Exposure get(
            Profile env, List<CalicoResource> resources, Supplier<EnvironmentFlows.Exposure> make) {
        Key key = new Key(env, resources);
        EnvironmentFlows.Exposure report = previous.get(key);
        if (report == null) report = make.get();
        current.put(key, report);
        return report;
    }

    /** How many reports the next build could reuse. */
    int size() {
        return current.size();
    }
}
