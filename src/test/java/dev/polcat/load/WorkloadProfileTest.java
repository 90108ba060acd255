package dev.polcat.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.build.BuildResult;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.Workload;
import dev.polcat.net.Cidr;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Namespaces and workloads in profiles: what they read as, how extends merges them, every error exactly. */
class WorkloadProfileTest {
    private static final String HEAD = """
            values:
              sshCidrs: [10.0.0.0/24]
            hosts:
              - name: node-1
                ips: [10.0.1.10]
            namespaces:
              - name: shop
                labels: {team: shop}
            """;

    @TempDir
    Path dir;

    @Test
    void readsNamespacesAndWorkloadsWithDefaults() {
        BuildResult r =
                TestCatalog.minimal(dir).with("profiles/dev.yaml", HEAD + """
                workloads:
                  - name: api-1
                    namespace: shop
                    labels: {app: api}
                    serviceAccount: {name: api, labels: {tier: backend}}
                    ips: [10.40.1.10]
                    node: node-1
                    ports: [{name: http, port: 8080}, {name: metrics, protocol: UDP, port: 9090}]
                  - name: web-1
                    namespace: shop
                """).build();
        assertFalse(r.failed(), TestCatalog.printed(r.diagnostics().all()));
        Profile dev = r.catalog().environment("dev").orElseThrow();
        assertEquals(Map.of("team", "shop"), dev.namespace("shop").orElseThrow().labels());
        Workload api = dev.workload("shop/api-1").orElseThrow();
        assertEquals(Map.of("app", "api"), api.labels());
        assertEquals("api", api.serviceAccount());
        assertEquals(Map.of("tier", "backend"), api.serviceAccountLabels());
        assertEquals(List.of("10.40.1.10"), Cidr.texts(api.ips()));
        assertEquals("node-1", api.node());
        assertEquals(
                List.of(new Workload.NamedPort("http", "TCP", 8080), new Workload.NamedPort("metrics", "UDP", 9090)),
                api.ports());
        Workload web = dev.workload("shop/web-1").orElseThrow();
        assertEquals("default", web.serviceAccount());
        assertEquals("", web.node());
        assertTrue(web.ips().isEmpty());
    }

