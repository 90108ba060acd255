package dev.polcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.cli.ReviewCommandsTest.Run;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code polcat why}, {@code polcat verify} and flow changes in {@code polcat diff}, on a small catalog. */
class FlowCommandsTest {
    @TempDir
    Path dir;

    private String catalog(String name) {
        return TestCatalog.copyOf(TestCatalog.fixture("guarded"), dir.resolve(name))
                .root()
                .toString();
    }

    @Test
    void whyExplainsAnAllowedAndADeniedFlow() {
        String c = catalog("c");
        Run allowed = ReviewCommandsTest.run("why", "-C", c, "--env", "prod", "10.1.0.7", "cp-1", "tcp/22");
        assertEquals(0, allowed.exit(), allowed.err());
        assertTrue(
                allowed.out()
                        .startsWith("ingress tcp/22 from 10.1.0.7 to cp-1 in prod\n"
                                + "allowed: policy base spec.ingress[0] (ssh) matched Allow\n"),
                allowed.out());
        Run denied = ReviewCommandsTest.run("why", "-C", c, "--env", "prod", "anywhere", "cp-1", "tcp/22");
        assertEquals(1, denied.exit(), denied.err());
        assertTrue(
                denied.out().contains("denied: no rule of policy base matched; end of tier default → deny"),
                denied.out());
        assertTrue(denied.out().contains("  normal: tier default: end of tier default → Deny"), denied.out());
        Run egress = ReviewCommandsTest.run("why", "-C", c, "--env", "prod", "cp-1", "10.2.0.11", "tcp/2379");
        assertEquals(0, egress.exit(), egress.out());
        Run bad = ReviewCommandsTest.run("why", "-C", c, "--env", "prod", "10.0.0.1", "10.0.0.2", "tcp/22");
        assertEquals(2, bad.exit());
        assertTrue(
                bad.err().contains("neither '10.0.0.1' nor '10.0.0.2' is a host of prod (hosts: cp-1, worker-1)"),
                bad.err());
    }

    @Test
    void verifyListsFailuresWithTheirTrail() {
        String c = catalog("c");
        Run ok = ReviewCommandsTest.run("verify", "-C", c);
        assertEquals(0, ok.exit(), ok.out());
        assertEquals("11 of 11 flow checks hold\n", ok.out());
        TestCatalog.copyOf(TestCatalog.fixture("guarded"), dir.resolve("broken"))
                .with(
                        "profiles/prod.yaml",
                        TestCatalog.read(TestCatalog.fixture("guarded").resolve("profiles/prod.yaml"))
                                .replace("hostSel: role in {\"cp\", \"worker\"}", "hostSel: role == \"cp\""));
        Run broken =
                ReviewCommandsTest.run("verify", "-C", dir.resolve("broken").toString());
        assertEquals(1, broken.exit());
        assertTrue(
                broken.out()
                        .contains("✘ prod [lockout] worker-1 keeps management SSH from 10.1.0.0/24 (guard.management)"),
                broken.out());
        assertTrue(broken.out().contains("flow checks hold; "), broken.out());
    }

    @Test
    void diffPutsFlowsThatOpenFirst() {
        String base = catalog("base");
        TestCatalog head = TestCatalog.copyOf(TestCatalog.fixture("guarded"), dir.resolve("head"));
        head.with(
                "profiles/prod.yaml",
                TestCatalog.read(TestCatalog.fixture("guarded").resolve("profiles/prod.yaml"))
                        .replace("mgmt: [10.1.0.0/24]", "mgmt: [10.1.0.0/24, 0.0.0.0/0]"));
        Run md = ReviewCommandsTest.run(
                "diff", "--format", "markdown", base, head.root().toString());
        assertEquals(1, md.exit(), md.err());
        // From anywhere: these open to the internet, so they lead, in the caution block.
        assertTrue(
                md.out()
                        .contains(
                                "> [!CAUTION]\n> **New exposure to the internet: 2 flows become reachable from anywhere:**\n"
                                        + "> - **Opens** `tcp/22 to cp-1 from anywhere (0.0.0.0/0)` in **prod**"),
                md.out());
        assertTrue(
                md.out().indexOf("[!CAUTION]") < md.out().indexOf("| Environment |"),
                "flows that open come before the table");
    }
}
