package dev.polcat.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A template loader confined to one folder: only {@code .ftl}/{@code .ftlh} files, no dot-paths, no
 * symbolic link anywhere on the way, the folder itself included (FreeMarker's own loader follows links
 * that stay inside its root; a catalog's {@code templates/layouts} may be a link to anywhere), only
 * regular files, under a size cap. Anything else is "not found", which FreeMarker reports with the name
 * the template asked for.
 */
public final class GuardedTemplateLoader implements TemplateLoader {
    private static final long MAX_BYTES = 1024 * 1024;

    private final Path root;

    public GuardedTemplateLoader(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        if (!(name.endsWith(".ftl") || name.endsWith(".ftlh")) || name.startsWith("/")) return null;
        if (Files.isSymbolicLink(root)) return null;
        Path cur = root;
        for (String part : name.split("/")) {
            if (part.isEmpty() || part.startsWith(".") || part.contains("\\") || part.contains(":")) return null;
            cur = cur.resolve(part);
            if (Files.isSymbolicLink(cur)) return null;
        }
        if (!cur.normalize().startsWith(root)) return null;
        if (!Files.isRegularFile(cur, LinkOption.NOFOLLOW_LINKS) || Files.size(cur) > MAX_BYTES) return null;
        return cur;
    }

    @Override
    public long getLastModified(Object templateSource) {
        try {
            return Files.getLastModifiedTime((Path) templateSource, LinkOption.NOFOLLOW_LINKS)
                    .toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        // NOFOLLOW_LINKS: a file swapped for a link after findTemplateSource is still not followed.
        return new java.io.BufferedReader(new java.io.InputStreamReader(
                Files.newInputStream((Path) templateSource, LinkOption.NOFOLLOW_LINKS),
                java.nio.charset.StandardCharsets.UTF_8.newDecoder()));
    }

    @Override
    public void closeTemplateSource(Object templateSource) {}

    /** FreeMarker names the loader in "template not found" messages; keep them free of object hashes. */
    @Override
    public String toString() {
        return "polcat's template loader (.ftl/.ftlh files inside the folder, no links)";
    }
}
