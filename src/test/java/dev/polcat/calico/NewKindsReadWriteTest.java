package dev.polcat.calico;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.net.Cidr;
import dev.polcat.yaml.StrictYamlReader;
import dev.polcat.yaml.YNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the Staged, Kubernetes, BGP and Felix kinds into their records, and writing them back canonically. */
class NewKindsReadWriteTest {
    private static final StrictYamlReader YAML = new StrictYamlReader();
    private static final CalicoReader READER = new CalicoReader();

    private static CalicoReader.Result read(String yaml) throws Exception {
        YNode doc = YAML.readSingle(yaml, "case.yaml");
        return READER.read(doc);
    }

    private static CalicoResource only(String yaml) throws Exception {
        CalicoReader.Result r = read(yaml);
        assertEquals(
                List.of(),
                r.errors().stream()
                        .map(e -> e.error().path() + ": " + e.error().message())
                        .toList());
        assertEquals(1, r.resources().size());
        return r.resources().get(0).resource();
    }

    /** Canonical output reads back to the same record and writes the same bytes. */
    private static void assertCanonical(String canonical) throws Exception {
        CalicoResource r = only(canonical);
        assertEquals(canonical, CalicoYamlWriter.write(r));
    }

    static final String K8S_NP = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: test-network-policy
              namespace: default
            spec:
              podSelector:
                matchLabels:
                  role: db
              ingress:
                - from:
                    - ipBlock:
                        cidr: 172.17.0.0/16
                        except:
                          - 172.17.1.0/24
                    - namespaceSelector:
                        matchLabels:
                          project: myproject
                    - podSelector:
                        matchExpressions:
                          - key: role
                            operator: In
                            values: [frontend, web]
                      namespaceSelector: {}
                  ports:
                    - protocol: TCP
                      port: 6379
                    - port: metrics
                    - protocol: UDP
                      port: 32000
                      endPort: 32768
              egress:
                - to:
                    - ipBlock:
                        cidr: 10.0.0.0/24
              policyTypes:
                - Ingress
                - Egress
            """;

    @Test
    void readsKubernetesNetworkPolicyWithEveryPeerAndPortForm() throws Exception {
        KubernetesNetworkPolicy np = assertInstanceOf(KubernetesNetworkPolicy.class, only(K8S_NP));
        assertEquals("knp.default.test-network-policy", np.calicoName());
        assertEquals(Map.of("role", "db"), np.spec().podSelector().matchLabels());
        List<KubernetesPeer> from = np.spec().ingress().get(0).peers();
        assertEquals("172.17.0.0/16", from.get(0).ipBlock().cidr().text());
        assertEquals(List.of("172.17.1.0/24"), Cidr.texts(from.get(0).ipBlock().except()));
        assertNull(from.get(1).podSelector());
        assertTrue(from.get(2).namespaceSelector().isEmpty(), "namespaceSelector: {} is every namespace");
        assertEquals(
                LabelOperator.IN,
                from.get(2).podSelector().matchExpressions().get(0).operator());
        var ports = np.spec().ingress().get(0).ports();
        assertEquals(Port.named("metrics"), ports.get(1).port());
        assertEquals("TCP", ports.get(1).effectiveProtocol().text(), "protocol defaults to TCP");
        assertEquals(32768, ports.get(2).endPort());
    }

    @Test
    void kubernetesPolicyTypesDefaultToIngressPlusEgressWhenThereAreEgressRules() throws Exception {
        var onlyEgress = assertInstanceOf(KubernetesNetworkPolicy.class, only("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: x, namespace: a}
                spec:
                  egress: [{}]
                """));
        assertEquals(
                List.of(PolicyType.INGRESS, PolicyType.EGRESS),
                onlyEgress.spec().effectivePolicyTypes());
        assertTrue(onlyEgress.spec().podSelector().isEmpty(), "absent podSelector selects every pod");
    }

    @Test
    void writesKubernetesNetworkPolicyCanonically() throws Exception {
        assertCanonical("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: db
                  namespace: shop
                spec:
                  podSelector:
                    matchLabels:
                      role: db
                  ingress:
                    - from:
                        - podSelector:
                            matchExpressions:
                              - key: role
                                operator: In
                                values: [api, web]
                          namespaceSelector: {}
                        - ipBlock:
                            cidr: 10.0.0.0/8
                            except: [10.1.0.0/16]
                      ports:
                        - protocol: TCP
                          port: 5432
                        - port: metrics
                        - protocol: UDP
                          port: 32000
                          endPort: 32768
                  policyTypes: [Ingress]
                """);
    }

    @Test
    void kubernetesAndCalicoNetworkPoliciesOfOneNameAreTwoResources() throws Exception {
        CalicoResource k8s = only(K8S_NP);
        CalicoResource calico = only("""
                apiVersion: projectcalico.org/v3
                kind: NetworkPolicy
                metadata: {name: test-network-policy, namespace: default}
                """);
        assertEquals("NetworkPolicy.networking.k8s.io/default/test-network-policy", k8s.key());
        assertEquals("NetworkPolicy/default/test-network-policy", calico.key());
    }

    @Test
    void readsStagedPoliciesWithTheirActionAndEnforcedForm() throws Exception {
        var sgnp = assertInstanceOf(StagedGlobalNetworkPolicy.class, only("""
                apiVersion: projectcalico.org/v3
                kind: StagedGlobalNetworkPolicy
                metadata: {name: security.default-deny}
                spec:
                  tier: security
                  order: 2000
                  selector: all()
                  types: [Ingress, Egress]
                """));
        assertEquals(StagedAction.SET, sgnp.stagedAction(), "Set is the default");
        assertEquals(new GlobalNetworkPolicy(sgnp.metadata(), sgnp.spec()), sgnp.enforced());
        var snp = assertInstanceOf(StagedNetworkPolicy.class, only("""
                apiVersion: projectcalico.org/v3
                kind: StagedNetworkPolicy
                metadata: {name: old, namespace: shop}
                spec:
                  stagedAction: Delete
                """));
        assertEquals(StagedAction.DELETE, snp.stagedAction());
        assertEquals(Kind.NETWORK_POLICY, snp.enforced().kind());
        var sknp = assertInstanceOf(StagedKubernetesNetworkPolicy.class, only("""
                apiVersion: projectcalico.org/v3
                kind: StagedKubernetesNetworkPolicy
                metadata: {name: db, namespace: shop}
                spec:
                  stagedAction: Set
                  podSelector: {matchLabels: {role: db}}
                  ingress: [{from: [{podSelector: {}}]}]
                """));
        assertEquals(Kind.KUBERNETES_NETWORK_POLICY, sknp.enforced().kind());
        assertEquals(sknp.spec(), sknp.enforced().spec());
    }

    @Test
    void writesStagedPoliciesCanonically() throws Exception {
        assertCanonical("""
                apiVersion: projectcalico.org/v3
                kind: StagedGlobalNetworkPolicy
                metadata:
                  name: security.default-deny
                spec:
                  stagedAction: Set
                  tier: security
                  order: 2000
                  selector: all()
                  types: [Ingress, Egress]
                """);
        assertCanonical("""
                apiVersion: projectcalico.org/v3
                kind: StagedNetworkPolicy
                metadata:
                  name: old
                  namespace: shop
                spec:
                  stagedAction: Delete
                """);
        assertCanonical("""
                apiVersion: projectcalico.org/v3
                kind: StagedKubernetesNetworkPolicy
                metadata:
                  name: db
                  namespace: shop
                spec:
                  stagedAction: Set
                  podSelector: {}
                  egress:
                    - to:
                        - namespaceSelector:
                            matchLabels:
                              name: kube-system
                """);
    }

    @Test
    void readsAndWritesBgpPeerBgpConfigurationAndFelixConfiguration() throws Exception {
        String peer = """
                apiVersion: projectcalico.org/v3
                kind: BGPPeer
                metadata:
                  name: rack1-tor
                spec:
                  nodeSelector: "rack == 'rack-1'"
                  peerIP: 10.0.0.100
                  asNumber: 64512
                  password:
                    secretKeyRef:
                      name: bgp-secrets
                      key: rr-password
                  keepaliveTime: "30s"
                  filters: [export-only]
                """;
        assertCanonical(peer);
        BgpPeer p = assertInstanceOf(BgpPeer.class, only(peer));
        assertEquals(64512L, p.spec().asNumber());
        BgpPeer dotted = assertInstanceOf(BgpPeer.class, only("""
                apiVersion: projectcalico.org/v3
                kind: BGPPeer
                metadata: {name: p}
                spec: {peerIP: 10.0.0.1, asNumber: "1.10"}
                """));
        assertEquals(65546L, dotted.spec().asNumber(), "dotted AS numbers are two 16-bit halves");
        String bgp = """
                apiVersion: projectcalico.org/v3
                kind: BGPConfiguration
                metadata:
                  name: default
                spec:
                  nodeToNodeMeshEnabled: false
                  asNumber: 63400
                  serviceClusterIPs:
                    - cidr: 10.96.0.0/12
                  listenPort: 179
                """;
        assertCanonical(bgp);
        assertTrue(!assertInstanceOf(BgpConfiguration.class, only(bgp)).spec().isNodeMeshEnabled());
        String felix = """
                apiVersion: projectcalico.org/v3
                kind: FelixConfiguration
                metadata:
                  name: default
                spec:
                  defaultEndpointToHostAction: Drop
                  failsafeInboundHostPorts:
                    - protocol: TCP
                      port: 22
                      net: 10.0.0.0/8
                  failsafeOutboundHostPorts: []
                """;
        assertCanonical(felix);
        FelixConfiguration f = assertInstanceOf(FelixConfiguration.class, only(felix));
        assertEquals(List.of(), f.spec().failsafeOutboundHostPorts(), "[] turns failsafe off");
        assertNull(
                assertInstanceOf(FelixConfiguration.class, only("""
                apiVersion: projectcalico.org/v3
                kind: FelixConfiguration
                metadata: {name: default}
                """)).spec().failsafeInboundHostPorts(),
                "absent means Felix's defaults");
    }

    @Test
    void errorsInNewKindsPointAtTheFieldTheyAreAbout() throws Exception {
        CalicoReader.Result r = read("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: x, namespace: a}
                spec:
                  ingress:
                    - from:
                        - podSelector:
                            matchExpressions:
                              - {key: app, operator: Equals, values: [a]}
                """);
        assertEquals(1, r.errors().size());
        CalicoReader.Located e = r.errors().get(0);
        assertEquals(
                "spec.ingress[0].from[0].podSelector.matchExpressions[0].operator",
                e.error().path());
        assertEquals("invalid operator 'Equals'", e.error().message());
        assertEquals(9, e.positions().at(e.error().path()).line());
    }

    @Test
    void convertsKubernetesPolicyAsCalicoEnforcesIt() throws Exception {
        NetworkPolicy np = KubernetesPolicyConversion.toCalico((KubernetesNetworkPolicy) only(K8S_NP));
        assertEquals("knp.default.test-network-policy", np.name());
        assertEquals("default", np.metadata().namespace());
        assertEquals(new java.math.BigDecimal(1000), np.spec().order());
        assertEquals(
                "projectcalico.org/orchestrator == 'k8s' && role == 'db'",
                np.spec().selector().text());
        assertEquals(9, np.spec().ingress().size(), "one rule per peer and port");
        Rule first = np.spec().ingress().get(0);
        assertEquals(List.of("172.17.0.0/16"), Cidr.texts(first.source().nets()));
        assertEquals(List.of("172.17.1.0/24"), Cidr.texts(first.source().notNets()));
        assertEquals("TCP", first.protocol().text());
        assertEquals(List.of(Port.single(6379)), first.destination().ports());
        Rule nsOnly = np.spec().ingress().get(3);
        assertEquals(
                "projectcalico.org/orchestrator == 'k8s'",
                nsOnly.source().selector().text());
        assertEquals(
                "project == 'myproject'", nsOnly.source().namespaceSelector().text());
        Rule both = np.spec().ingress().get(8);
        assertEquals(
                "projectcalico.org/orchestrator == 'k8s' && role in { 'frontend', 'web' }",
                both.source().selector().text());
        assertEquals("all()", both.source().namespaceSelector().text());
        assertEquals(List.of(Port.range(32000, 32768)), both.destination().ports());
        assertEquals("UDP", both.protocol().text());
        Rule egress = np.spec().egress().get(0);
        assertEquals(List.of("10.0.0.0/24"), Cidr.texts(egress.destination().nets()));
        assertEquals(List.of(PolicyType.INGRESS, PolicyType.EGRESS), np.spec().types());
    }
}
