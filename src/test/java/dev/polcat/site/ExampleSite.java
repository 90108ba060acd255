package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.publish.Artifact;
import dev.polcat.publish.SiteWriter;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The example catalog's site, built once per test JVM into a temporary folder. */
final class ExampleSite {
    private static List<Artifact> artifacts;
    private static Path dir;

    private ExampleSite() {}

    static synchronized List<Artifact> artifacts() {
        if (artifacts == null) {
            BuildResult r = new Build().run(BuildRequest.of(Path.of("")));
            assertFalse(r.failed(), () -> TestCatalog.printed(r.diagnostics().all()));
            artifacts = r.artifacts();
        }
        return artifacts;
    }

    static synchronized Path onDisk() throws Exception {
        if (dir == null) {
            Path parent = Files.createTempDirectory("polcat-site-test");
            dir = parent.resolve("site");
            new SiteWriter().write(dir, artifacts());
        }
        return dir;
    }
}
