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

    /** Writes a file's bytes to a stream. */
    @FunctionalInterface
    interface Body {
        void writeTo(java.io.OutputStream out) throws java.io.IOException;
    }

    /**
     * A file written as it is made, for one too large to hold twice (catalog.json is 150 MB at 2,000
     * policies × 20 environments, and a text of it, its characters and its bytes were three copies at
     * once). Unless the sink can stream it to its place, its bytes are collected and {@link #accept}ed.
     */
    default void acceptStreamed(String path, Body body) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            body.writeTo(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        accept(new Artifact(path, bytes.toByteArray()));
    }

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
