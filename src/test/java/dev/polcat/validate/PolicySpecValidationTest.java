package dev.polcat.validate;

import static dev.polcat.validate.Docs.gnp;
import static dev.polcat.validate.Docs.np;
import static dev.polcat.validate.ValidationAssertions.invalid;
import static dev.polcat.validate.ValidationAssertions.valid;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Policy spec fields: tier, order, selectors, types, rule counts, GNP host flags, performanceHints. */
class PolicySpecValidationTest {

    private static String rules(String direction, int n) {
        return direction + ":\n" + "  - action: Allow\n".repeat(n);
    }

    @TestFactory
    Stream<DynamicTest> tierAndOrder() {
        return ValidationAssertions.run(List.of(
                valid("acceptsTierAndFractionalNegativeOrder", gnp("tier: security\norder: -12.5")),
                valid("acceptsHugeOrder", gnp("order: 1e30")),
                valid("acceptsNoTierNoOrder", gnp("selector: app == 'web'")),
                invalid(
                        "rejectsOrderAsString",
                        gnp("order: \"100\""),
                        "spec.order",
                        "expected a number, got a string (100)"),
                invalid(
                        "rejectsUppercaseTier",
                        gnp("tier: Security"),
                        "spec.tier",
                        "tier 'Security' is not a valid tier name; use lowercase letters, digits and '-'"),
                invalid(
                        "rejectsTierWithUnderscore",
                        np("tier: sec_ops"),
                        "spec.tier",
                        "tier 'sec_ops' is not a valid tier name; use lowercase letters, digits and '-'"),
                invalid(
                        "rejectsNamespaceSelectorOnNetworkPolicy",
                        np("namespaceSelector: all()"),
                        "spec.namespaceSelector#key",
                        "unknown field 'namespaceSelector'"),
                invalid(
                        "rejectsDoNotTrackOnNetworkPolicy",
                        np("doNotTrack: true"),
                        "spec.doNotTrack#key",
                        "unknown field 'doNotTrack'"),
                invalid(
                        "rejectsMisspeltSpecField",
                        gnp("selectr: all()"),
                        "spec.selectr#key",
                        "unknown field 'selectr'")));
    }

    @TestFactory
    Stream<DynamicTest> policySelectors() {
        return ValidationAssertions.run(
                List.of(
                        valid("acceptsPolicySelectors", gnp("""
                        selector: role == "db" && env in {"prod", "stage"}
                        namespaceSelector: has(projectcalico.org/name)
                        serviceAccountSelector: "!has(restricted)"
                        """)),
                        valid("acceptsBlankSelector", gnp("selector: \"  \"")),
                        invalid(
                                "rejectsUnquotedSelectorValue",
                                gnp("selector: app == web"),
                                "spec.selector",
                                "invalid selector 'app == web': expected a quoted string at position 7, found 'web' (values must be quoted, as in role == \"web\")"),
                        invalid(
                                "rejectsSelectorParseErrorWithPosition",
                                gnp("selector: app == 'web' &&"),
                                "spec.selector",
                                "invalid selector 'app == 'web' &&': expected a label, has(label), all(), global(), '!' or '(' at position 15, found the end of the selector"),
                        invalid(
                                "rejectsSingleEqualsSelector",
                                np("selector: app = 'web'"),
                                "spec.selector",
                                "invalid selector 'app = 'web'': expected '==' at position 4, found '='"),
                        invalid(
                                "rejectsBlockScalarSelectorWithNewline",
                                gnp("selector: |\n  app == 'web'"),
                                "spec.selector",
                                "invalid selector 'app == 'web'\\n': expected '&&', '||' or the end of the selector at position 12, found a newline (a selector must be on one line: only spaces and tabs may separate its parts)"),
                        invalid(
                                "rejectsSelectorLongerThan1024",
                                gnp("selector: \"a == '" + "x".repeat(1020) + "'\""),
                                "spec.selector",
                                "selector is 1027 characters long; at most 1024 are allowed"),
                        valid("acceptsSelectorOf1024", gnp("selector: \"a == '" + "x".repeat(1017) + "'\"")),
                        invalid(
                                "rejectsGlobalInPolicySelector",
                                gnp("selector: global()"),
                                "spec.selector",
                                "global() is not allowed here; it is only valid as the whole namespaceSelector of a rule's source or destination"),
                        invalid(
                                "rejectsGlobalInsideQuotedValueOfPolicySelector",
                                np("selector: \"name == 'global()'\""),
                                "spec.selector",
                                "global() is not allowed here; it is only valid as the whole namespaceSelector of a rule's source or destination"),
                        invalid(
                                "rejectsGlobalInGnpNamespaceSelector",
                                gnp("namespaceSelector: global()"),
                                "spec.namespaceSelector",
                                "global() is not allowed here; it is only valid as the whole namespaceSelector of a rule's source or destination"),
                        invalid(
                                "rejectsGlobalInServiceAccountSelector",
                                np("serviceAccountSelector: global() && all()"),
                                "spec.serviceAccountSelector",
                                "global() is not allowed here; it is only valid as the whole namespaceSelector of a rule's source or destination"),
                        invalid(
                                "rejectsBadServiceAccountSelector",
                                np("serviceAccountSelector: has(a"),
                                "spec.serviceAccountSelector",
                                "invalid selector 'has(a': expected ')' to close has( at position 5, found the end of the selector"),
                        invalid(
                                "rejectsBadNamespaceSelector",
                                gnp("namespaceSelector: a in 'x'"),
                                "spec.namespaceSelector",
                                "invalid selector 'a in 'x'': expected '{' to start a set of quoted strings at position 5, found the string 'x' (sets are written in braces, as in role in {\"web\", \"db\"})")));
    }

