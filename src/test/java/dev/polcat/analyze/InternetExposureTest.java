package dev.polcat.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exposure to the internet end to end in a small catalog: a warning, an error with --strict, silence
 * once the profile declares it public; the exact errors for a malformed public: list; and an authored
 * caveat tied to a flow that the change contradicts failing the build.
 */
class InternetExposureTest {
    private static final String HOSTS = """
            hosts:
              - name: web-1
                ips: [10.0.1.10]
                labels: {host: web}
            """;

    @TempDir
    Path dir;

    private TestCatalog widened(String extra) {
        return TestCatalog.minimal(dir).with("profiles/dev.yaml", """
                title: Dev
                values:
                  sshCidrs: [0.0.0.0/0]
                """ + HOSTS + extra);
    }

    @Test
    void anUndeclaredExposureIsAWarning() {
        BuildResult r = widened("").build();
        assertFalse(r.failed());
        assertEquals("""
                templates/policies/ssh.yaml.ftl:9:7: warning: open-to-internet: spec.ingress[0] (ssh-in) allows tcp/22 from the internet (0.0.0.0/0) to web-1, which profiles/dev.yaml does not declare public [P401] (env dev, policy ssh)
                        - action: Allow
                          ^
                  hint: restrict the source to the networks that need it, or declare it in profiles/dev.yaml: public: [{ports: [tcp/22], to: HOST or {hosts: SELECTOR}, reason: ...}]
                  rendered/dev/ssh.yaml:9:7 as rendered; see: polcat render --raw --env dev ssh
                templates/policies/ssh.yaml.ftl:9:7: warning: sensitive-port-open: spec.ingress[0] (ssh-in) allows TCP 22 (SSH) from anywhere [P401] (env dev, policy ssh)
                        - action: Allow
                          ^
                  hint: restrict source.nets (or source.selector) to the networks that need it
                  rendered/dev/ssh.yaml:9:7 as rendered; see: polcat render --raw --env dev ssh""", TestCatalog.printed(r.diagnostics().all()));
    }

    @Test
    void isAnErrorWithStrict() {
        TestCatalog c = widened("");
        BuildResult r = new Build().run(BuildRequest.of(c.root()).withStrict(true));
        assertTrue(r.failed());
        assertTrue(TestCatalog.printed(r.diagnostics().all())
                .contains("error: open-to-internet: spec.ingress[0] (ssh-in) allows tcp/22"));
    }

    @Test
    void aPublicDeclarationSilencesIt() {
        String printed = widened("""
                public:
                  - ports: [tcp/22]
                    to: web-1
                    reason: a bastion host
                """).diagnostics();
        assertFalse(printed.contains("open-to-internet"), printed);
    }

    static Stream<Arguments> badPublic() {
        return Stream.of(
                Arguments.of(
                        "not a list",
                        "public: tcp/22\n",
                        "profiles/dev.yaml:8:9: error: public: expected a list of entries (- ports: [tcp/443], to: ..., reason: ...) [P107]"),
                Arguments.of("a bad service", "public:\n  - ports: [tcp/70000]\n    to: web-1\n    reason: x\n", """
                        profiles/dev.yaml:9:13: error: public: 'tcp/70000' is not a service [P107]
                          hint: write tcp/443, udp/53, sctp/9000, tcp (every TCP port), icmp, icmp/8, icmpv6/128 or any"""),
                Arguments.of("no reason", "public:\n  - ports: [tcp/22]\n    to: web-1\n", """
                        profiles/dev.yaml:9:5: error: public: every entry needs a reason [P107]
                          hint: say why this is meant to be reachable from the internet"""),
                Arguments.of("a misspelt key", "public:\n  - port: [tcp/22]\n    to: web-1\n    reason: x\n", """
                        profiles/dev.yaml:9:5: error: unknown key 'port' in public [P104]
                          hint: did you mean 'ports'?
                        profiles/dev.yaml:9:5: error: public: an entry needs ports [P107]
                          hint: e.g. ports: [tcp/443]"""),
                Arguments.of("a bad target", "public:\n  - ports: [tcp/22]\n    to: [web-1]\n    reason: x\n", """
                        profiles/dev.yaml:10:9: error: public: 'to' must be a host name, a workload (namespace/name), {hosts: SELECTOR} or {workloads: SELECTOR, namespace: NAME} [P107]
                          hint: e.g. to: {hosts: role == "ingress"} or to: {workloads: app == "web", namespace: shop}"""),
                Arguments.of(
                        "a workloads target with an unknown key",
                        "public:\n  - ports: [tcp/22]\n    to: {workloads: all(), ns: shop}\n    reason: x\n",
                        """
                        profiles/dev.yaml:10:9: error: public: 'to' must be a host name, a workload (namespace/name), {hosts: SELECTOR} or {workloads: SELECTOR, namespace: NAME} [P107]
                          hint: e.g. to: {hosts: role == "ingress"} or to: {workloads: app == "web", namespace: shop}"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPublic")
    void aMalformedPublicListIsReportedWhereItIsWritten(String name, String yaml, String expected) {
        BuildResult r = widened(yaml).build();
        assertTrue(r.failed(), name);
        assertEquals(expected, TestCatalog.printed(r.diagnostics().all()), name);
    }

    @Test
    void aCaveatTheSimulatorContradictsFailsTheBuild() {
        TestCatalog c = widened("").with("profiles/dev.yaml", """
                title: Dev
                values:
                  sshCidrs: [0.0.0.0/0]
                  sshPort: 2222
                """ + HOSTS).with("templates/policies/ssh.md", """
                ---
                title: SSH
                summary: SSH from the admin networks.
                parameters:
                  sshCidrs: {type: "cidr[]", required: true, description: Admin networks.}
                  sshPort: {type: port, default: 22, description: The SSH port.}
                  selector: {type: selector, default: has(host), description: Hosts.}
                caveats:
                  - title: SSH is closed to the internet
                    text: Only the admin networks reach SSH.
                    checks:
                      - deny: tcp/2222
                        from: anywhere
                        to: {hosts: has(host)}
                ---
                Body.
                """);
        BuildResult r = c.build();
        assertTrue(r.failed());
        String printed = TestCatalog.printed(r.diagnostics().all());
        assertTrue(printed.startsWith("""
                templates/policies/ssh.md:12:9: error: policy example deny tcp/2222 from anywhere to hosts(has(host)) (caveat 'SSH is closed to the internet'), but ingress tcp/2222 from 0.0.0.0/0 to web-1 is allowed [P501] (env dev)
                  hint: allowed: policy ssh spec.ingress[0] (ssh-in) matched Allow
                  hint: full trail: polcat why --env dev 0.0.0.0/0 web-1 tcp/2222"""), printed);
    }
}
