package dev.polcat.analyze.lint;

import static dev.polcat.analyze.lint.LintTest.host;
import static dev.polcat.analyze.lint.LintTest.parse;
import static dev.polcat.analyze.lint.LintTest.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.GlobalNetworkSet;
import dev.polcat.calico.Metadata;
import dev.polcat.calico.PolicyResource;
import dev.polcat.catalog.Host;
import dev.polcat.net.Cidr;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** selects-nothing: selectors and label values that match no host (or, for rules, no network set). */
class SelectsNothingTest {
    private static final List<Host> HOSTS = List.of(
            host("cp-1", "10.0.1.10", Map.of("role", "control-plane")),
            host("worker-1", "10.0.1.20", Map.of("role", "worker")));

    static Stream<Arguments> cases() {
        String icmp = "ingress: [{action: Allow, protocol: ICMP}]";
        String from =
                "ingress: [{action: Allow, protocol: TCP, source: {selector: 'SEL'}, destination: {ports: [22]}}]";
        return Stream.of(
                Arguments.of(
                        "a value no host has, beside one that exists",
                        policy("role in {\"worker\", \"master\"}", "Ingress", icmp),
                        "spec.selector: selector role in {\"worker\", \"master\"} names a value nothing has in test"
                                + " | no endpoint has role = master; did you mean 'control-plane'?"),
                Arguments.of(
                        "a typo in a value",
                        policy("role == \"wroker\"", "Ingress", icmp),
                        "spec.selector: selector role == \"wroker\" selects nothing in test | no endpoint has role = wroker; did you mean 'worker'?"),
                Arguments.of(
                        "a typo in a label",
                        policy("has(rol)", "Ingress", icmp),
                        "spec.selector: selector has(rol) selects nothing in test | no endpoint has label 'rol'; did you mean 'role'?"),
                Arguments.of(
                        "nothing close: the values that exist",
                        policy("role == \"db\"", "Ingress", icmp),
                        "spec.selector: selector role == \"db\" selects nothing in test | no endpoint has role = db (role: control-plane, worker)"),
                Arguments.of(
                        "matches through a combination of known values",
                        policy("role == \"worker\" && role == \"control-plane\"", "Ingress", icmp),
                        "spec.selector: selector role == \"worker\" && role == \"control-plane\" selects nothing in test"
                                + " | labels that exist: role (control-plane, worker)"),
                Arguments.of(
                        "a rule selector matching a network set",
                        policy("has(role)", "Ingress", from.replace("SEL", "net == \"office\"")),
                        ""),
                Arguments.of(
                        "a rule selector matching nothing",
                        policy("has(role)", "Ingress", from.replace("SEL", "net == \"ofice\"")),
                        "spec.ingress[0].source.selector: spec.ingress[0] source.selector net == \"ofice\" selects nothing in test"
                                + " | no endpoint has net = ofice; did you mean 'office'?"),
                Arguments.of("all() selects every host", policy("all()", "Ingress", icmp), ""),
                Arguments.of("a selector that matches", policy("role == \"worker\"", "Ingress", icmp), ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesSelectorsThatMatchNothing(String name, String yaml, String expected) {
        PolicyResource p = parse(yaml);
        CalicoResource office = new GlobalNetworkSet(
                new Metadata("office", "", new java.util.TreeMap<>(Map.of("net", "office")), new java.util.TreeMap<>()),
                List.of(Cidr.of("192.0.2.0/24")));
        String found = new SelectsNothing()
                .check(new LintContext(LintTest.env(HOSTS, Map.of()), p, List.of(p), List.of(p, office))).stream()
                        .map(f -> f.rulePath() + ": " + f.message() + " | " + f.hint())
                        .collect(Collectors.joining("\n"));
        assertEquals(expected, found, name);
    }

    @org.junit.jupiter.api.Test
    void anEnvironmentWithoutHostsIsNotChecked() {
        PolicyResource p =
                parse(policy("role == \"nothing\"", "Ingress", "ingress: [{action: Allow, protocol: ICMP}]"));
        assertEquals(
                List.of(),
                new SelectsNothing().check(new LintContext(LintTest.env(List.of(), Map.of()), p, List.of(p))));
    }
}
