package dev.polcat.publish;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** How a site on disk differs from what a build would write: stale, missing and extra files. */
public record SiteComparison(List<String> stale, List<String> missing, List<String> extra) {

    public static SiteComparison of(Path site, List<Artifact> expected) throws IOException {
        Set<String> onDisk = new TreeSet<>();
        if (Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)) onDisk.addAll(SiteWriter.listFiles(site));
        onDisk.remove(SiteWriter.MANIFEST);
        List<String> stale = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Artifact a : expected) {
            if (!onDisk.remove(a.path())) {
                missing.add(a.path());
            } else if (!Arrays.equals(Files.readAllBytes(site.resolve(a.path())), a.bytes())) {
                stale.add(a.path());
            }
        }
        return new SiteComparison(stale, missing, new ArrayList<>(onDisk));
    }

    public boolean isUpToDate() {
        return stale.isEmpty() && missing.isEmpty() && extra.isEmpty();
    }

    /** A unified diff of one stale file (committed → rebuilt), at most {@code maxLines} lines. */
    public String diff(Path site, Artifact want, int maxLines) throws IOException {
        List<String> a = Arrays.asList(Files.readString(site.resolve(want.path()), StandardCharsets.UTF_8).split("\n", -1));
        List<String> b = Arrays.asList(want.asText().split("\n", -1));
        List<String> u = UnifiedDiffUtils.generateUnifiedDiff("site/" + want.path(), "rebuilt/" + want.path(), a,
                DiffUtils.diff(a, b), 2);
        List<String> shown = new ArrayList<>(u.subList(0, Math.min(u.size(), maxLines)));
        if (u.size() > maxLines) shown.add("… (" + (u.size() - maxLines) + " more lines)");
        return String.join("\n", shown);
    }
}
