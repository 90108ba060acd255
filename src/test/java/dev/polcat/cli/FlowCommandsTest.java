package dev.polcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.cli.ReviewCommandsTest.Run;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** Each argument of why is read once, as typed values; a mistake names the argument, a refused flow says why. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            10.1.0.7   | cp-1       | tcp/x      | SERVICE 'tcp/x': port 'x' is not a number
            10.1.0.7   | cp-1       | gre/1      | SERVICE 'gre/1': unknown protocol 'gre' (tcp, udp, icmp, icmpv6, sctp, udplite or a number)
            10.1.0.7   | cp-1       | 0          | SERVICE '0': protocol number 0 is not 1-255
            a/b/c      | cp-1       | tcp/22     | FROM 'a/b/c': not namespace/name (a workload has one slash)
            10.1.0.300 | cp-1       | tcp/22     | FROM '10.1.0.300': not a valid IP address or network
            cp-1       | 10.0.0.1/33 | tcp/22    | TO '10.0.0.1/33': not a valid IP address or network
            fd00::zz   | cp-1       | tcp/22     | FROM 'fd00::zz': not a valid IP address or network
            cp-1       | /x         | tcp/22     | TO '/x': a workload is written namespace/name
            10.1.0.7   | cp-1       | icmp/300   | ICMP type 300 out of range
            10.1.0.7   | cp-1       | 47/80      | a port needs TCP, UDP or SCTP (or ICMP for an ICMP type)
            fd00::1    | cp-1       | tcp/22     | no IP version fits both ends of ingress tcp/22 from fd00::1 to cp-1
            cp-1       | shop/web-9 | tcp/22     | unknown workload 'shop/web-9'; the environment declares no workloads
            """)
    void whyNamesTheArgumentItCannotReadAndTheReasonItCannotAnswer(
            String from, String to, String service, String error) {
        Run r = ReviewCommandsTest.run("why", "-C", catalog("c"), "--env", "prod", from, to, service);
        assertEquals(2, r.exit(), r.out());
        assertEquals("", r.out());
        assertEquals("polcat: error: " + error + "\n", r.err());
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
