package dev.polcat.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalog's commits, read with git: those that changed its inputs ({@code profiles/},
 * {@code templates/}, {@code polcat.yaml}) along the first-parent line, so each one's predecessor in
 * the list holds the catalog its change started from.
 */
public final class GitLog {
    private GitLog() {}

    /** A commit: full hash, committer date ({@code YYYY-MM-DD}) and subject. */
    public record Commit(String hash, String date, String subject) {}

    /** Empty when {@code catalogDir} is not in a git work tree (or has no commits). */
    public static Optional<List<Commit>> catalogCommits(Path catalogDir, int max) throws InputError {
        String head = text(catalogDir, "rev-parse", "--verify", "--quiet", "HEAD");
        if (!head.matches("[0-9a-f]{40,64}")) return Optional.empty();
        String log = text(
                catalogDir,
                "log",
                "--first-parent",
                "-n",
                Integer.toString(max),
                "--format=%H%x1f%cs%x1f%s%x1e",
                "--",
                "profiles",
                "templates",
                "polcat.yaml");
        List<Commit> out = new ArrayList<>();
        for (String rec : log.split("\u001e")) {
            String[] f = rec.strip().split("\u001f", -1);
            if (f.length == 3) out.add(new Commit(f[0], f[1], f[2]));
        }
        return Optional.of(out);
    }

    /** The first parent of {@code commit}, or empty for a root commit. */
    public static Optional<String> parent(Path catalogDir, String commit) throws InputError {
        String p = text(catalogDir, "rev-parse", "--verify", "--quiet", commit + "^1");
        return p.matches("[0-9a-f]{40,64}") ? Optional.of(p) : Optional.empty();
    }

    /** The files under the catalog that {@code commit} changed, relative to the catalog folder. */
    public static List<String> changedFiles(Path catalogDir, String commit) throws InputError {
        String names = text(
                catalogDir,
                "diff-tree",
                "--no-commit-id",
                "--name-only",
                "--relative",
                "-r",
                "--root",
                commit,
                "--",
                "profiles",
                "templates",
                "polcat.yaml");
        return names.lines().filter(l -> !l.isBlank()).toList();
    }

    /** {@code https://github.com/OWNER/REPO/commit/} when origin is a GitHub repository, else null. */
    public static String commitUrlPrefix(Path catalogDir) throws InputError {
        String url = text(catalogDir, "config", "--get", "remote.origin.url");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "^(?:https://github\\.com/|git@github\\.com:|ssh://git@github\\.com/)([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+?)(?:\\.git)?/?$")
                .matcher(url);
        return m.matches() ? "https://github.com/" + m.group(1) + "/" + m.group(2) + "/commit/" : null;
    }

    private static String text(Path dir, String... args) throws InputError {
        return new String(GitCatalogExport.git(dir, args), StandardCharsets.UTF_8).strip();
    }
}