    @TestFactory
    Stream<DynamicTest> typesAndRuleCounts() {
        return ValidationAssertions.run(List.of(
                valid("acceptsIngressAndEgressTypes", gnp("types: [Ingress, Egress]")),
                valid("acceptsEgressTypeWithOnlyIngressRules", gnp("types: [Egress]\ningress:\n  - action: Allow")),
                invalid(
                        "rejectsDuplicateType",
                        gnp("types: [Ingress, Ingress]"),
                        "spec.types[1]",
                        "'Ingress' type specified more than once; types holds Ingress and/or Egress, each once"),
                invalid(
                        "rejectsThreeTypes",
                        np("types: [Egress, Ingress, Egress]"),
                        "spec.types[2]",
                        "'Egress' type specified more than once; types holds Ingress and/or Egress, each once"),
                invalid(
                        "rejectsLowercaseType",
                        gnp("types: [ingress]"),
                        "spec.types[0]",
                        "invalid policy type 'ingress'"),
                invalid("rejectsEmptyTypesList", gnp("types: []"), "spec.types", "types must not be an empty list"),
                invalid(
                        "rejectsTypesAsString",
                        gnp("types: Ingress"),
                        "spec.types",
                        "expected a list, got a string (Ingress)"),
                valid("accepts1024IngressRules", gnp(rules("ingress", 1024))),
                invalid(
                        "rejects1025IngressRules",
                        gnp(rules("ingress", 1025)),
                        "spec.ingress",
                        "1025 rules; at most 1024 ingress rules are allowed per policy"),
                invalid(
                        "rejects1025EgressRules",
                        np(rules("egress", 1025)),
                        "spec.egress",
                        "1025 rules; at most 1024 egress rules are allowed per policy"),
                invalid(
                        "rejectsRuleThatIsNotAMap",
                        gnp("ingress:\n  - Allow"),
                        "spec.ingress[0]",
                        "expected a map, got a string"),
                invalid(
                        "keepsRuleIndexAfterARuleThatIsNotAMap",
                        gnp("""
                        ingress:
                          - Allow
                          - action: Allow
                            protocol: ICMP
                            destination:
                              ports: [80]
                        """),
                        List.of(
                                "spec.ingress[0]: expected a map, got a string",
                                "spec.ingress[1].destination.ports: ports need protocol TCP, UDP or SCTP, got ICMP"))));
    }

    @TestFactory
    Stream<DynamicTest> hostPolicyFlags() {
        return ValidationAssertions.run(List.of(
                valid("acceptsDoNotTrackWithApplyOnForward", gnp("""
                        doNotTrack: true
                        applyOnForward: true
                        ingress:
                          - action: Allow
                        egress:
                          - action: Allow
                        """)),
                valid("acceptsPreDnatIngressOnly", gnp("""
                        preDNAT: true
                        applyOnForward: true
                        types: [Ingress]
                        ingress:
                          - action: Deny
                        """)),
                valid("acceptsApplyOnForwardAlone", gnp("applyOnForward: true")),
                invalid(
                        "rejectsDoNotTrackWithoutApplyOnForward",
                        gnp("doNotTrack: true"),
                        "spec.applyOnForward",
                        "applyOnForward must be true when doNotTrack is true"),
                invalid(
                        "rejectsPreDnatWithApplyOnForwardFalse",
                        gnp("preDNAT: true\napplyOnForward: false"),
                        "spec.applyOnForward",
                        "applyOnForward must be true when preDNAT is true"),
                invalid(
                        "rejectsDoNotTrackAndPreDnatTogether",
                        gnp("""
                        doNotTrack: true
                        preDNAT: true
                        applyOnForward: true
                        """),
                        "spec.preDNAT",
                        "doNotTrack and preDNAT cannot both be true"),
                invalid(
                        "rejectsPreDnatWithEgressRules",
                        gnp("""
                        preDNAT: true
                        applyOnForward: true
                        egress:
                          - action: Allow
                        """),
                        "spec.egress",
                        "a preDNAT policy cannot have egress rules; preDNAT applies to ingress only"),
                invalid(
                        "rejectsPreDnatWithEgressType",
                        gnp("""
                        preDNAT: true
                        applyOnForward: true
                        types: [Ingress, Egress]
                        """),
                        "spec.types[1]",
                        "a preDNAT policy cannot have type Egress; use types: [Ingress]"),
                invalid(
                        "rejectsDoNotTrackAsString",
                        gnp("doNotTrack: \"true\""),
                        "spec.doNotTrack",
                        "expected true or false, got a string (true)")));
    }

    @TestFactory
    Stream<DynamicTest> performanceHints() {
        return ValidationAssertions.run(List.of(
                valid("acceptsAssumeNeededOnEveryNode", np("performanceHints: [AssumeNeededOnEveryNode]")),
                invalid(
                        "rejectsUnknownPerformanceHint",
                        gnp("performanceHints: [Preload]"),
                        "spec.performanceHints[0]",
                        "unknown performance hint 'Preload'; the only hint is AssumeNeededOnEveryNode"),
                invalid(
                        "rejectsLowercasePerformanceHint",
                        gnp("performanceHints: [assumeneededoneverynode]"),
                        "spec.performanceHints[0]",
                        "unknown performance hint 'assumeneededoneverynode'; the only hint is AssumeNeededOnEveryNode"),
                invalid(
                        "rejectsDuplicatePerformanceHint",
                        gnp("performanceHints: [AssumeNeededOnEveryNode, AssumeNeededOnEveryNode]"),
                        "spec.performanceHints[1]",
                        "duplicate performance hint 'AssumeNeededOnEveryNode'; list it once")));
    }
}
