package dev.polcat.analyze.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polcat.analyze.Finding;
import dev.polcat.calico.CalicoReader;
import dev.polcat.calico.ParsedResource;
import dev.polcat.calico.PolicyResource;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.ParamValue;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.SourcePos;
import dev.polcat.net.Cidr;
import dev.polcat.yaml.StrictYamlReader;
import dev.polcat.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each lint with a case that fires and a case that must not: policy YAML in, findings out. */
class LintTest {
    private static final Host CP =
            host("cp-1", "10.0.1.10", Map.of("role", "control-plane", "endpoint_type", "management"));
    private static final Host WORKER =
            host("worker-1", "10.0.1.20", Map.of("role", "worker", "endpoint_type", "management"));

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "SSH from anywhere",
                        ingress("{action: Allow, protocol: TCP, destination: {ports: [22]}}"),
                        "sensitive-port-open spec.ingress[0]: spec.ingress[0] allows TCP 22 (SSH) from anywhere"),
                Arguments.of(
                        "etcd from 0.0.0.0/0",
                        ingress(
                                "{action: Allow, protocol: TCP, source: {nets: [0.0.0.0/0]}, destination: {ports: [2379, 2380]}}"),
                        "sensitive-port-open spec.ingress[0]: spec.ingress[0] allows TCP 2379 (etcd client), 2380 (etcd peer) from anywhere"),
                Arguments.of(
                        "all ports from anywhere includes the API server",
                        ingress("{action: Allow, protocol: TCP}"),
                        "sensitive-port-open spec.ingress[0]: spec.ingress[0] allows TCP 22 (SSH), 179 (BGP), 2379 (etcd client), 2380 (etcd peer), 6443 (Kubernetes API server), 10250 (kubelet) from anywhere"),
                Arguments.of(
                        "SSH from a management net is fine",
                        ingress(
                                "{action: Allow, protocol: TCP, source: {nets: [10.9.0.0/24]}, destination: {ports: [22]}}"),
                        ""),
                Arguments.of(
                        "UDP 22 is not SSH", ingress("{action: Allow, protocol: UDP, destination: {ports: [22]}}"), ""),
                Arguments.of(
                        "a Deny is not an opening",
                        ingress("{action: Deny, protocol: TCP, destination: {ports: [22]}}"),
                        ""),
                Arguments.of(
                        "all() selector",
                        policy("all()", "Ingress", "ingress: [{action: Allow, protocol: ICMP}]"),
                        "all-selector-selects-workloads spec.selector: selector all() also selects every workload endpoint (pod), not only host endpoints"),
                Arguments.of(
                        "empty selector",
                        policy("", "Ingress", "ingress: [{action: Allow, protocol: ICMP}]"),
                        "all-selector-selects-workloads spec.selector: selector (none) also selects every workload endpoint (pod), not only host endpoints"),
                Arguments.of("labelled selector", ingress("{action: Allow, protocol: ICMP}"), ""),
                Arguments.of(
                        "/24 after /16 with the same port is shadowed",
                        ingress(
                                "{action: Allow, protocol: TCP, source: {nets: [10.0.0.0/16]}, destination: {ports: [443]}}",
                                "{action: Deny, protocol: TCP, source: {nets: [10.0.5.0/24]}, destination: {ports: [443]}}"),
                        "shadowed-rule spec.ingress[1]: rule spec.ingress[1] never matches: spec.ingress[0] (Allow) already decides all of its traffic"),
                Arguments.of(
                        "a different port is not shadowed",
                        ingress(
                                "{action: Allow, protocol: TCP, source: {nets: [10.0.0.0/16]}, destination: {ports: [443]}}",
                                "{action: Deny, protocol: TCP, source: {nets: [10.0.5.0/24]}, destination: {ports: [8443]}}"),
                        ""),
                Arguments.of(
                        "a wider rule after a narrower one is not shadowed",
                        ingress(
                                "{action: Allow, protocol: TCP, source: {nets: [10.0.5.0/24]}, destination: {ports: [443]}}",
                                "{action: Deny, protocol: TCP, source: {nets: [10.0.0.0/16]}, destination: {ports: [443]}}"),
                        ""),
                Arguments.of(
                        "port range covers a port",
                        ingress(
                                "{action: Allow, protocol: UDP, destination: {ports: [\"1000:2000\"]}}",
                                "{action: Allow, protocol: UDP, destination: {ports: [1500]}}"),
                        "shadowed-rule spec.ingress[1]: rule spec.ingress[1] never matches: spec.ingress[0] (Allow) already decides all of its traffic"),
                Arguments.of(
                        "a negation on the earlier rule is not trusted",
                        ingress(
                                "{action: Allow, protocol: TCP, source: {notNets: [10.9.0.0/16]}, destination: {ports: [8080]}}",
                                "{action: Deny, protocol: TCP, source: {nets: [10.0.5.0/24]}, destination: {ports: [8080]}}"),
                        ""),
                Arguments.of(
                        "Log after the Deny it should log",
                        ingress(
                                "{action: Deny, protocol: TCP}",
                                "{action: Log, protocol: TCP, destination: {ports: [80]}}"),
                        "log-after-terminal spec.ingress[1]: Log rule spec.ingress[1] never matches: spec.ingress[0] (Deny) already decides all of its traffic"),
                Arguments.of("Log before Deny is right", ingress("{action: Log}", "{action: Deny}"), ""),
                Arguments.of(
                        "egress rules without Egress type",
                        policy(
                                "has(host)",
                                "Ingress",
                                "ingress: [{action: Allow, protocol: ICMP}]\n  egress: [{action: Allow, protocol: UDP, destination: {ports: [53]}}]"),
                        "types-mismatch spec.types: the policy has 1 egress rule(s) but its types are [Ingress], so they are ignored"),
                Arguments.of(
                        "types agree",
                        policy(
                                "has(host)",
                                "Ingress, Egress",
                                "ingress: [{action: Allow, protocol: ICMP}]\n  egress: [{action: Allow, protocol: UDP, destination: {ports: [53]}}]"),
                        ""),
                Arguments.of(
                        "etcd egress without ports (by name)",
                        egress(
                                "{action: Allow, metadata: {annotations: {polcat.dev/rule: etcd-1}}, protocol: TCP, destination: {nets: [10.9.9.9/32]}}"),
                        "datastore-egress-without-ports spec.egress[0]: spec.egress[0] (etcd-1) allows every port to the datastore"),
                Arguments.of(
                        "egress to a control-plane host without ports",
                        egress("{action: Allow, protocol: TCP, destination: {nets: [10.0.1.10/32]}}"),
                        "datastore-egress-without-ports spec.egress[0]: spec.egress[0] allows every port to the datastore"),
                Arguments.of(
                        "etcd egress with ports",
                        egress(
                                "{action: Allow, metadata: {annotations: {polcat.dev/rule: etcd-1}}, protocol: TCP, destination: {nets: [10.0.1.10/32], ports: [2379]}}"),
                        ""),
                Arguments.of(
                        "DHCP without client port",
                        egress("{action: Allow, protocol: UDP, destination: {ports: [67]}}"),
                        "dhcp-without-client-port spec.egress[0]: spec.egress[0] allows UDP to port 67 from any source port"),
                Arguments.of(
                        "DHCP from port 68",
                        egress("{action: Allow, protocol: UDP, source: {ports: [68]}, destination: {ports: [67]}}"),
                        ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsExactlyTheExpectedCaveats(String name, String yaml, String expected) {
        assertEquals(expected, findings(yaml, env(List.of(CP, WORKER), Map.of())), name);
    }

    /** The lints tuned on the real-world corpus, as explain runs them on a lone file: no profile, no hosts. */
    static Stream<Arguments> fileCases() {
        String ssh = "{action: Allow, protocol: TCP, destination: {ports: [22]}}";
        String vip = "{action: Allow, destination: {nets: [10.49.0.0/16]}}";
        return Stream.of(
                Arguments.of(
                        "SSH from anywhere in a lone file",
                        ingress(ssh),
                        "sensitive-port-open spec.ingress[0]: spec.ingress[0] allows TCP 22 (SSH) from anywhere"),
                Arguments.of(
                        "an HTTP GET match is not a port opening",
                        ingress("{action: Allow, http: {methods: [GET]}}"),
                        ""),
                Arguments.of(
                        "loopback is not a real address",
                        ingress("{action: Allow, destination: {nets: [127.0.0.1/32]}}"),
                        ""),
                Arguments.of(
                        "a preDNAT destination net is a service address",
                        policy(
                                "has(role)",
                                "Ingress",
                                "preDNAT: true\n  applyOnForward: true\n  ingress: [" + vip + "]"),
                        ""),
                Arguments.of(
                        "a preDNAT catch-all destination is every address",
                        policy(
                                "has(role)",
                                "Ingress",
                                "preDNAT: true\n  applyOnForward: true\n  ingress: [{action: Allow, protocol: TCP,"
                                        + " destination: {nets: [0.0.0.0/0], ports: [6443]}}]"),
                        "sensitive-port-open spec.ingress[0]: spec.ingress[0] allows TCP 6443 (Kubernetes API server) from anywhere"),
                Arguments.of(
                        "a normal policy's destination net may be hosts",
                        ingress(vip),
                        "sensitive-port-open spec.ingress[0]: spec.ingress[0] allows TCP 22 (SSH), 179 (BGP), 2379 (etcd client), 2380 (etcd peer), 6443 (Kubernetes API server), 10250 (kubelet) from anywhere"),
                Arguments.of(
                        "allow-all in a policy that selects only pods opens no host service",
                        policy("all()", "Ingress", "namespaceSelector: team == 'a'\n  ingress: [{action: Allow}]"),
                        ""),
                Arguments.of(
                        "SSH listed in a pod-only policy still counts",
                        policy("all()", "Ingress", "namespaceSelector: team == 'a'\n  ingress: [" + ssh + "]"),
                        "sensitive-port-open spec.ingress[0]: spec.ingress[0] allows TCP 22 (SSH) from anywhere"),
                Arguments.of(
                        "all() in a pod policy is what it means",
                        policy("all()", "Ingress", "ingress: [{action: Deny}]"),
                        ""),
                Arguments.of(
                        "all() with preDNAT is a host policy",
                        policy(
                                "all()",
                                "Ingress",
                                "preDNAT: true\n  applyOnForward: true\n  ingress: [{action: Deny}]"),
                        "all-selector-selects-workloads spec.selector: selector all() also selects every workload endpoint (pod), not only host endpoints"),
                Arguments.of(
                        "all() with doNotTrack is a host policy",
                        policy(
                                "all()",
                                "Ingress",
                                "doNotTrack: true\n  applyOnForward: true\n  ingress: [{action: Deny}]"),
                        "all-selector-selects-workloads spec.selector: selector all() also selects every workload endpoint (pod), not only host endpoints"),
                Arguments.of(
                        "all() opening a host-only port is a host policy",
                        policy(
                                "all()",
                                "Ingress",
                                "ingress: [{action: Allow, protocol: TCP, source: {nets: [10.0.0.0/8]}, destination: {ports: [10250]}}]"),
                        "all-selector-selects-workloads spec.selector: selector all() also selects every workload endpoint (pod), not only host endpoints"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileCases")
    void lintsTunedOnRealFilesSpeakOnlyAboutEvidentHostExposure(String name, String yaml, String expected) {
        assertEquals(expected, findings(yaml, env(List.of(), Map.of())), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("icmpCases")
    void icmpV4OnlyFiresOnlyWhereTheEnvironmentHasIpv6(String name, List<Host> hosts, String yaml, String expected) {
        assertEquals(expected, findings(yaml, env(hosts, Map.of())), name);
    }

    static Stream<Arguments> icmpCases() {
        Host v6 = host("v6-node", "fd00::10", Map.of("role", "worker"));
        return Stream.of(
                Arguments.of(
                        "IPv6 host, ICMP only",
                        List.of(CP, v6),
                        ingress("{action: Allow, protocol: ICMP}"),
                        "icmp-v4-only : ICMP is allowed ingress but ICMPv6 is not, and test has IPv6 addresses"),
                Arguments.of(
                        "IPv6 host, both",
                        List.of(CP, v6),
                        ingress("{action: Allow, protocol: ICMP}", "{action: Allow, protocol: ICMPv6}"),
                        ""),
                Arguments.of("IPv4 only environment", List.of(CP), ingress("{action: Allow, protocol: ICMP}"), ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orderCases")
    void sameOrderOverlapNeedsAHostSelectedByBoth(
            String name, String otherSelector, String otherOrder, String expected) {
        PolicyResource me =
                parse(policy("role == \"worker\"", "Ingress", "ingress: [{action: Allow, protocol: ICMP}]"));
        PolicyResource other = parse(policy(otherSelector, "Ingress", "ingress: [{action: Allow, protocol: ICMP}]")
                .replace("name: test", "name: aa-other")
                .replace("order: 100", "order: " + otherOrder));
        List<Finding> found = new SameOrderOverlap()
                .check(new LintContext(env(List.of(CP, WORKER), Map.of()), me, List.of(me, other)));
        assertEquals(expected, text(found), name);
    }

    static Stream<Arguments> orderCases() {
        return Stream.of(
                Arguments.of(
                        "same order, same host",
                        "has(role)",
                        "100",
                        "same-order-overlap spec.order: same order 100 as policy aa-other, and both select the same hosts; by name, aa-other is evaluated first"),
                Arguments.of("same order, different hosts", "role == \"control-plane\"", "100", ""),
                Arguments.of("different order", "has(role)", "200", ""));
    }

    /** Lints that look across the environment (open-to-internet, selects-nothing) have their own tables. */
    private static String findings(String yaml, Profile env) {
        PolicyResource p = parse(yaml);
        return text(Lints.run(new LintContext(env, p, List.of(p))).stream()
                .filter(f -> !f.id().equals(OpenToInternet.ID) && !f.id().equals("selects-nothing"))
                .toList());
    }

    private static String text(List<Finding> found) {
        return found.stream()
                .map(f -> f.id() + " " + f.rulePath() + ": " + f.message())
                .collect(Collectors.joining("\n"));
    }

    static PolicyResource parse(String yaml) {
        try {
            List<ParsedResource> out = new ArrayList<>();
            for (YNode doc : new StrictYamlReader().readAll(yaml, "t.yaml"))
                out.addAll(new CalicoReader().read(doc).resources());
            return (PolicyResource) out.get(0).resource();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String policy(String selector, String types, String rules) {
        return """
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata:
                  name: test
                spec:
                  order: 100
                  selector: 'SEL'
                  types: [TYPES]
                  RULES
                """.replace("SEL", selector).replace("TYPES", types).replace("RULES", rules);
    }

    static String ingress(String... rules) {
        return policy("has(role)", "Ingress", "ingress: [" + String.join(", ", rules) + "]");
    }

    static String egress(String... rules) {
        return policy("has(role)", "Egress", "egress: [" + String.join(", ", rules) + "]");
    }

    static Host host(String name, String ip, Map<String, String> labels) {
        return new Host(name, "eth0", List.of(Cidr.of(ip)), new TreeMap<>(labels), SourcePos.of("t"));
    }

    static Profile env(List<Host> hosts, Map<String, ParamValue> values) {
        return new Profile(
                "test",
                "Test",
                "",
                false,
                List.of("test"),
                values,
                Map.of(),
                hosts,
                List.of(),
                dev.polcat.catalog.FailsafeSettings.DEFAULTS,
                dev.polcat.catalog.LockoutTargets.NONE,
                SourcePos.of("t"));
    }
}
