package dev.polcat.load;

import dev.polcat.diag.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads a catalog as it is at a git revision, without touching the work tree: lists {@code profiles/},
 * {@code templates/} and {@code polcat.yaml} at the revision with {@code git ls-tree} and copies their
 * blobs into a fresh folder with {@code git cat-file}. Only regular files are copied; a symlink in the
 * revision is refused like a symlink on disk.
 */
public final class GitCatalogExport {
    private static final List<String> PATHS = List.of("profiles", "templates", "polcat.yaml");
    private static final long MAX_TOTAL = 256L * 1024 * 1024;

    private GitCatalogExport() {}

    private record Entry(String mode, String sha, long size, String path) {}

    /** Exports {@code rev} of the catalog at {@code catalogDir} into the empty folder {@code target}. */
    public static void export(Path catalogDir, String rev, Path target) throws InputError {
        if (rev.startsWith("-") || rev.isBlank() || rev.chars().anyMatch(c -> c < 0x20)) {
            throw new InputError(SourcePos.of(rev), "not a valid git revision", "");
        }
        String commit = new String(
                        git(catalogDir, "rev-parse", "--verify", "--quiet", "--end-of-options", rev + "^{commit}"),
                        StandardCharsets.UTF_8)
                .strip();
        if (commit.isEmpty()) {
            throw new InputError(
                    SourcePos.of(rev),
                    "neither a catalog folder nor a git revision",
                    "give a folder, or a revision such as HEAD, origin/main or a commit id");
        }
        List<String> args = new ArrayList<>(List.of("ls-tree", "-r", "-l", "-z", commit, "--"));
        args.addAll(PATHS);
        String listing = new String(git(catalogDir, args.toArray(String[]::new)), StandardCharsets.UTF_8);
        long total = 0;
        for (Entry e : parse(listing)) {
            if (!e.mode().equals("100644") && !e.mode().equals("100755")) {
                throw new InputError(
                        SourcePos.of(rev + ":" + e.path()),
                        "refusing a symbolic link or special file in the revision",
                        "commit the file itself, not a link");
            }
            Path out = safePath(target, e.path(), rev);
            total += e.size();
            if (e.size() > InputFiles.MAX_FILE_BYTES || total > MAX_TOTAL) {
                throw new InputError(SourcePos.of(rev + ":" + e.path()), "file too large", "");
            }
            byte[] content = git(catalogDir, "cat-file", "blob", e.sha());
            try {
                Files.createDirectories(out.getParent());
                Files.write(
                        out,
                        content,
                        StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
            } catch (IOException ex) {
                throw new InputError(SourcePos.of(e.path()), "cannot write a temporary copy: " + ex.getMessage(), "");
            }
        }
    }

    private static List<Entry> parse(String listing) {
        List<Entry> out = new ArrayList<>();
        for (String rec : listing.split("\0")) {
            if (rec.isEmpty()) continue;
            int tab = rec.indexOf('\t');
            String[] meta = rec.substring(0, tab).trim().split(" +");
            if (meta[1].equals("commit")) continue; // a submodule: not part of the catalog
            long size = meta[3].equals("-") ? 0 : Long.parseLong(meta[3]);
            out.add(new Entry(meta[0], meta[2], size, rec.substring(tab + 1)));
        }
        return out;
    }

    private static Path safePath(Path root, String rel, String rev) throws InputError {
        for (String seg : rel.split("/")) {
            if (seg.isEmpty() || seg.equals(".") || seg.equals("..") || seg.contains("\\") || seg.indexOf(':') >= 0) {
                throw new InputError(SourcePos.of(rev + ":" + rel), "refusing an unsafe path in the revision", "");
            }
        }
        Path p = root.resolve(rel).normalize();
        if (!p.startsWith(root)) throw new InputError(SourcePos.of(rev + ":" + rel), "path leaves the catalog", "");
        return p;
    }

    static byte[] git(Path dir, String... args) throws InputError {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "core.quotePath=false", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            // Read on another thread so the deadline holds even when git never closes its output.
            java.util.concurrent.CompletableFuture<byte[]> output =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                        try (InputStream s = p.getInputStream()) {
                            return s.readAllBytes();
                        } catch (IOException e) {
                            return new byte[0];
                        }
                    });
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new InputError(SourcePos.of("git"), "git did not answer within 60 s", "");
            }
            byte[] out = output.join();
            // rev-parse and config answer "no such thing" with a non-zero exit: an empty answer, not a failure.
            if (p.exitValue() != 0 && !args[0].equals("rev-parse") && !args[0].equals("config")) {
                throw new InputError(
                        SourcePos.of("git"),
                        "git " + args[0] + " failed (exit " + p.exitValue() + ")",
                        "is " + dir + " inside a git repository?");
            }
            return out;
        } catch (IOException e) {
            throw new InputError(
                    SourcePos.of("git"), "cannot run git: " + e.getMessage(), "install git, or compare two folders");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputError(SourcePos.of("git"), "interrupted", "");
        }
    }
}
