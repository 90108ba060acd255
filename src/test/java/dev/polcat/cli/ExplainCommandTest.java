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
        assertTrue(
                md.out().contains("- `sensitive-port-open` spec.ingress\\[0\\] allows TCP 22 (SSH) from anywhere"),
                md.out());
        Run json = ReviewCommandsTest.run("explain", "--format", "json", FILE);
        assertTrue(json.out().contains("\"explanation\" : \"Allow inbound TCP to port 22 from anywhere\""), json.out());
        assertTrue(json.out().contains("\"id\" : \"sensitive-port-open\""), json.out());
    }

    @Test
    void explainsEveryNewKindFieldByFieldAndRefusesWhatItCannotRead() {
        Run r = ReviewCommandsTest.run(
                "explain", "src/test/resources/explain/kinds.yaml", "src/test/resources/explain/unread-field.yaml");
        assertEquals(1, r.exit(), r.err());
        assertEquals("""
                src/test/resources/explain/kinds.yaml: NetworkPolicy db
                  Kubernetes policy, enforced by Calico as knp.default.db at order 1000 in tier default; selects pods with role=db and tier unset or not in (test) in namespace shop; isolates them for Ingress and Egress traffic: only what a rule (of this or another policy selecting them) allows gets through (policyTypes omitted, so Ingress and Egress, as it has egress rules)
                  ingress[0]  Allow inbound TCP to port 5432 or TCP to the port named metrics from pods with role=api in this namespace, or pods with a scraper label in namespaces with team=ops, or 10.0.0.0/8 except 10.9.0.0/16
                  egress[0]   Allow outbound UDP to ports 53-54 to every pod in every namespace

                src/test/resources/explain/kinds.yaml: StagedNetworkPolicy platform.old
                  staged, not enforced (Calico only reports what it would do in flow logs): previews deleting NetworkPolicy platform.old; traffic that policy decides would fall through to later policies and tiers

                src/test/resources/explain/kinds.yaml: StagedGlobalNetworkPolicy platform.api-clients
                  staged, not enforced (Calico only reports what it would do in flow logs): stagedAction Set previews GlobalNetworkPolicy platform.api-clients as written here; order 50 in tier platform; selects app == 'api' in namespaces team == 'shop' (so pods only, never host endpoints), running as service accounts role == 'client' (so pods only, never host endpoints); applies to Ingress traffic
                  ingress[0]  Allow inbound TCP to port 8443 from endpoints in namespaces with team = "shop" and using service accounts named web

                src/test/resources/explain/kinds.yaml: BGPPeer tor
                  BGP peering: nodes matching rack == 'a' peer with 10.0.0.1 in AS 64512; keepalive every 10s

                src/test/resources/explain/kinds.yaml: BGPConfiguration default
                  cluster-wide BGP settings: node-to-node mesh off; AS 64513; advertises service cluster IPs 10.96.0.0/12

                src/test/resources/explain/kinds.yaml: FelixConfiguration default
                  cluster-wide Felix settings; inbound failsafe: TCP 22 from 10.0.0.0/8; outbound failsafe: Felix's defaults; pod-to-host traffic after the pod's egress policy: Accept

                src/test/resources/explain/unread-field.yaml: GlobalNetworkPolicy security.allow-ssh
                  not explained: polcat could not read every field of this resource (see the errors)
                """ + "\n", r.out());
        assertEquals("""
                src/test/resources/explain/unread-field.yaml:10:7: error: spec.ingress[0].sourceNets: unknown field 'sourceNets' [P302]
                  hint: expected one of: action, destination, http, icmp, ipVersion, metadata, notICMP, notProtocol, protocol, source
                """, r.err());
    }

    @Test
    void explainsADirectoryLikeValidate() {
        Run r = ReviewCommandsTest.run("explain", "src/test/resources/mixed-files");
        assertEquals(1, r.exit(), r.err());
        assertTrue(
                r.out().contains("src/test/resources/mixed-files/02-deployment-and-policy.yaml: NetworkPolicy web\n"),
                r.out());
        assertTrue(
                r.out()
                        .contains(
                                "src/test/resources/mixed-files/04-staged-with-free-text.yaml: StagedGlobalNetworkPolicy security.preview\n"),
                r.out());
        assertTrue(r.err().contains("note: Deployment 'web' (apps/v1) skipped: not a policy kind [P307]"), r.err());
    }
}
