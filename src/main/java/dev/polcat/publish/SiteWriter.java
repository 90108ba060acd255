package dev.polcat.publish;

import dev.polcat.diag.IoProblems;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The only writer to disk. Builds the whole site in a fresh folder beside the target, then swaps it in,
 * so a failed or interrupted build leaves the previous site as it was. The target is replaced only if
 * it holds nothing but files a previous polcat build wrote (listed in its manifest), and no symlink is
 * ever followed.
 */
public final class SiteWriter {
    public static final String MANIFEST = ".polcat-manifest";
    private static final long MAX_MANIFEST_BYTES = 16L * 1024 * 1024;

    /** Writes {@code artifacts} as the complete content of {@code out}. */
    public void write(Path out, List<Artifact> artifacts) throws PublishException {
        try (Staged site = open(out)) {
            artifacts.forEach(site::accept);
            site.commit();
        }
    }

    /**
     * Starts a new site for {@code out}: files handed to the returned sink are written at once into a
     * fresh folder beside it; {@link Staged#commit()} swaps that folder in, and closing without a commit
     * throws it away, leaving {@code out} as it was.
     */
    public Staged open(Path out) throws PublishException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        try {
            refuseLinks(target);
            Files.createDirectories(parent);
            checkReplaceable(target);
            return new Staged(target, Files.createTempDirectory(parent, ".polcat-build-"));
        } catch (IOException e) {
            throw new PublishException("cannot write " + out + ": " + IoProblems.describe(e, target));
        }
    }

    /** A site being written; see {@link #open}. Thread-safe. */
    public static final class Staged implements ArtifactSink, AutoCloseable {
        private final Path target;
        private final Path staging;
        private final Set<String> names = java.util.Collections.synchronizedSet(new TreeSet<>());
        /** Folders already made in the staging folder (ours alone): asking again costs two system calls and an exception per file. */
        private final Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

        private volatile String problem;
        private boolean committed;

        Staged(Path target, Path staging) {
            this.target = target;
            this.staging = staging;
        }

        @Override
        public void accept(Artifact a) {
            acceptStreamed(a.path(), out -> out.write(a.bytes()));
        }

        @Override
        public void acceptStreamed(String path, Body body) {
            if (!OutputPaths.isSafe(path) || !names.add(path)) {
                problem = "refusing duplicate or unsafe output path '" + path + "'";
                return;
            }
            try {
                Path p = OutputPaths.resolve(staging, path);
                if (!folders.contains(p.getParent())) {
                    Files.createDirectories(p.getParent());
                    folders.add(p.getParent());
                }
                try (OutputStream out = Files.newOutputStream(
                        p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                    body.writeTo(out);
                }
            } catch (IOException e) {
                problem = "cannot write " + path + ": " + IoProblems.describe(e, null);
            }
        }

        /** Writes the manifest and swaps the new site in. */
        public void commit() throws PublishException {
            if (problem != null) throw new PublishException(problem);
            try {
                Files.writeString(
                        staging.resolve(MANIFEST),
                        String.join("\n", new TreeSet<>(names)) + "\n",
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
                checkReplaceable(target);
                swap(staging, target);
                committed = true;
            } catch (IOException e) {
                throw new PublishException("cannot write " + target + ": " + IoProblems.describe(e, target));
            }
        }

        @Override
        public void close() throws PublishException {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                if (committed) return;
                throw new PublishException("cannot clean up " + staging + ": " + IoProblems.describe(e, staging));
            }
        }
    }

    private static void swap(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = Files.createTempDirectory(target.getParent(), ".polcat-old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        if (old != null) deleteTree(old);
    }

    /** The folder must be absent, empty, or exactly what an earlier build wrote. */
    static void checkReplaceable(Path target) throws IOException, PublishException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return;
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new PublishException(target + " exists and is not a folder");
        }
        List<String> present = listFiles(target);
        if (present.isEmpty()) return;
        Path manifest = target.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            throw new PublishException(target + " holds files polcat did not write; choose another --out or empty it");
        }
        if (Files.size(manifest) > MAX_MANIFEST_BYTES) { // it may have been committed by a pull request
            throw new PublishException(
                    target + " holds a " + MANIFEST + " polcat did not write; move the folder elsewhere first");
        }
        Set<String> known = new TreeSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8));
        known.add(MANIFEST);
        for (String f : present) {
            if (!known.contains(f)) {
                throw new PublishException(
                        target + " holds '" + f + "', which polcat did not write; move it elsewhere first");
            }
        }
    }

    static List<String> listFiles(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                out.add(root.relativize(file).toString().replace('\\', '/'));
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(null);
        return out;
    }

    /**
     * The target and every folder above it must be real folders: a pull request can commit a link where
     * the output goes (the default site/ is inside the catalog), and the operator's -o may pass through
     * folders of the checkout. Only folders right under the file system root are exempt, so system links
     * such as macOS's /tmp and /var still work; a checkout never sits there.
     */
    static void refuseLinks(Path target) throws PublishException {
        for (Path p = target; p != null && p.getParent() != null; p = p.getParent()) {
            if (p.getParent().getParent() == null && p != target) break; // e.g. /tmp, /var
            if (Files.isSymbolicLink(p)) {
                throw new PublishException("refusing to write through the symbolic link " + p);
            }
        }
    }

    /** Deletes a tree without following links (a link is removed, never its target). */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                try {
                    Files.delete(dir);
                } catch (DirectoryNotEmptyException e) {
                    throw new IOException("could not clean up " + dir, e);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
