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

    /**
     * The example's namespace-isolation template mixes Kubernetes NetworkPolicies, a Calico NetworkPolicy
     * and the catalog's own StagedNetworkPolicy of that policy's name; workload-platform puts policies in a
     * tier. Staging must neither overwrite nor later delete the catalog's own staged policy, must stage the
     * Kubernetes ones too, must create the tier first, and calicoctl must never get a Kubernetes file.
     */
    @Test
    void stagingKeepsTheCatalogsOwnStagedPoliciesAndEachFileGoesToAToolThatReadsIt() throws Exception {
        String staged = Files.readString(Path.of("site/download/prod/staged/prod-namespace-isolation.staged.yaml"));
        assertTrue(
                staged.contains("# Not staged:  StagedNetworkPolicy/shop/allow-from-ingress "
                        + "(the catalog defines a staged policy of that name)\n"),
                staged);
        assertTrue(!staged.contains("kind: StagedNetworkPolicy\n"), staged);
        assertTrue(staged.contains("kind: StagedKubernetesNetworkPolicy\nmetadata:\n  name: default-deny\n"), staged);
        assertTrue(Files.readString(Path.of("site/download/prod/staged/prod-tiers.yaml"))
                .contains("kind: Tier\nmetadata:\n  name: platform\n"));

        String out = ReviewCommandsTest.run("rollout", "--env", "prod").out();
        String step1 = out.substring(out.indexOf("\n1. "), out.indexOf("\n2. "));
        String step2 = out.substring(out.indexOf("\n2. "), out.indexOf("\n3. "));
        assertTrue(
                step1.indexOf("$ calicoctl apply -f site/download/prod/staged/prod-tiers.yaml\n")
                        < step1.indexOf("prod-workload-platform.staged.yaml"),
                step1);
        assertTrue(step2.contains("In apply order: workload-platform first, default-deny last."), step2);
        assertTrue(step2.contains("""
                           $ (for f in \\
                                 site/download/prod/prod-namespace-isolation.yaml; do
                               kubectl apply -f "$f" || exit
                             done)
                        """), step2);
        assertTrue(step2.contains("""
                           undo: (for f in \\
                                     site/download/prod/prod-namespace-isolation.yaml; do
                                   kubectl delete -f "$f" || exit
                                 done)
                        """), step2);
        for (String loop : step2.split("\\$ |undo: ")) {
            if (loop.contains("calicoctl")) assertTrue(!loop.contains("prod-namespace-isolation.yaml;"), loop);
        }
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
