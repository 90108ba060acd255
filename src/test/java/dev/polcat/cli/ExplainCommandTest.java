package dev.polcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.cli.ReviewCommandsTest.Run;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {
    private static final String FILE = "src/test/resources/explain/ssh-from-anywhere.yaml";

    @Test
    void explainsEveryRuleAndWarnsAboutSshFromAnywhere() {
        Run r = ReviewCommandsTest.run("explain", FILE);
        assertEquals(0, r.exit(), r.err());
        assertEquals("""
                src/test/resources/explain/ssh-from-anywhere.yaml: GlobalNetworkPolicy allow-ssh
                  order 100 in tier default; selects all(); applies to Ingress and Egress traffic
                  ingress[0]  Allow inbound TCP to port 22 from anywhere
                  ingress[1]  Allow inbound ICMP type 8 (echo request) from anywhere
                  egress[0]   Allow outbound UDP to anywhere on port 53
                  warning: sensitive-port-open: spec.ingress[0] allows TCP 22 (SSH) from anywhere
                    hint: restrict source.nets (or source.selector) to the networks that need it
                  warning: all-selector-selects-workloads: selector all() also selects every workload endpoint (pod), not only host endpoints
                    hint: label host endpoints (e.g. endpoint_type: management) and select that label

                """, r.out());
    }

    @Test
    void strictTurnsCaveatsIntoFailure() {
        assertEquals(1, ReviewCommandsTest.run("explain", "--strict", FILE).exit());
    }

    @Test
    void alsoValidates() {
        Run r = ReviewCommandsTest.run("explain", "src/test/resources/broken-calico/01-port-on-icmp.yaml");
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("ingress[0]  Allow inbound ICMP to port 22 from anywhere"), r.out());
        assertTrue(r.err().contains("ports need protocol TCP, UDP or SCTP, got ICMP"), r.err());
    }

    @Test
    void markdownAndJson() {
        Run md = ReviewCommandsTest.run("explain", "--format", "markdown", FILE);
        assertTrue(md.out().startsWith("## GlobalNetworkPolicy `allow-ssh`\n"), md.out());
        assertTrue(md.out().contains("| `ingress[0]` | Allow inbound TCP to port 22 from anywhere |"), md.out());
        assertTrue(md.out().contains("- `sensitive-port-open` spec.ingress\\[0\\] allows TCP 22 (SSH) from anywhere"), md.out());
        Run json = ReviewCommandsTest.run("explain", "--format", "json", FILE);
        assertTrue(json.out().contains("\"explanation\" : \"Allow inbound TCP to port 22 from anywhere\""), json.out());
        assertTrue(json.out().contains("\"id\" : \"sensitive-port-open\""), json.out());
    }
}
