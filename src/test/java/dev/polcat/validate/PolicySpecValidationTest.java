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
                invalid("rejectsOrderAsString", gnp("order: \"100\""), "spec.order", "expected a number"),
                invalid("rejectsUppercaseTier", gnp("tier: Security"), "spec.tier", "'Security' is not a valid tier name"),
                invalid("rejectsTierWithUnderscore", np("tier: sec_ops"), "spec.tier", "not a valid tier name"),
                invalid("rejectsNamespaceSelectorOnNetworkPolicy", np("namespaceSelector: all()"),
                        "spec.namespaceSelector#key", "unknown field 'namespaceSelector'"),
                invalid("rejectsDoNotTrackOnNetworkPolicy", np("doNotTrack: true"),
                        "spec.doNotTrack#key", "unknown field 'doNotTrack'"),
                invalid("rejectsMisspeltSpecField", gnp("selectr: all()"), "spec.selectr#key", "unknown field 'selectr'")));
    }

    @TestFactory
    Stream<DynamicTest> policySelectors() {
        return ValidationAssertions.run(List.of(
                valid("acceptsPolicySelectors", gnp("""
                        selector: role == "db" && env in {"prod", "stage"}
                        namespaceSelector: has(projectcalico.org/name)
                        serviceAccountSelector: "!has(restricted)"
                        """)),
                valid("acceptsBlankSelector", gnp("selector: \"  \"")),
                invalid("rejectsUnquotedSelectorValue", gnp("selector: app == web"), "spec.selector",
                        "invalid selector 'app == web': expected"),
                invalid("rejectsSelectorParseErrorWithPosition", gnp("selector: app == 'web' &&"), "spec.selector",
                        "at position"),
                invalid("rejectsSingleEqualsSelector", np("selector: app = 'web'"), "spec.selector", "invalid selector"),
                invalid("rejectsBlockScalarSelectorWithNewline", gnp("selector: |\n  app == 'web'"), "spec.selector",
                        "invalid selector 'app == 'web'\\n'"),
                invalid("rejectsSelectorLongerThan1024", gnp("selector: \"a == '" + "x".repeat(1020) + "'\""),
                        "spec.selector", "1027 characters long; at most 1024"),
                valid("acceptsSelectorOf1024", gnp("selector: \"a == '" + "x".repeat(1017) + "'\"")),
                invalid("rejectsGlobalInPolicySelector", gnp("selector: global()"), "spec.selector",
                        "global() is not allowed here"),
                invalid("rejectsGlobalInsideQuotedValueOfPolicySelector", np("selector: \"name == 'global()'\""),
                        "spec.selector", "global() is not allowed here"),
                invalid("rejectsGlobalInGnpNamespaceSelector", gnp("namespaceSelector: global()"),
                        "spec.namespaceSelector", "global() is not allowed here"),
                invalid("rejectsGlobalInServiceAccountSelector", np("serviceAccountSelector: global() && all()"),
                        "spec.serviceAccountSelector", "only valid as the whole namespaceSelector"),
                invalid("rejectsBadServiceAccountSelector", np("serviceAccountSelector: has(a"),
                        "spec.serviceAccountSelector", "invalid selector"),
                invalid("rejectsBadNamespaceSelector", gnp("namespaceSelector: a in 'x'"),
                        "spec.namespaceSelector", "invalid selector")));
    }

    @TestFactory
    Stream<DynamicTest> typesAndRuleCounts() {
        return ValidationAssertions.run(List.of(
                valid("acceptsIngressAndEgressTypes", gnp("types: [Ingress, Egress]")),
                valid("acceptsEgressTypeWithOnlyIngressRules", gnp("types: [Egress]\ningress:\n  - action: Allow")),
                invalid("rejectsDuplicateType", gnp("types: [Ingress, Ingress]"), "spec.types[1]",
                        "'Ingress' type specified more than once"),
                invalid("rejectsThreeTypes", np("types: [Egress, Ingress, Egress]"), "spec.types[2]",
                        "specified more than once"),
                invalid("rejectsLowercaseType", gnp("types: [ingress]"), "spec.types[0]", "invalid policy type 'ingress'"),
                invalid("rejectsEmptyTypesList", gnp("types: []"), "spec.types", "must not be an empty list"),
                invalid("rejectsTypesAsString", gnp("types: Ingress"), "spec.types", "expected a list"),
                valid("accepts1024IngressRules", gnp(rules("ingress", 1024))),
                invalid("rejects1025IngressRules", gnp(rules("ingress", 1025)), "spec.ingress",
                        "1025 rules; at most 1024 ingress rules"),
                invalid("rejects1025EgressRules", np(rules("egress", 1025)), "spec.egress", "at most 1024 egress rules"),
                invalid("rejectsRuleThatIsNotAMap", gnp("ingress:\n  - Allow"), "spec.ingress[0]", "expected a map"),
                invalid("keepsRuleIndexAfterARuleThatIsNotAMap", gnp("""
                        ingress:
                          - Allow
                          - action: Allow
                            protocol: ICMP
                            destination:
                              ports: [80]
                        """), "spec.ingress[1].destination.ports", "got ICMP")));
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
                invalid("rejectsDoNotTrackWithoutApplyOnForward", gnp("doNotTrack: true"), "spec.applyOnForward",
                        "applyOnForward must be true when doNotTrack is true"),
                invalid("rejectsPreDnatWithApplyOnForwardFalse", gnp("preDNAT: true\napplyOnForward: false"),
                        "spec.applyOnForward", "applyOnForward must be true when preDNAT is true"),
                invalid("rejectsDoNotTrackAndPreDnatTogether", gnp("""
                        doNotTrack: true
                        preDNAT: true
                        applyOnForward: true
                        """), "spec.preDNAT", "doNotTrack and preDNAT cannot both be true"),
                invalid("rejectsPreDnatWithEgressRules", gnp("""
                        preDNAT: true
                        applyOnForward: true
                        egress:
                          - action: Allow
                        """), "spec.egress", "a preDNAT policy cannot have egress rules"),
                invalid("rejectsPreDnatWithEgressType", gnp("""
                        preDNAT: true
                        applyOnForward: true
                        types: [Ingress, Egress]
                        """), "spec.types[1]", "cannot have type Egress"),
                invalid("rejectsDoNotTrackAsString", gnp("doNotTrack: \"true\""), "spec.doNotTrack",
                        "expected true or false")));
    }

    @TestFactory
    Stream<DynamicTest> performanceHints() {
        return ValidationAssertions.run(List.of(
                valid("acceptsAssumeNeededOnEveryNode", np("performanceHints: [AssumeNeededOnEveryNode]")),
                invalid("rejectsUnknownPerformanceHint", gnp("performanceHints: [Preload]"),
                        "spec.performanceHints[0]", "unknown performance hint 'Preload'; the only hint is"),
                invalid("rejectsLowercasePerformanceHint", gnp("performanceHints: [assumeneededoneverynode]"),
                        "spec.performanceHints[0]", "unknown performance hint"),
                invalid("rejectsDuplicatePerformanceHint", gnp(
                        "performanceHints: [AssumeNeededOnEveryNode, AssumeNeededOnEveryNode]"),
                        "spec.performanceHints[1]", "duplicate performance hint")));
    }
}
