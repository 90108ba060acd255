package dev.polcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.testing.TestCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** polcat rollout: four steps in order, Felix's patch last and only when the guard holds with failsafe ports off. */
class RolloutCommandTest {
    @TempDir
    Path dir;

    @Test
    void prodGetsFourStepsWithTheFelixPatchLast() throws Exception {
        ReviewCommandsTest.Run r = ReviewCommandsTest.run("rollout", "--env", "prod");
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        int[] at = {
            out.indexOf("\n1. Stage the changed policies"),
            out.indexOf("\n2. Apply the real policies in apply order"),
            out.indexOf("\n3. Check"),
            out.indexOf("\n4. Only now, set Felix's failsafe ports")
        };
        for (int i = 0; i < at.length; i++)
            assertTrue(at[i] > 0 && (i == 0 || at[i] > at[i - 1]), "step " + (i + 1) + ":\n" + out);
        assertTrue(out.contains("   $ polcat verify --env prod\n"), out);
        assertTrue(
                out.contains(
                        "calicoctl patch felixconfiguration default --patch \"$(grep -v '^#' site/download/prod/prod-felixconfiguration.yaml)\""),
                out);
        assertTrue(
                out.contains(
                        "undo: calicoctl patch felixconfiguration default --patch '{\"spec\": {\"failsafeInboundHostPorts\": null, "
                                + "\"failsafeOutboundHostPorts\": null}}'"),
                out);
        String patch = Files.readString(Path.of("site/download/prod/prod-felixconfiguration.yaml"));
        assertTrue(
                patch.endsWith("\n{\"spec\": {\"failsafeInboundHostPorts\": [], \"failsafeOutboundHostPorts\": []}}\n"),
                patch);
    }

    @Test
    void anEnvironmentKeepingFelixDefaultsSaysSo() {
        ReviewCommandsTest.Run r = ReviewCommandsTest.run("rollout", "--env", "staging");
        assertTrue(r.out().contains("\n4. Felix's failsafe ports: left at Felix's defaults\n"), r.out());
        assertTrue(!r.out().contains("patch felixconfiguration"), r.out());
    }

    @Test
    void refusesTheFelixStepWithoutAGuard() {
        TestCatalog c = TestCatalog.minimal(dir)
                .with("profiles/dev.yaml", """
                title: Dev
                values:
                  sshCidrs: [10.0.0.0/24]
                failsafe:
                  inbound: none
                  outbound: none
                """)
                .with("templates/policies/failsafe.yaml.ftl", """
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata:
                  name: failsafe
                spec:
                  order: 0
                  selector: has(host)
                  ingress:
                    - action: Allow
                      protocol: TCP
                      destination: {ports: [22]}
                """)
                .with("templates/policies/failsafe.md", "---\ntitle: Failsafe\nsummary: x\n---\nBody.\n");
        ReviewCommandsTest.Run r =
                ReviewCommandsTest.run("rollout", "-C", c.root().toString(), "--env", "dev");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().endsWith("""
                4. Set Felix's failsafe ports: refused
                   polcat will not give this step: profiles/dev.yaml declares no guard: flows, so nothing shows that the hosts stay reachable once the failsafe ports are narrowed.
                """), r.out());
    }

    @Test
    void anUnknownEnvironmentIsAnInputError() {
        ReviewCommandsTest.Run r = ReviewCommandsTest.run("rollout", "--env", "prd");
        assertEquals(2, r.exit());
        assertEquals("polcat: error: unknown environment 'prd'; did you mean 'prod'?\n", r.err());
    }
}
