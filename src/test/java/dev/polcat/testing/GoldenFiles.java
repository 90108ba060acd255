package dev.polcat.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.polcat.publish.Artifact;
import dev.polcat.publish.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares generated files with a committed folder of expected files: the same set of paths (missing
 * and extra files are named), then byte-equal files, with a unified diff of the first that differs.
 * Run with {@code -Dpolcat.updateGolden=true} to rewrite the folder instead (refused on CI), then review
 * the change with {@code git diff}.
 */
public final class GoldenFiles {
    private GoldenFiles() {}

    /**
     * Whether this run rewrites golden files: only on the explicit {@code -Dpolcat.updateGolden=true}, and
     * never on CI (there the flag fails the test, so a CI job cannot accept its own output).
     */
    public static boolean updating() {
        return updating(Boolean.getBoolean("polcat.updateGolden"), System.getenv());
    }

    static boolean updating(boolean flag, Map<String, String> env) {
        if (flag && env.get("CI") != null)
            fail("refusing to rewrite golden files with -Dpolcat.updateGolden=true when CI is set");
        return flag;
    }

    public static void assertMatches(Path expectedDir, List<Artifact> actual) {
        if (updating()) {
            try {
                new SiteWriter().write(expectedDir, actual);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        Map<String, byte[]> expected = read(expectedDir);
        Map<String, byte[]> got = new TreeMap<>();
        actual.forEach(a -> got.put(a.path(), a.bytes()));
        TreeSet<String> missing = new TreeSet<>(expected.keySet());
        missing.removeAll(got.keySet());
        TreeSet<String> extra = new TreeSet<>(got.keySet());
        extra.removeAll(expected.keySet());
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) problems.add("missing (expected but not generated): " + missing);
        if (!extra.isEmpty()) problems.add("extra (generated but not expected): " + extra);
        for (var e : got.entrySet()) {
            byte[] want = expected.get(e.getKey());
            if (want != null && !Arrays.equals(want, e.getValue())) {
                problems.add("differs: " + e.getKey() + "\n" + diff(e.getKey(), want, e.getValue()));
                break;
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems)
                    + "\n(to accept the new output: mvn -q test -Dpolcat.updateGolden=true, then review git diff "
                    + expectedDir + ")");
        }
    }

    public static String diff(String name, byte[] want, byte[] got) {
        List<String> a = lines(want);
        List<String> b = lines(got);
        List<String> u =
                UnifiedDiffUtils.generateUnifiedDiff("expected/" + name, "actual/" + name, a, DiffUtils.diff(a, b), 3);
        return String.join("\n", u.subList(0, Math.min(u.size(), 80)));
    }

    private static List<String> lines(byte[] bytes) {
        return Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1));
    }

    private static Map<String, byte[]> read(Path dir) {
        Map<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                if (!rel.equals(SiteWriter.MANIFEST)) out.put(rel, Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
