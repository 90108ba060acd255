package dev.polcat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.build.BuildRequest;
import dev.polcat.render.RenderLimits;
import dev.polcat.testing.TestCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render stuck inside one FreeMarker built-in (here a regular expression that backtracks for seconds)
 * cannot be stopped without {@code Thread.stop}; {@code serve} then stops itself with a message instead of
 * keeping a CPU core busy for as long as it runs. The expression ends on its own after some seconds, so the
 * test leaves nothing spinning.
 */
class ServeStuckRenderTest {
    private static final String STUCK = "<#if \"" + "a".repeat(31) + "!\"?matches(\"(.*a){14}c\")>x</#if>\n";

    @TempDir
    Path dir;

    @Test
    void serveStopsWhenARenderCannotBeStopped() throws Exception {
        TestCatalog catalog = TestCatalog.minimal(dir);
        String template = TestCatalog.read(dir.resolve("templates/policies/ssh.yaml.ftl"));
        catalog.with("templates/policies/ssh.yaml.ftl", STUCK + template);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        BuildRequest request = BuildRequest.of(catalog.root())
                .withLimits(new RenderLimits(Duration.ofSeconds(2), 4 * 1024 * 1024, 2L * 1024 * 1024));
        DevServer server = DevServer.start(
                ServeOptions.of(request, InetAddress.getLoopbackAddress(), 0),
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        // A bound on waiting, not a speed claim: the expression spins for about ten seconds, well past the limit.
        assertTimeoutPreemptively(
                Duration.ofSeconds(60), server::awaitClose, () -> "the server did not stop itself:\n" + err);
        assertTrue(server.stoppedForStuckRender(), err::toString);
        assertEquals("""
                templates/policies/ssh.yaml.ftl:1:1: error: rendering took longer than 2 s and was stopped [P203] (env dev, policy ssh)
                  hint: look for a loop that never ends; the limit is set with --template-timeout
                polcat: 1 error, 0 warnings
                polcat serve: stopping: a render is stuck inside one FreeMarker built-in at templates/policies/ssh.yaml.ftl:1:1 past its time limit, and only ending the process stops it (it keeps a CPU core busy)
                  hint: fix the template the error above names, then start polcat serve again""", err.toString().strip());
    }
}
