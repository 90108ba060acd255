package dev.polcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exposure to the internet of pods, exactly as of hosts: a Calico NetworkPolicy or a Kubernetes NetworkPolicy
 * that opens a pod to 0.0.0.0/0 is an open-to-internet warning (an error with --strict, printed by verify),
 * a public: entry naming the pod by namespace/name or by {workloads: SELECTOR, namespace: NS} silences it,
 * and diff --fail-on internet-exposure exits 3 for an undeclared one.
 */
class WorkloadInternetExposureTest {
    private static final String PROFILE = """
            title: Dev
            values:
              sshCidrs: [10.0.0.0/24]
              apiCidrs: [CIDRS]
            hosts:
              - name: web-1
                ips: [10.0.1.10]
                labels: {host: web}
            namespaces:
              - name: shop
                labels: {team: shop}
            workloads:
              - name: api-0
                namespace: shop
                labels: {app: api}
                ips: [10.0.64.17]
                node: web-1
                ports: [{name: http, port: 8080}]
              - name: db-0
                namespace: shop
                labels: {app: db}
                ips: [10.0.64.18]
            """;

    private static final String DOC = """
            ---
            title: Shop
            summary: The shop's API.
            parameters:
              apiCidrs: {type: "cidr[]", required: true, description: Who reaches the API.}
            ---
            Body.
            """;

    /** A Calico policy opening the named port http, and a Kubernetes policy opening 9090, both from apiCidrs. */
    private static final String TEMPLATE = """
            apiVersion: projectcalico.org/v3
            kind: NetworkPolicy
            metadata:
              name: api-in
              namespace: shop
            spec:
              selector: app == "api"
              types: [Ingress]
              ingress:
                - action: Allow
                  metadata: {annotations: {polcat.dev/rule: api-in}}
                  protocol: TCP
                  source: {nets: ${pc.flow(apiCidrs)}}
                  destination: {ports: [http]}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: metrics
              namespace: shop
            spec:
              podSelector: {matchLabels: {app: api}}
              ingress:
                - from: [{podSelector: {}}]
                - from: [{ipBlock: {cidr: ${apiCidrs[0]}}}]
                  ports: [{port: 9090}]
            """;

    @TempDir
    Path dir;

    private int catalogs;

    private TestCatalog catalog(String cidrs, String extra) {
        return TestCatalog.minimal(dir.resolve("c" + catalogs++))
                .with("profiles/dev.yaml", PROFILE.replace("CIDRS", cidrs) + extra)
                .with("templates/policies/shop.md", DOC)
                .with("templates/policies/shop.yaml.ftl", TEMPLATE);
    }

    @Test
    void aPodOpenedToTheInternetIsAWarningAtTheRuleThatOpensIt() {
        BuildResult r = catalog("0.0.0.0/0", "").build();
        assertFalse(r.failed());
        assertEquals("""
                templates/policies/shop.yaml.ftl:10:7: warning: open-to-internet: spec.ingress[0] (api-in) allows tcp/http from the internet (0.0.0.0/0) to shop/api-0, which profiles/dev.yaml does not declare public [P401] (env dev, policy shop)
                        - action: Allow
                          ^
                  hint: restrict the source to the networks that need it, or declare it in profiles/dev.yaml: public: [{ports: [tcp/8080], to: NAMESPACE/POD or {workloads: SELECTOR, namespace: NAMESPACE}, reason: ...}]
                  rendered/dev/shop.yaml:10:7 as rendered; see: polcat render --raw --env dev shop
                templates/policies/shop.yaml.ftl:25:7: warning: open-to-internet: spec.ingress[1] allows tcp/9090 from the internet (0.0.0.0/0) to shop/api-0, which profiles/dev.yaml does not declare public [P401] (env dev, policy shop)
                        - from: [{ipBlock: {cidr: 0.0.0.0/0}}]
                          ^
                  hint: restrict the source to the networks that need it, or declare it in profiles/dev.yaml: public: [{ports: [tcp/9090], to: NAMESPACE/POD or {workloads: SELECTOR, namespace: NAMESPACE}, reason: ...}]
                  rendered/dev/shop.yaml:25:7 as rendered; see: polcat render --raw --env dev shop""", TestCatalog.printed(r.diagnostics().all()));
    }

