package dev.polcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * diff puts flows that become reachable from the internet first, under their own heading, and
 * {@code --fail-on internet-exposure} exits 3 unless the head profile declares them public.
 */
class InternetExposureDiffTest {
    private static final String PROFILE = """
            title: Dev
            values:
              sshCidrs: [CIDRS]
              sshPort: 2222
            hosts:
              - name: web-1
                ips: [10.0.1.10]
                labels: {host: web}
            """;

    @TempDir
    Path dir;

    private int pairs;

    private String[] catalogs(String headExtra) {
        Path pair = dir.resolve("pair-" + pairs++);
        Path base = TestCatalog.minimal(pair.resolve("base"))
                .with("profiles/dev.yaml", PROFILE.replace("CIDRS", "10.0.0.0/24"))
                .root();
        Path head = TestCatalog.minimal(pair.resolve("head"))
                .with("profiles/dev.yaml", PROFILE.replace("CIDRS", "10.0.0.0/24, 0.0.0.0/0") + headExtra)
                .root();
        return new String[] {base.toString(), head.toString()};
    }

    @Test
    void newExposureComesFirstUnderItsOwnHeading() {
        String[] c = catalogs("");
        ReviewCommandsTest.Run text = ReviewCommandsTest.run("diff", c[0], c[1]);
        assertEquals(1, text.exit(), text.err());
        assertTrue(text.out().contains("""
                environment dev
                  New exposure to the internet:
                  OPENS  tcp/2222 to web-1 from anywhere (0.0.0.0/0)  (not declared public)
                         allowed: policy ssh spec.ingress[0] (ssh-in) matched Allow
                  Other flows:
                """), text.out());
        ReviewCommandsTest.Run md = ReviewCommandsTest.run("diff", "--format", "markdown", c[0], c[1]);
        assertTrue(md.out().contains("""
                > [!CAUTION]
                > **New exposure to the internet: 1 flow becomes reachable from anywhere:**
                > - **Opens** `tcp/2222 to web-1 from anywhere (0.0.0.0/0)` in **dev** — **not declared public** — allowed: policy ssh spec.ingress\\[0\\] (ssh-in) matched Allow
                """), md.out());
    }

    @Test
    void failOnInternetExposureExitsThreeUnlessDeclaredPublic() {
        String[] c = catalogs("");
        ReviewCommandsTest.Run r = ReviewCommandsTest.run("diff", "--fail-on", "internet-exposure", c[0], c[1]);
        assertEquals(3, r.exit(), r.out());
        assertEquals(
                "polcat: error: flows become reachable from the internet that the head profile does not declare public "
                        + "(see \"New exposure to the internet\")\n",
                r.err());

        String[] declared =
                catalogs("public:\n  - ports: [tcp/2222]\n    to: {hosts: has(host)}\n    reason: a bastion\n");
        ReviewCommandsTest.Run ok =
                ReviewCommandsTest.run("diff", "--fail-on", "internet-exposure", declared[0], declared[1]);
        assertEquals(1, ok.exit(), ok.err());
        assertTrue(
                ok.out().contains("OPENS  tcp/2222 to web-1 from anywhere (0.0.0.0/0)  (declared public)"), ok.out());
    }

    @Test
    void anUnknownFailOnValueIsAUsageError() {
        ReviewCommandsTest.Run r = ReviewCommandsTest.run("diff", "--fail-on", "exposure", ".", ".");
        assertEquals(2, r.exit());
        assertTrue(
                r.err()
                        .startsWith(
                                "Invalid value for option '--fail-on': 'exposure' is not one of: internet-exposure\n"),
                r.err());
    }
}
