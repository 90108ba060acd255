package dev.polcat.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip as a user gets it: unpacked in an empty folder, its Linux launcher prints the version and builds
 * a catalog made by the same launcher. Runs after `mvn package` (failsafe), on target/polcat-VERSION.zip.
 */
class ReleaseZipIT {
    @TempDir
    Path dir;

    record Run(int exit, String out) {}

    @Test
    void unpackedZipRunsVersionInitAndBuildFromAnEmptyFolder() throws Exception {
        Path zip = Path.of(System.getProperty("polcat.releaseZip"));
        String version = System.getProperty("polcat.version");
        String top = "polcat-" + version + "/";
        assertEquals(
                List.of(
                        top,
                        top + "LICENSE",
                        top + "README.txt",
                        top + "bin/",
                        top + "bin/polcat",
                        top + "bin/polcat.cmd",
                        top + "polcat.jar"),
                unpack(zip, dir));
        Path home = dir.resolve(top);
        assertTrue(Files.readString(home.resolve("LICENSE")).contains("Apache License"));

        Path launcher = home.resolve("bin/polcat");
        Run v = run(dir, launcher.toString(), "--version");
        assertEquals(0, v.exit(), v.out());
        assertTrue(v.out().matches("polcat " + version.replace(".", "\\.") + " \\(commit [0-9a-f]{12}\\)\n"), v.out());

        Path work = Files.createDirectory(dir.resolve("empty"));
        Run init = run(work, launcher.toString(), "init", "catalog");
        assertEquals(0, init.exit(), init.out());
        Run build = run(work.resolve("catalog"), launcher.toString(), "build");
        assertEquals(0, build.exit(), build.out());
        assertTrue(Files.isRegularFile(work.resolve("catalog/site/index.html")), build.out());
        assertTrue(Files.isRegularFile(work.resolve("catalog/site/download/polcat-dev.zip")), build.out());
    }

    /** Unpacks with the zip file system so the launcher's Unix mode (rwxr-xr-x) is read from the zip, not assumed. */
    static List<String> unpack(Path zip, Path into) throws IOException {
        List<String> names = new ArrayList<>();
        try (FileSystem fs = FileSystems.newFileSystem(
                        URI.create("jar:" + zip.toUri()), Map.of("enablePosixFileAttributes", "true"));
                Stream<Path> walk = Files.walk(fs.getPath("/"))) {
            for (Path p : walk.sorted().toList()) {
                String rel = p.toString().substring(1);
                if (rel.isEmpty()) continue;
                Path target = into.resolve(rel);
                if (Files.isDirectory(p)) {
                    names.add(rel + "/");
                    Files.createDirectories(target);
                } else {
                    names.add(rel);
                    Files.copy(p, target);
                    Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p);
                    Files.setPosixFilePermissions(target, mode);
                }
            }
        }
        return names.stream().sorted().toList();
    }

    static Run run(Path cwd, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .directory(cwd.toFile())
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command) + "\n" + out);
        }
        return new Run(p.exitValue(), out);
    }
}
