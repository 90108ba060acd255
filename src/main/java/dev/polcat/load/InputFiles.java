package dev.polcat.load;

import dev.polcat.diag.SourcePos;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The only way polcat reads catalog files. Inputs from a pull request are hostile: a file may be a
 * symlink to {@code /proc/self/environ} or {@code ~/.ssh}, a device that never ends, or huge. Only
 * regular files inside the catalog, reached without symlinks, under a size cap, are read.
 */
public final class InputFiles {
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    private final Path root;

    public InputFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The path as users see it in messages: relative to the catalog, with forward slashes. */
    public String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        String rel = abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
        // Only Windows separators become '/': on Linux a backslash is part of a (hostile) file name, and
        // showing it as '/' would name a different file.
        return java.io.File.separatorChar == '\\' ? rel.replace('\\', '/') : rel;
    }

    /** The regular, visible files of a catalog folder ending in {@code suffix}, sorted by name. */
    public List<Path> list(Path dir, String suffix) throws InputError {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return List.of();
        checkInside(dir);
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || !name.endsWith(suffix)) continue;
                out.add(p);
            }
        } catch (IOException e) {
            throw new InputError(SourcePos.of(display(dir)), "cannot list folder: " + e.getMessage(), "");
        }
        out.sort(null);
        return out;
    }

    public String read(Path file) throws InputError {
        checkInside(file);
        SourcePos pos = SourcePos.of(display(file));
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new InputError(pos, "cannot read file", "check that it exists and is readable");
        }
        if (attrs.isSymbolicLink()) {
            throw new InputError(pos, "refusing to read a symbolic link", "commit the file itself, not a link");
        }
        if (!attrs.isRegularFile()) {
            throw new InputError(pos, "refusing to read something that is not a regular file", "");
        }
        if (attrs.size() > MAX_FILE_BYTES) {
            throw new InputError(pos, "file is larger than the " + MAX_FILE_BYTES / 1024 + " KiB limit", "");
        }
        try {
            byte[] bytes = readBounded(file);
            if (bytes == null) {
                throw new InputError(pos, "file is larger than the " + MAX_FILE_BYTES / 1024 + " KiB limit", "");
            }
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputError(pos, "file is not valid UTF-8", "save it as UTF-8");
        } catch (IOException e) {
            throw new InputError(pos, "cannot read file", "");
        }
    }

    /**
     * Reads at most the cap without following a link, so a file swapped for a link or a device after the
     * checks above still cannot be read past the cap or through the link. Null when the file is larger.
     */
    private static byte[] readBounded(Path file) throws IOException {
        try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(
                file, java.util.Set.of(java.nio.file.StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate((int) MAX_FILE_BYTES + 1);
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // keep reading until the cap plus one byte, or the end
            }
            if (!buf.hasRemaining()) return null;
            byte[] out = new byte[buf.position()];
            buf.flip().get(out);
            return out;
        }
    }

    /**
     * Every folder from the root down to {@code p} must be a real folder, not a symlink, so that no
     * input can be read from outside the catalog.
     */
    public void checkInside(Path p) throws InputError {
        Path abs = p.toAbsolutePath().normalize();
        if (!abs.startsWith(root)) {
            throw new InputError(SourcePos.of(display(p)), "path is outside the catalog", "");
        }
        Path cur = root;
        for (Path part : root.relativize(abs)) {
            cur = cur.resolve(part);
            if (Files.isSymbolicLink(cur)) {
                throw new InputError(
                        SourcePos.of(display(cur)),
                        "refusing to follow a symbolic link",
                        "commit the file or folder itself, not a link");
            }
        }
    }
}
