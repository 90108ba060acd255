package dev.polcat.analyze.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.FlowCheck;
import dev.polcat.build.BuildResult;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lockout guard for pods ({@code guard.workloads}): a change that cuts pods off DNS, or leaves them reaching
 * the API server on a host only through Felix's failsafe ports, is an error at the guard entry; entries that
 * cannot be a pod's path are refused where they are written.
 */
class WorkloadLockoutGuardTest {
    private static final String PROFILE = """
            title: Dev
            values:
              sshCidrs: [10.0.0.0/24]
              dnsSelector: k8s-app == "kube-dns"
            hosts:
              - {name: cp-1, ips: [10.0.1.10], labels: {host: cp}}
            namespaces:
              - {name: shop}
              - {name: kube-system}
            workloads:
              - {name: api-0, namespace: shop, labels: {app: api}, ips: [10.0.64.10], node: cp-1}
              - {name: web-0, namespace: shop, labels: {app: web}, ips: [10.0.64.11], node: cp-1}
              - {name: coredns-0, namespace: kube-system, labels: {k8s-app: kube-dns}, ips: [10.0.64.2], node: cp-1}
            guard:
              workloads:
            """;

    private static final String DNS = """
                - allow: udp/53
                  from: {workloads: all(), namespace: shop}
                  to: {workloads: k8s-app == "kube-dns", namespace: kube-system}
                  reason: pods resolve names
            """;

    private static final String DOC = """
            ---
            title: Shop
            summary: The shop's pods.
            parameters:
              dnsSelector: {type: selector, required: true, description: The DNS pods.}
            ---
            Body.
            """;