    @Test
    void narrowNetworksOpenNothingToTheInternet() {
        assertEquals("", catalog("10.0.0.0/24", "").diagnostics());
    }

    @Test
    void isAnErrorWithStrict() {
        BuildResult r =
                new Build().run(BuildRequest.of(catalog("0.0.0.0/0", "").root()).withStrict(true));
        assertTrue(r.failed());
        assertTrue(TestCatalog.printed(r.diagnostics().all())
                .contains("error: open-to-internet: spec.ingress[1] allows tcp/9090"));
    }

    @Test
    void aPublicEntryNamingThePodSilencesIt() {
        String bySelector = catalog("0.0.0.0/0", """
                public:
                  - ports: [tcp/8080, tcp/9090]
                    to: {workloads: app == "api", namespace: shop}
                    reason: the public API
                """).diagnostics();
        assertEquals("", bySelector);
        String byName = catalog("0.0.0.0/0", """
                public:
                  - ports: [tcp/8080, tcp/9090]
                    to: shop/api-0
                    reason: the public API
                """).diagnostics();
        assertEquals("", byName);
    }

    @Test
    void aPublicEntryForAnotherNamespaceOrPortDoesNot() {
        String otherNamespace = catalog("0.0.0.0/0", """
                public:
                  - ports: [tcp/8080, tcp/9090]
                    to: {workloads: app == "api", namespace: payments}
                    reason: not this one
                """).diagnostics();
        assertEquals(
                2,
                otherNamespace
                        .lines()
                        .filter(l -> l.contains("warning: open-to-internet"))
                        .count(),
                otherNamespace);
        String otherPort = catalog("0.0.0.0/0", """
                public:
                  - ports: [tcp/8081, tcp/9090]
                    to: {workloads: app == "api"}
                    reason: the named port http is 8080, not 8081
                """).diagnostics();
        assertTrue(otherPort.contains("open-to-internet: spec.ingress[0] (api-in) allows tcp/http"), otherPort);
        assertFalse(otherPort.contains("tcp/9090 from the internet"), otherPort);
    }

    @Test
    void verifyPrintsTheWarning() {
        ReviewCommandsTest.Run r = ReviewCommandsTest.run(
                "verify", "-C", catalog("0.0.0.0/0", "").root().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(
                r.err()
                        .contains(
                                "warning: open-to-internet: spec.ingress[1] allows tcp/9090 from the internet (0.0.0.0/0) to "
                                        + "shop/api-0"),
                r.err());
    }

    @Test
    void diffFailsOnAPodNewlyReachableFromTheInternetUnlessDeclared() {
        String base = catalog("10.0.0.0/24", "").root().toString();
        ReviewCommandsTest.Run r = ReviewCommandsTest.run(
                "diff",
                "--fail-on",
                "internet-exposure",
                base,
                catalog("0.0.0.0/0", "").root().toString());
        assertEquals(3, r.exit(), r.out());
        assertTrue(r.out().contains("""
                  New exposure to the internet:
                  OPENS  tcp/8080 to shop/api-0 from anywhere (0.0.0.0/0)  (not declared public)
                         allowed: policy shop/api-in spec.ingress[0] (api-in) matched Allow
                  OPENS  tcp/9090 to shop/api-0 from anywhere (0.0.0.0/0)  (not declared public)
                         allowed: policy shop/knp.default.metrics spec.ingress[1] matched Allow
                """), r.out());
        ReviewCommandsTest.Run declared = ReviewCommandsTest.run(
                "diff",
                "--fail-on",
                "internet-exposure",
                base,
                catalog(
                                "0.0.0.0/0",
                                "public:\n  - ports: [tcp/8080, tcp/9090]\n    to: {workloads: app == \"api\", namespace: shop}\n"
                                        + "    reason: the public API\n")
                        .root()
                        .toString());
        assertEquals(1, declared.exit(), declared.out());
        assertTrue(
                declared.out().contains("OPENS  tcp/9090 to shop/api-0 from anywhere (0.0.0.0/0)  (declared public)"),
                declared.out());
    }
}
