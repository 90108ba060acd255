package dev.polcat.validate;

import static dev.polcat.validate.Docs.sgnp;
import static dev.polcat.validate.Docs.sknp;
import static dev.polcat.validate.Docs.snp;
import static dev.polcat.validate.ValidationAssertions.only;
import static dev.polcat.validate.ValidationAssertions.valid;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * StagedGlobalNetworkPolicy, StagedNetworkPolicy and StagedKubernetesNetworkPolicy: stagedAction, the
 * empty spec of a staged Delete, and the rules of the policy each one stages.
 */
class StagedPolicyValidationTest {

    @TestFactory
    Stream<DynamicTest> stagedPolicies() {
        return ValidationAssertions.run(List.of(
                valid("acceptsStagedGlobalPolicyWithoutAction", sgnp("""
                        tier: security
                        order: 100
                        selector: role == 'db'
                        types: [Ingress]
                        ingress:
                          - action: Allow
                            protocol: TCP
                            destination: {ports: [5432]}
                        """)),
                valid("acceptsStagedActionSet", sgnp("stagedAction: Set\nselector: all()")),
                valid("acceptsStagedActionLearn", sgnp("stagedAction: Learn\nselector: all()")),
                valid("acceptsStagedActionIgnore", snp("stagedAction: Ignore\nselector: all()")),
                valid("acceptsStagedDeleteWithOnlyTier", sgnp("stagedAction: Delete\ntier: security")),
                valid("acceptsStagedDeleteWithNoSpecFields", snp("stagedAction: Delete")),
                valid("acceptsStagedGlobalHostPolicyFlags", sgnp("""
                        preDNAT: true
                        applyOnForward: true
                        selector: has(host)
                        ingress: [{action: Deny}]
                        """)),
                valid("acceptsStagedGlobalNamespaceSelector", sgnp("namespaceSelector: team == 'a'")),
                valid("acceptsStagedNetworkPolicyServiceAccountSelector", snp("serviceAccountSelector: name == 'api'")),
                valid("acceptsStagedKubernetesPolicy", sknp("""
                        podSelector: {matchLabels: {role: db}}
                        policyTypes: [Ingress]
                        ingress:
                          - from: [{podSelector: {matchLabels: {role: api}}}]
                            ports: [{port: 5432}]
                        """)),
                valid("acceptsStagedKubernetesDeleteWithEmptySpec", sknp("stagedAction: Delete")),
                valid(
                        "acceptsStagedKubernetesDeleteWithEmptyPodSelector",
                        sknp("stagedAction: Delete\npodSelector: {}")),
                valid(
                        "acceptsStagedGlobalNameWithOneDot",
                        Docs.doc("StagedGlobalNetworkPolicy", "name: platform.deny", "")),
                valid(
                        "acceptsStagedNetworkPolicyKnpName",
                        Docs.doc("StagedNetworkPolicy", "name: knp.default.web\nnamespace: shop", "")),
                only(
                        "rejectsLowercaseStagedAction",
                        sgnp("stagedAction: set"),
                        "spec.stagedAction",
                        "invalid stagedAction 'set'"),
                only(
                        "rejectsUnknownStagedAction",
                        snp("stagedAction: Apply"),
                        "spec.stagedAction",
                        "invalid stagedAction 'Apply'"),
                only(
                        "rejectsSelectorOnStagedGlobalDelete",
                        sgnp("stagedAction: Delete\nselector: all()"),
                        "spec.selector",
                        "selector must not be set when stagedAction is Delete: a staged Delete only names the policy it removes (and may give its tier)"),
                only(
                        "rejectsRulesOnStagedDelete",
                        snp("stagedAction: Delete\ningress: [{action: Allow}]"),
                        "spec.ingress",
                        "ingress must not be set when stagedAction is Delete: a staged Delete only names the policy it removes (and may give its tier)"),
                only(
                        "rejectsOrderOnStagedDelete",
                        snp("stagedAction: Delete\ntier: a\norder: 10"),
                        "spec.order",
                        "order must not be set when stagedAction is Delete: a staged Delete only names the policy it removes (and may give its tier)"),
                only(
                        "rejectsPodSelectorOnStagedKubernetesDelete",
                        sknp("stagedAction: Delete\npodSelector: {matchLabels: {a: b}}"),
                        "spec.podSelector",
                        "podSelector must not be set when stagedAction is Delete: a staged Delete only names the policy it removes"),
                only(
                        "rejectsPolicyTypesOnStagedKubernetesDelete",
                        sknp("stagedAction: Delete\npolicyTypes: [Ingress]"),
                        "spec.policyTypes",
                        "policyTypes must not be set when stagedAction is Delete: a staged Delete only names the policy it removes"),
                only(
                        "rejectsPreDnatWithoutApplyOnForwardInStagedGlobal",
                        sgnp("preDNAT: true\nselector: has(host)"),
                        "spec.applyOnForward",
                        "applyOnForward must be true when preDNAT is true"),
                only(
                        "rejectsPreDnatEgressInStagedGlobal",
                        sgnp("""
                        preDNAT: true
                        applyOnForward: true
                        egress: [{action: Allow}]
                        """),
                        "spec.egress",
                        "a preDNAT policy cannot have egress rules; preDNAT applies to ingress only"),
                only(
                        "rejectsNamespaceSelectorFieldOnStagedNetworkPolicy",
                        snp("namespaceSelector: all()"),
                        "spec.namespaceSelector",
                        "unknown field 'namespaceSelector'"),
                only(
                        "rejectsDoNotTrackFieldOnStagedNetworkPolicy",
                        snp("doNotTrack: true"),
                        "spec.doNotTrack",
                        "unknown field 'doNotTrack'"),
                only(
                        "rejectsBadSelectorInStagedGlobal",
                        sgnp("selector: role = 'db'"),
                        "spec.selector",
                        "invalid selector 'role = 'db'': expected '==' at position 5, found '='"),
                only(
                        "rejectsGlobalFunctionInStagedSelector",
                        snp("selector: global()"),
                        "spec.selector",
                        "global() is not allowed here; it is only valid as the whole namespaceSelector of a rule's source or destination"),
                only(
                        "rejectsLowercaseActionInStagedRule",
                        sgnp("ingress: [{action: allow}]"),
                        "spec.ingress[0].action",
                        "invalid action 'allow'"),
                only(
                        "rejectsNumericPortWithoutProtocolInStaged",
                        snp("egress: [{action: Allow, destination: {ports: [443]}}]"),
                        "spec.egress[0].destination.ports[0]",
                        "numeric port 443 needs protocol TCP, UDP or SCTP, but the rule sets no protocol"),
                only(
                        "rejectsUnmaskedNetInStaged",
                        sgnp("ingress: [{action: Allow, source: {nets: [10.0.0.1/8]}}]"),
                        "spec.ingress[0].source.nets[0]",
                        "10.0.0.1/8 is not a masked CIDR (host bits set); use 10.0.0.0/8"),
                only(
                        "rejectsRepeatedTypeInStaged",
                        snp("types: [Ingress, Ingress]"),
                        "spec.types[1]",
                        "'Ingress' type specified more than once; types holds Ingress and/or Egress, each once"),
                only(
                        "rejectsUnknownPerformanceHintInStaged",
                        sgnp("performanceHints: [Fast]"),
                        "spec.performanceHints[0]",
                        "unknown performance hint 'Fast'; the only hint is AssumeNeededOnEveryNode"),
                only(
                        "rejectsStagedGlobalNameWithTwoDots",
                        Docs.doc("StagedGlobalNetworkPolicy", "name: a.b.c", ""),
                        "metadata.name",
                        "name 'a.b.c' is not a valid StagedGlobalNetworkPolicy name; use lowercase letters, "
                                + "digits and '-' with at most one '.' (e.g. security.allow-dns); '_' and uppercase are not allowed"),
                only(
                        "rejectsUppercaseStagedNetworkPolicyName",
                        Docs.doc("StagedNetworkPolicy", "name: Web\nnamespace: a", ""),
                        "metadata.name",
                        "name 'Web' is not a valid StagedNetworkPolicy name; use lowercase letters, digits "
                                + "and '-' with at most one '.' (e.g. security.allow-dns), or knp.default.<name>"),
                only(
                        "rejectsKubernetesRuleErrorInStagedKubernetesPolicy",
                        sknp("ingress: [{ports: [{port: 0}]}]"),
                        "spec.ingress[0].ports[0].port",
                        "port 0 is not valid; a port is 1-65535"),
                only(
                        "rejectsCalicoFieldInStagedKubernetesPolicy",
                        sknp("selector: all()"),
                        "spec.selector",
                        "unknown field 'selector'"),
                only(
                        "rejectsKubernetesFieldInStagedCalicoPolicy",
                        snp("podSelector: {}"),
                        "spec.podSelector",
                        "unknown field 'podSelector'"),
                only(
                        "rejectsStagedKubernetesPeerWithNothing",
                        sknp("egress: [{to: [{}]}]"),
                        "spec.egress[0].to[0]",
                        "a peer needs podSelector, namespaceSelector or ipBlock")));
    }
}
