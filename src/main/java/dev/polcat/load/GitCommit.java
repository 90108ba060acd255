package dev.polcat.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The git commit a catalog folder is checked out at, for the header of the files a build writes. A
 * catalog whose profiles or templates differ from that commit is marked so: the files are then not
 * exactly what the commit holds.
 */
public final class GitCommit {
    private GitCommit() {}

    /** {@code HEAD}'s full hash, with " (with uncommitted changes)" when inputs differ; empty outside git. */
    public static Optional<String> of(Path catalogDir) throws InputError {
        String head = new String(
                        GitCatalogExport.git(catalogDir, "rev-parse", "--verify", "--quiet", "HEAD"),
                        StandardCharsets.UTF_8)
                .strip();
        if (!head.matches("[0-9a-f]{40,64}")) return Optional.empty();
        String changes = new String(
                GitCatalogExport.git(catalogDir, "status", "--porcelain", "--", "profiles", "templates", "polcat.yaml"),
                StandardCharsets.UTF_8);
        return Optional.of(changes.isBlank() ? head : head + " (with uncommitted changes)");
    }
}
