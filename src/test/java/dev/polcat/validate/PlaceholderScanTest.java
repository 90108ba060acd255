package dev.polcat.validate;

import static dev.polcat.validate.Docs.doc;
import static dev.polcat.validate.Docs.gnp;
import static dev.polcat.validate.Docs.ingress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/** Template placeholders left in rendered resources. */
class PlaceholderScanTest {
    private static final PlaceholderScan SCAN = new PlaceholderScan();

    private record Case(String name, String yaml, String path, String placeholder) {}

    private static Case found(String name, String yaml, String path, String placeholder) {
        return new Case(name, yaml, path, placeholder);
    }

    private static Case clean(String name, String yaml) {
        return new Case(name, yaml, null, null);
    }

    static List<FieldError> scan(String yaml) {
        List<FieldError> out = new ArrayList<>();
        for (CalicoResource r : ValidationAssertions.resources(yaml)) out.addAll(SCAN.scan(r));
        return out;
    }

    private static void check(Case c) {
        List<FieldError> errors = scan(c.yaml());
        if (c.path() == null) {
            if (!errors.isEmpty()) fail("expected no placeholders, got:\n" + ValidationAssertions.describe(errors));
            return;
        }
        String message = "placeholder '" + c.placeholder() + "' left in the policy";
        boolean hit = errors.stream()
                .anyMatch(e -> e.path().equals(c.path())
                        && e.message().equals(message)
                        && e.hint().contains("profile"));
        if (!hit) {
            fail("expected " + c.path() + ": " + message + ", got:\n" + ValidationAssertions.describe(errors));
        }
    }

