package dev.polcat.site;

import dev.polcat.publish.Artifact;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code download/polcat-ENV.zip}: the environment's folder as one download, unpacking to {@code ENV/}
 * with the same file names as the site's {@code download/ENV/}. Entries are sorted and dated
 * 1980-01-01 (set as local date-time, so the time zone cannot change the bytes): the same YAML gives
 * the same zip.
 */
final class EnvironmentZip {
    private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private EnvironmentZip() {}

    static String path(String env) {
        return "download/" + fileName(env);
    }

    static String fileName(String env) {
        return "polcat-" + env + ".zip";
    }

    static Artifact of(String env, List<Artifact> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Artifact a : files.stream()
                    .sorted(java.util.Comparator.comparing(Artifact::path))
                    .toList()) {
                ZipEntry e = new ZipEntry(
                        env + "/" + a.path().substring(YamlBundle.folder(env).length()));
                e.setTimeLocal(EPOCH);
                zip.putNextEntry(e);
                zip.write(a.bytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Artifact(path(env), bytes.toByteArray());
    }
}
