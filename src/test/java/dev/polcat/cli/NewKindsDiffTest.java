package dev.polcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * diff shows what changed in every kind issue 13 added, not just that it changed: staged Calico policies rule by
 * rule like their enforced kinds, Kubernetes policies (staged or not) field by field, BGP and Felix settings
 * field by field.
 */
class NewKindsDiffTest {
    private static final String KINDS = """
            apiVersion: projectcalico.org/v3
            kind: StagedGlobalNetworkPolicy
            metadata: {name: staged-ssh}
            spec:
              selector: has(host)
              ingress:
                - action: Allow
                  protocol: TCP
                  source: {nets: [NET]}
                  destination: {ports: [22]}
            ---
            apiVersion: projectcalico.org/v3
            kind: StagedKubernetesNetworkPolicy
            metadata: {name: staged-db, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: db}}
              policyTypes: [Ingress]
              ingress:
                - ports: [{port: PORT}]
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: db, namespace: shop}
            spec:
              podSelector: {}
              ingress:
                - from: [{ipBlock: {cidr: 10.0.0.0/8, except: [NET]}}]
            ---
            apiVersion: projectcalico.org/v3
            kind: BGPPeer
            metadata: {name: tor-1}
            spec: {peerIP: 10.0.1.1, asNumber: AS}
            """;

    @TempDir
    Path dir;

    private String side(String name, String net, String port, String as) {
        return TestCatalog.minimal(dir.resolve(name))
                .with("templates/policies/kinds.md", "---\ntitle: Kinds\nsummary: Every new kind.\n---\nBody.\n")
                .with(
                        "templates/policies/kinds.yaml.ftl",
                        KINDS.replace("NET", net).replace("PORT", port).replace("AS", as))
                .root()
                .toString();
    }

    @Test
    void everyNewKindShowsWhatChanged() {
        ReviewCommandsTest.Run r = ReviewCommandsTest.run(
                "diff", side("base", "10.1.0.0/16", "5432", "64512"), side("head", "10.2.0.0/16", "5433", "64600"));
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("""
                  changed BGPPeer/tor-1 (policy kinds)
                    spec.asNumber: 64512 → 64600
                  changed NetworkPolicy.networking.k8s.io/shop/db (policy kinds)
                    spec.ingress[0].from[0].ipBlock.except: [10.1.0.0/16] → [10.2.0.0/16]
                  changed StagedGlobalNetworkPolicy/staged-ssh (policy kinds)
                    changed rule ingress[0] Allow inbound TCP to port 22 from 10.2.0.0/16
                      source.nets: [10.1.0.0/16] → [10.2.0.0/16]
                  changed StagedKubernetesNetworkPolicy/shop/staged-db (policy kinds)
                    spec.ingress[0].ports[0].port: 5432 → 5433
                """), r.out());
    }
}