    /** The shop denies everything but DNS to kube-dns; the ssh policy (of the minimal fixture) closes the host but for SSH. */
    private static final String TEMPLATE = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny
              namespace: shop
            spec:
              podSelector: {}
              policyTypes: [Ingress, Egress]
            ---
            apiVersion: projectcalico.org/v3
            kind: NetworkPolicy
            metadata:
              name: dns
              namespace: shop
            spec:
              selector: all()
              types: [Egress]
              egress:
                - action: Allow
                  protocol: UDP
                  destination:
                    namespaceSelector: projectcalico.org/name == "kube-system"
                    selector: ${dnsSelector}
                    ports: [53]
            """;

    @TempDir
    Path dir;

    private TestCatalog catalog(String guard, String dnsSelector) {
        return TestCatalog.minimal(dir)
                .with("profiles/dev.yaml", PROFILE.replace("k8s-app == \"kube-dns\"\n", dnsSelector + "\n") + guard)
                .with("templates/policies/shop.md", DOC)
                .with("templates/policies/shop.yaml.ftl", TEMPLATE);
    }

    @Test
    void pathsThatHoldAreCheckedForEveryPodWithFailsafePortsOnAndOff() {
        BuildResult r = catalog(DNS, "k8s-app == \"kube-dns\"").build();
        assertFalse(r.failed(), () -> TestCatalog.printed(r.diagnostics().all()));
        EnvironmentAnalysis dev = r.analysis().environment("dev").orElseThrow();
        assertEquals(
                """
                api-0 keeps udp/53 from workloads(all() in shop) to workloads(k8s-app == "kube-dns" in kube-system) (pods resolve names; guard.workloads): path udp/53 from shop/api-0 to kube-system/coredns-0 with failsafe ports off: true
                api-0 keeps udp/53 from workloads(all() in shop) to workloads(k8s-app == "kube-dns" in kube-system) (pods resolve names; guard.workloads): path udp/53 from shop/api-0 to kube-system/coredns-0 with the environment's failsafe ports: true
                web-0 keeps udp/53 from workloads(all() in shop) to workloads(k8s-app == "kube-dns" in kube-system) (pods resolve names; guard.workloads): path udp/53 from shop/web-0 to kube-system/coredns-0 with failsafe ports off: true
                web-0 keeps udp/53 from workloads(all() in shop) to workloads(k8s-app == "kube-dns" in kube-system) (pods resolve names; guard.workloads): path udp/53 from shop/web-0 to kube-system/coredns-0 with the environment's failsafe ports: true
                """.replace("api-0 keeps", "shop/api-0 keeps").replace("web-0 keeps", "shop/web-0 keeps"),
                dev.checks().stream()
                        .filter(c -> c.kind() == FlowCheck.Kind.GUARD)
                        .map(c -> c.requirement() + ": " + c.flow() + " " + c.modeText() + ": " + c.holds() + "\n")
                        .reduce("", String::concat));
    }

    @Test
    void aSelectorTypoThatCutsPodsOffDnsIsALockout() {
        assertEquals("""
                profiles/dev.yaml:16:7: error: lockout: shop/api-0, shop/web-0 would lose udp/53 from workloads(all() in shop) to workloads(k8s-app == "kube-dns" in kube-system) (pods resolve names; guard.workloads): path udp/53 from shop/api-0 to kube-system/coredns-0 is denied with failsafe ports off [P502] (env dev)
                  hint: denied: no rule of policies shop/knp.default.default-deny, shop/dns matched; end of tier default → deny
                  hint: full trail: polcat why --env dev shop/api-0 kube-system/coredns-0 udp/53 --failsafe off
                templates/policies/shop.yaml.ftl:19:7: warning: selects-nothing: spec.egress[0] destination.selector k8s-app == "kube-dnss" selects nothing in dev [P401] (env dev, policy shop)
                        - action: Allow
                          ^
                  hint: no endpoint has k8s-app = kube-dnss; did you mean 'kube-dns'?
                  rendered/dev/shop.yaml:19:7 as rendered; see: polcat render --raw --env dev shop""", catalog(DNS, "k8s-app == \"kube-dnss\"").diagnostics());
    }

    @Test
    void aPathThatHoldsOnlyThroughFailsafePortsIsALockout() {
        String out = catalog("""
                    - allow: tcp/6443
                      from: kube-system/coredns-0
                      to: {hosts: has(host)}
                      reason: the DNS pods watch the API server
                """, "k8s-app == \"kube-dns\"").diagnostics();
        assertEquals("""
                profiles/dev.yaml:16:7: error: lockout: kube-system/coredns-0 would lose tcp/6443 from kube-system/coredns-0 to hosts(has(host)) (the DNS pods watch the API server; guard.workloads): path tcp/6443 from kube-system/coredns-0 to cp-1 is denied with failsafe ports off [P502] (env dev)
                  hint: denied: no rule of policy ssh matched; end of tier default → deny
                  hint: full trail: polcat why --env dev kube-system/coredns-0 cp-1 tcp/6443 --failsafe off""", out);
    }

    @Test
    void entriesThatAreNotAPodsPathAreRefusedWhereTheyAreWritten() {
        String out = catalog("""
                    - deny: udp/53
                      from: shop/api-0
                      to: anywhere
                    - allow: tcp/22
                      from: 10.0.0.0/24
                      to: cp-1
                """, "k8s-app == \"kube-dns\"").diagnostics();
        assertEquals("""
                profiles/dev.yaml:16:7: error: guard.workloads: a guarded path must be allowed: write allow: udp/53 [P107]
                  hint: flows that must be denied go under expect:
                profiles/dev.yaml:19:7: error: guard.workloads: allow tcp/22 from 10.0.0.0/24 to cp-1 has no workload at either end [P107]
                  hint: name a pod (namespace/name) or {workloads: SELECTOR, namespace: NS}; paths between hosts and networks go under management, datastore, bgp or expect:""", out);
    }

    @Test
    void aSelectorThatMatchesNoPodIsAnError() {
        String out = catalog("""
                    - allow: udp/53
                      from: {workloads: app == "nope"}
                      to: kube-system/coredns-0
                """, "k8s-app == \"kube-dns\"").diagnostics();
        assertEquals(
                "profiles/dev.yaml:16:7: error: guard.workloads: cannot check allow udp/53 from workloads(app == \"nope\") to "
                        + "kube-system/coredns-0: no workload of dev matches app == \"nope\" [P107] (env dev)",
                out);
    }
}