    @TestFactory
    Stream<DynamicTest> placeholders() {
        List<Case> cases = List.of(
                found("flagsAngleBracketNetInRule", ingress("""
                        action: Allow
                        source:
                          nets: [10.0.0.0/8, "<your etcd IP>/32"]
                        """), "spec.ingress[0].source.nets[1]", "<your etcd IP>"),
                found("flagsDollarBraceInSelector", gnp("selector: role == '${ROLE}'"), "spec.selector", "${ROLE}"),
                found(
                        "flagsTodoInPolicyName",
                        Docs.gnpNamed("security.todo", "types: [Ingress]"),
                        "metadata.name",
                        "todo"),
                found(
                        "flagsChangemeInLabelValue",
                        Docs.doc("GlobalNetworkPolicy", "name: a\nlabels: {owner: CHANGEME}", ""),
                        "metadata.labels.owner",
                        "CHANGEME"),
                clean(
                        "ignoresFixmeInAnnotationValueWhichIsFreeText",
                        Docs.doc(
                                "GlobalNetworkPolicy",
                                "name: a\nannotations: {note: \"FIXME: tighten this, ask <owner>\"}",
                                "")),
                found(
                        "flagsReplaceMeInNamespace",
                        doc("NetworkPolicy", "name: a\nnamespace: replace_me", ""),
                        "metadata.namespace",
                        "replace_me"),
                found(
                        "flagsPlaceholderInLabelKey",
                        Docs.doc("GlobalNetworkSet", "name: s\nlabels: {\"<label-key>\": x}", "nets: [10.0.0.0/8]"),
                        "metadata.labels.<label-key>#key",
                        "<label-key>"),
                clean("ignoresPlaceholderInRuleAnnotationValue", ingress("""
                        action: Allow
                        metadata:
                          annotations: {polcat.dev/rule: "TODO"}
                        """)),
                found("flagsPlaceholderInNamedPort", ingress("""
                        action: Allow
                        destination:
                          ports: [todo]
                        """), "spec.ingress[0].destination.ports[0]", "todo"),
                found(
                        "flagsPlaceholderInServiceName",
                        Docs.egress("""
                        action: Allow
                        destination:
                          services: {name: "${SERVICE}", namespace: kube-system}
                        """),
                        "spec.egress[0].destination.services.name",
                        "${SERVICE}"),
                found(
                        "flagsPlaceholderInHostEndpointExpectedIps",
                        Docs.hep("node: node1\nexpectedIPs: [\"<node IP>\"]"),
                        "spec.expectedIPs[0]",
                        "<node IP>"),
                found(
                        "flagsPlaceholderInHostEndpointNode",
                        Docs.hep("node: CHANGEME\ninterfaceName: eth0"),
                        "spec.node",
                        "CHANGEME"),
                found(
                        "flagsPlaceholderInNetworkSetNets",
                        doc("GlobalNetworkSet", "name: s", "nets: [\"${CORP_CIDR}\"]"),
                        "spec.nets[0]",
                        "${CORP_CIDR}"),
                found("flagsPlaceholderInHttpPath", ingress("""
                        action: Allow
                        http:
                          paths: [{prefix: "/api/<version>/"}]
                        """), "spec.ingress[0].http.paths[0].prefix", "<version>"),
                found("flagsTodoInsideCidr", ingress("""
                        action: Allow
                        source:
                          nets: [10.0.0.TODO/32]
                        """), "spec.ingress[0].source.nets[0]", "TODO"),
                found("flagsMixedCaseWord", gnp("selector: owner == 'ChangeMe'"), "spec.selector", "ChangeMe"),
                found(
                        "flagsPlaceholderInServiceAccountSelector",
                        gnp("serviceAccountSelector: \"${SA}\""),
                        "spec.serviceAccountSelector",
                        "${SA}"),
                found("flagsPlaceholderInTierOfPolicy", gnp("tier: <tier>"), "spec.tier", "<tier>"),
                clean("ignoresOrdinaryPolicy", ingress("""
                        action: Allow
                        protocol: TCP
                        source:
                          selector: role == "frontend" && env in {"prod"}
                          nets: [10.0.0.0/8]
                        destination:
                          ports: [443, "8000:8100", https]
                        """)),
                clean(
                        "ignoresWordInsideHyphenatedName",
                        Docs.doc(
                                "GlobalNetworkPolicy",
                                "name: todo-app.allow\nlabels: {app: todo-list}",
                                "selector: app == 'mytodo'")),
                clean("ignoresWordAsPartOfLongerWord", gnp("selector: menu == 'fixmenu' && x == 'todos'")),
                clean(
                        "ignoresDollarWithoutBraces",
                        Docs.doc("GlobalNetworkPolicy", "name: a\nannotations: {price: \"$5 per {unit}\"}", "")),
                clean(
                        "ignoresEmptyAngleBrackets",
                        Docs.doc("GlobalNetworkPolicy", "name: a\nannotations: {arrow: \"a <> b\"}", "")));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    @Test
    void reportsEveryPlaceholderOfOneValueInTextOrder() {
        List<FieldError> errors = scan(gnp("selector: \"a == '${A} then <b c> then TODO'\""));
        assertEquals(
                List.of(
                        "placeholder '${A}' left in the policy",
                        "placeholder '<b c>' left in the policy",
                        "placeholder 'TODO' left in the policy"),
                errors.stream().map(FieldError::message).toList());
        assertTrue(errors.stream().allMatch(e -> e.path().equals("spec.selector")));
    }

    @Test
    @Timeout(5)
    void scansLongUnclosedBracketsQuickly() {
        String note = "<" + "a".repeat(200_000) + " ${" + "b".repeat(50_000);
        assertTrue(scan(Docs.doc("GlobalNetworkPolicy", "name: a\nlabels: {note: \"" + note + "\"}", ""))
                .isEmpty());
    }

    @Test
    void placeholdersDoNotStopValidationButAreSeparate() {
        String yaml = gnp("selector: app == '<app>'");
        assertTrue(ValidationAssertions.errors(yaml).isEmpty(), "the validator does not look for placeholders");
        assertEquals(1, scan(yaml).size());
    }
}
