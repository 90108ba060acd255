package dev.polcat.publish;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.polcat.diag.ControlChars;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a site on disk differs from what a build would write: stale, missing and extra files (sorted),
 * and the rebuilt content of a few stale files, for diffs.
 */
public record SiteComparison(
        List<String> stale, List<String> missing, List<String> extra, List<Artifact> staleSamples) {

    public static SiteComparison of(Path site, List<Artifact> expected) throws IOException {
        Comparing c = against(site);
        expected.forEach(c::accept);
        return c.result();
    }

    /** A sink that compares each file with the committed site as the build makes it. */
    public static Comparing against(Path site) throws IOException {
        return new Comparing(site);
    }

    /** See {@link #against}. Thread-safe. */
    public static final class Comparing implements ArtifactSink {
        private static final int SAMPLES = 20;
        private final Path site;
        private final Set<String> onDisk = new TreeSet<>();
        private final List<String> stale = new ArrayList<>();
        private final List<String> missing = new ArrayList<>();
        private final List<Artifact> samples = new ArrayList<>();
        private IOException failure;

        Comparing(Path site) throws IOException {
            this.site = site;
            if (Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)) onDisk.addAll(SiteWriter.listFiles(site));
            onDisk.remove(SiteWriter.MANIFEST);
        }

        @Override
        public void accept(Artifact a) {
            boolean present;
            synchronized (this) {
                present = onDisk.remove(a.path());
                if (!present) missing.add(a.path());
            }
            if (!present) return;
            try {
                if (!Arrays.equals(readCommitted(site.resolve(a.path()), a.bytes().length), a.bytes())) {
                    synchronized (this) {
                        stale.add(a.path());
                        if (samples.size() < SAMPLES) samples.add(a);
                    }
                }
            } catch (IOException e) {
                synchronized (this) {
                    failure = e;
                }
            }
        }

        public synchronized SiteComparison result() throws IOException {
            if (failure != null) throw failure;
            List<Artifact> sorted = new ArrayList<>(samples);
            sorted.sort(java.util.Comparator.comparing(Artifact::path));
            return new SiteComparison(
                    stale.stream().sorted().toList(),
                    missing.stream().sorted().toList(),
                    new ArrayList<>(onDisk),
                    sorted);
        }
    }

    private static final long MAX_DIFF_BYTES = 4L * 1024 * 1024;

    /**
     * The committed site is part of the pull request: a file there may be a link to
     * {@code /proc/self/environ} or {@code /dev/zero}, and whatever is read may be printed in a diff.
     * So: regular files only, never through a link, at most {@code max} bytes; null otherwise (then the
     * file counts as stale and its content is never shown).
     */
    static byte[] readCommitted(Path f, long max) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attrs.isRegularFile() || attrs.size() > max) return null;
        try (InputStream in = Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) max + 1);
            return bytes.length > max ? null : bytes;
        }
    }

    /** Both sides hold pull-request text and go to CI logs: control characters (terminal escapes) are shown escaped. */
    private static String printable(String s) {
        return ControlChars.escape(s, "\n\t");
    }

    public boolean isUpToDate() {
        return stale.isEmpty() && missing.isEmpty() && extra.isEmpty();
    }

    /** A unified diff of one stale file (committed → rebuilt), at most {@code maxLines} lines. */
    public String diff(Path site, Artifact want, int maxLines) throws IOException {
        byte[] committed = readCommitted(site.resolve(want.path()), MAX_DIFF_BYTES);
        if (committed == null) {
            return "site/" + want.path() + ": not a regular file, or larger than " + MAX_DIFF_BYTES / (1024 * 1024)
                    + " MiB: not shown; a build replaces it";
        }
        List<String> a = Arrays.asList(
                printable(new String(committed, StandardCharsets.UTF_8)).split("\n", -1));
        List<String> b = Arrays.asList(printable(want.asText()).split("\n", -1));
        List<String> u = UnifiedDiffUtils.generateUnifiedDiff(
                "site/" + want.path(), "rebuilt/" + want.path(), a, DiffUtils.diff(a, b), 2);
        List<String> shown = new ArrayList<>(u.subList(0, Math.min(u.size(), maxLines)));
        if (u.size() > maxLines) shown.add("… (" + (u.size() - maxLines) + " more lines)");
        return String.join("\n", shown);
    }
}