    @Test
    void extendsReplacesTheListsLikeEveryOtherList() {
        BuildResult r = TestCatalog.minimal(dir)
                .with("profiles/base.yaml", "abstract: true\n" + HEAD + "workloads:\n  - {name: a, namespace: shop}\n")
                .with(
                        "profiles/dev.yaml",
                        "extends: base\nworkloads:\n  - {name: b, namespace: shop, ips: [10.40.1.11]}\n")
                .build();
        assertFalse(r.failed(), TestCatalog.printed(r.diagnostics().all()));
        Profile dev = r.catalog().environment("dev").orElseThrow();
        assertEquals(
                List.of("shop/b"), dev.workloads().stream().map(Workload::ref).toList());
        assertEquals("shop", dev.namespaces().get(0).name());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("unknown workload key", "  - {name: a, namespace: shop, lables: {app: x}}", """
                        profiles/dev.yaml:10:32: error: workloads[0]: unknown key 'lables' [P104]
                          hint: did you mean 'labels'?"""),
                Arguments.of("undeclared namespace", "  - {name: a, namespace: shpo}", """
                        profiles/dev.yaml:10:26: error: workloads[0].namespace: 'shpo' is not one of the profile's namespaces [P107]
                          hint: did you mean 'shop'?"""),
                Arguments.of("unknown node", "  - {name: a, namespace: shop, node: node-2}", """
                        profiles/dev.yaml:10:38: error: workloads[0].node: 'node-2' is not one of the profile's hosts [P107]
                          hint: did you mean 'node-1'?"""),
                Arguments.of("bad pod name", "  - {name: Api_1, namespace: shop}", """
                        profiles/dev.yaml:10:12: error: workloads[0].name: 'Api_1' is not a valid pod name [P107]
                          hint: use at most 253 lowercase letters, digits and '-' (and '.'), starting and ending with a letter or digit"""),
                Arguments.of(
                        "duplicate workload", "  - {name: a, namespace: shop}\n  - {name: a, namespace: shop}", """
                        profiles/dev.yaml:11:5: error: workloads[1]: duplicate workload 'shop/a' [P107]"""),
                Arguments.of("network instead of address", "  - {name: a, namespace: shop, ips: [10.40.0.0/16]}", """
                        profiles/dev.yaml:10:38: error: workloads[0].ips: '10.40.0.0/16' is not an IP address [P107]
                          hint: write an address such as 10.40.1.10 or fd00:40::10"""),
                Arguments.of("label value not a string", "  - {name: a, namespace: shop, labels: {replicas: 3}}", """
                        profiles/dev.yaml:10:51: error: workloads[0].labels.replicas: label values must be strings, got a number [P107]
                          hint: quote it: "3\""""),
                Arguments.of("bad label key", "  - {name: a, namespace: shop, labels: {'Example.com/app': x}}", """
                        profiles/dev.yaml:10:41: error: workloads[0].labels: label key 'Example.com/app' is not valid: the prefix 'Example.com' is not a lowercase DNS subdomain; a label key is an optional DNS subdomain prefix and '/', then a name of at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit [P107]
                          hint: e.g. app: web or app.kubernetes.io/name: web"""),
                Arguments.of("bad label value", "  - {name: a, namespace: shop, labels: {app: -x}}", """
                        profiles/dev.yaml:10:46: error: workloads[0].labels: label value '-x' of 'app' is not valid: only letters, digits, '-', '_' and '.' are allowed, starting and ending with a letter or digit; a label value is empty or at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit [P107]
                          hint: e.g. app: web"""),
                Arguments.of(
                        "bad port protocol",
                        "  - {name: a, namespace: shop, ports: [{name: dns, protocol: udp, port: 53}]}",
                        """
                        profiles/dev.yaml:10:62: error: workloads[0].ports[0].protocol: expected TCP, UDP or SCTP [P107]
                          hint: did you mean 'UDP'?"""),
                Arguments.of(
                        "port name too long",
                        "  - {name: a, namespace: shop, ports: [{name: prometheus-metrics, port: 9090}]}",
                        """
                        profiles/dev.yaml:10:47: error: workloads[0].ports[0].name: 'prometheus-metrics' is not a valid port name [P107]
                          hint: at most 15 lowercase letters, digits and '-', with a letter, no '--', not starting or ending with '-'"""),
                Arguments.of(
                        "service account key typo",
                        "  - {name: a, namespace: shop, serviceAccount: {name: api, label: {x: y}}}",
                        """
                        profiles/dev.yaml:10:60: error: workloads[0].serviceAccount: unknown key 'label' [P104]
                          hint: did you mean 'labels'?"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheProblemPrecisely(String name, String workloads, String expected) {
        BuildResult r = TestCatalog.minimal(dir)
                .with("profiles/dev.yaml", HEAD + "workloads:\n" + workloads + "\n")
                .build();
        String printed = TestCatalog.printed(r.diagnostics().all());
        assertTrue(r.failed(), name + ": expected the build to fail, got:\n" + printed);
        assertEquals(expected.strip(), printed.strip(), name);
    }

    @Test
    void reportsABadNamespaceName() {
        BuildResult r = TestCatalog.minimal(dir).with("profiles/dev.yaml", """
                values:
                  sshCidrs: [10.0.0.0/24]
                namespaces:
                  - name: shop.prod
                  - {name: x, label: {}}
                """).build();
        assertEquals("""
                profiles/dev.yaml:4:11: error: namespaces[0].name: 'shop.prod' is not a valid namespace name [P107]
                  hint: use at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit
                profiles/dev.yaml:5:15: error: namespaces[1]: unknown key 'label' [P104]
                  hint: did you mean 'labels'?""", TestCatalog.printed(r.diagnostics().all()).strip());
    }
}
