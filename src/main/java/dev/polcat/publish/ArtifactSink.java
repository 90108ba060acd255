package dev.polcat.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a build's files go as they are made: to disk ({@link SiteWriter}), compared with a committed
 * site, or collected in memory. Streaming them keeps a large build's memory flat. Implementations are
 * thread-safe: pages are assembled on all cores.
 */
public interface ArtifactSink {
    void accept(Artifact artifact);

    /** Keeps every file in memory; {@link #sorted()} gives them by path. */
    final class Collecting implements ArtifactSink {
        private final List<Artifact> files = new ArrayList<>();

        @Override
        public synchronized void accept(Artifact artifact) {
            files.add(artifact);
        }

        public synchronized List<Artifact> sorted() {
            List<Artifact> out = new ArrayList<>(files);
            out.sort(Comparator.comparing(Artifact::path));
            return out;
        }
    }
}
