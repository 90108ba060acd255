package dev.polcat.analyze.lint;

import static dev.polcat.analyze.lint.LintTest.host;
import static dev.polcat.analyze.lint.LintTest.ingress;
import static dev.polcat.analyze.lint.LintTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polcat.calico.CalicoReader;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.ParsedResource;
import dev.polcat.calico.PolicyResource;
import dev.polcat.catalog.FailsafeSettings;
import dev.polcat.catalog.FlowPeer;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.LockoutTargets;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.PublicService;
import dev.polcat.diag.SourcePos;
import dev.polcat.yaml.StrictYamlReader;
import dev.polcat.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** open-to-internet: which sources count as the internet, and which public: entries declare an exposure. */
class OpenToInternetTest {
    private static final Host WEB = host("web-1", "10.0.1.10", Map.of("role", "web"));
    private static final Host DB = host("db-1", "10.0.1.20", Map.of("role", "db"));
    private static final String HINT = "tcp/9100";

    static Stream<Arguments> cases() {
        PublicService https = pub(List.of("tcp/443"), FlowPeer.hosts("role == \"web\""));
        PublicService ping = pub(List.of("icmp/8"), FlowPeer.hosts("all()"));
        String node = "{action: Allow, protocol: TCP, SRC destination: {ports: [9100]}}";
        return Stream.of(
                Arguments.of(
                        "empty source",
                        ingress(node.replace("SRC", "")),
                        List.of(),
                        "spec.ingress[0] allows tcp/9100 from the internet (anywhere) to web-1, db-1, which profiles/test.yaml does not declare public"),
                Arguments.of(
                        "0.0.0.0/0",
                        ingress(node.replace("SRC", "source: {nets: [0.0.0.0/0]},")),
                        List.of(),
                        "spec.ingress[0] allows tcp/9100 from the internet (0.0.0.0/0) to web-1, db-1, which profiles/test.yaml does not declare public"),
                Arguments.of(
                        "::/0 among others",
                        ingress(node.replace("SRC", "source: {nets: [10.0.0.0/8, \"::/0\"]},")),
                        List.of(),
                        "spec.ingress[0] allows tcp/9100 from the internet (::/0) to web-1, db-1, which profiles/test.yaml does not declare public"),
                Arguments.of(
                        "a network set holding 0.0.0.0/0",
                        ingress(node.replace("SRC", "source: {selector: net == \"world\"},")),
                        List.of(),
                        "spec.ingress[0] allows tcp/9100 from the internet (0.0.0.0/0 in GlobalNetworkSet world) to web-1, db-1, which profiles/test.yaml does not declare public"),
                Arguments.of(
                        "a private network",
                        ingress(node.replace("SRC", "source: {nets: [10.0.0.0/8]},")),
                        List.of(),
                        ""),
                Arguments.of(
                        "a selector of hosts",
                        ingress(node.replace("SRC", "source: {selector: role == \"web\"},")),
                        List.of(),
                        ""),
                Arguments.of(
                        "notNets 0.0.0.0/0 excludes everything",
                        ingress(node.replace("SRC", "source: {notNets: [0.0.0.0/0]},")),
                        List.of(),
                        ""),
                Arguments.of(
                        "a Deny",
                        ingress("{action: Deny, protocol: TCP, destination: {ports: [9100]}}"),
                        List.of(),
                        ""),
                Arguments.of(
                        "declared for one host only",
                        ingress("{action: Allow, protocol: TCP, destination: {ports: [443]}}"),
                        List.of(https),
                        "spec.ingress[0] allows tcp/443 from the internet (anywhere) to db-1, which profiles/test.yaml does not declare public"),
                Arguments.of(
                        "declared by host name",
                        ingress("{action: Allow, protocol: TCP, destination: {ports: [443]}}"),
                        List.of(https, pub(List.of("tcp/443"), FlowPeer.of("db-1"))),
                        ""),
                Arguments.of(
                        "a range needs every port declared",
                        ingress("{action: Allow, protocol: TCP, destination: {ports: [\"443:444\"]}}"),
                        List.of(pub(List.of("tcp/443"), FlowPeer.hosts("all()"))),
                        "spec.ingress[0] allows tcp/443-444 from the internet (anywhere) to web-1, db-1, which profiles/test.yaml does not declare public"),
                Arguments.of(
                        "every TCP port needs tcp",
                        ingress("{action: Allow, protocol: TCP}"),
                        List.of(pub(List.of("tcp/443"), FlowPeer.hosts("all()"))),
                        "spec.ingress[0] allows tcp (every port) from the internet (anywhere) to web-1, db-1, which profiles/test.yaml does not declare public"),
                Arguments.of(
                        "every protocol needs any",
                        ingress("{action: Allow}"),
                        List.of(pub(List.of("tcp", "udp", "icmp"), FlowPeer.hosts("all()"))),
                        "spec.ingress[0] allows every protocol from the internet (anywhere) to web-1, db-1, which profiles/test.yaml does not declare public"),
                Arguments.of(
                        "ICMP type declared",
                        ingress("{action: Allow, protocol: ICMP, icmp: {type: 8}}"),
                        List.of(ping),
                        ""),
                Arguments.of(
                        "ICMP type not declared",
                        ingress("{action: Allow, protocol: ICMP, icmp: {type: 13}}"),
                        List.of(ping),
                        "spec.ingress[0] allows icmp/13 from the internet (anywhere) to web-1, db-1, which profiles/test.yaml does not declare public"),
                Arguments.of(
                        "all ICMP needs icmp",
                        ingress("{action: Allow, protocol: ICMP}"),
                        List.of(ping),
                        "spec.ingress[0] allows icmp from the internet (anywhere) to web-1, db-1, which profiles/test.yaml does not declare public"),
                Arguments.of(
                        "all ICMP declared",
                        ingress("{action: Allow, protocol: ICMP}", "{action: Allow, protocol: ICMPv6}"),
                        List.of(pub(List.of("icmp", "icmpv6"), FlowPeer.hosts("all()"))),
                        ""),
                Arguments.of(
                        "egress is not exposure", LintTest.egress("{action: Allow, protocol: TCP}"), List.of(), ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsUndeclaredExposureOnly(String name, String yaml, List<PublicService> declared, String expected) {
        Profile env = new Profile(
                "test",
                "Test",
                "",
                false,
                List.of("test"),
                Map.of(),
                Map.of(),
                List.of(WEB, DB),
                List.of(),
                List.of(),
                List.of(),
                FailsafeSettings.DEFAULTS,
                LockoutTargets.NONE,
                SourcePos.of("t"),
                declared);
        PolicyResource p = parse(yaml);
        List<CalicoResource> resources = new ArrayList<>(List.of(p));
        resources.add(networkSet());
        String found = new OpenToInternet()
                .check(new LintContext(env, p, List.of(p), resources)).stream()
                        .map(f -> f.message())
                        .collect(Collectors.joining("\n"));
        assertEquals(expected, found, name);
    }

    @org.junit.jupiter.api.Test
    void theHintSaysWhatToDeclare() {
        PolicyResource p = parse(ingress("{action: Allow, protocol: TCP, destination: {ports: [9100]}}"));
        Profile env = LintTest.env(List.of(WEB), Map.of());
        assertEquals(
                "restrict the source to the networks that need it, or declare it in profiles/test.yaml: public: [{ports: ["
                        + HINT + "], to: HOST or {hosts: SELECTOR}, reason: ...}]",
                new OpenToInternet()
                        .check(new LintContext(env, p, List.of(p)))
                        .get(0)
                        .hint());
    }

    private static PublicService pub(List<String> services, FlowPeer to) {
        return new PublicService(services, to, "because", SourcePos.of("profiles/test.yaml"));
    }

    private static CalicoResource networkSet() {
        String yaml = """
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkSet
                metadata:
                  name: world
                  labels: {net: world}
                spec:
                  nets: [0.0.0.0/0]
                """;
        try {
            List<ParsedResource> out = new ArrayList<>();
            for (YNode doc : new StrictYamlReader().readAll(yaml, "t.yaml"))
                out.addAll(new CalicoReader().read(doc).resources());
            return out.get(0).resource();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
