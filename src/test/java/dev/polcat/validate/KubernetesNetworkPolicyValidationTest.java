package dev.polcat.validate;

import static dev.polcat.validate.Docs.knp;
import static dev.polcat.validate.ValidationAssertions.only;
import static dev.polcat.validate.ValidationAssertions.valid;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Kubernetes NetworkPolicy (networking.k8s.io/v1) as the API server validates it: label selectors with
 * matchExpressions, peers, ipBlock cidr and except, ports with protocol, port and endPort, policyTypes.
 */
class KubernetesNetworkPolicyValidationTest {

    @TestFactory
    Stream<DynamicTest> kubernetesPolicies() {
        return ValidationAssertions.run(List.of(
                valid("acceptsDefaultDenyIngress", knp("podSelector: {}\npolicyTypes: [Ingress]")),
                valid("acceptsPolicyWithoutSpecFields", knp("")),
                valid("acceptsNullPodSelector", knp("podSelector:\npolicyTypes: [Egress]")),
                valid("acceptsDocsExample", knp("""
                        podSelector: {matchLabels: {role: db}}
                        policyTypes: [Ingress, Egress]
                        ingress:
                          - from:
                              - ipBlock: {cidr: 172.17.0.0/16, except: [172.17.1.0/24]}
                              - namespaceSelector: {matchLabels: {project: myproject}}
                              - podSelector: {matchLabels: {role: frontend}}
                            ports: [{protocol: TCP, port: 6379}]
                        egress:
                          - to: [{ipBlock: {cidr: 10.0.0.0/24}}]
                            ports: [{protocol: TCP, port: 5978}]
                        """)),
                valid("acceptsPodAndNamespaceSelectorInOnePeer", knp("""
                        ingress:
                          - from: [{podSelector: {matchLabels: {app: api}}, namespaceSelector: {}}]
                        """)),
                valid("acceptsEveryOperator", knp("""
                        podSelector:
                          matchExpressions:
                            - {key: tier, operator: In, values: [web, api]}
                            - {key: env, operator: NotIn, values: [dev]}
                            - {key: app.kubernetes.io/name, operator: Exists}
                            - {key: legacy, operator: DoesNotExist}
                        """)),
                valid("acceptsEndPortRange", knp("egress: [{ports: [{protocol: TCP, port: 32000, endPort: 32768}]}]")),
                valid("acceptsEndPortEqualToPort", knp("egress: [{ports: [{port: 80, endPort: 80}]}]")),
                valid("acceptsNamedPort", knp("ingress: [{ports: [{port: metrics}]}]")),
                valid("acceptsProtocolWithoutPort", knp("ingress: [{ports: [{protocol: UDP}]}]")),
                valid("acceptsSctp", knp("ingress: [{ports: [{protocol: SCTP, port: 3868}]}]")),
                valid(
                        "acceptsIpv6IpBlock",
                        knp("egress: [{to: [{ipBlock: {cidr: \"fd00::/8\", except: [\"fd00:1::/32\"]}}]}]")),
                valid("acceptsIpBlockWithHostBits", knp("egress: [{to: [{ipBlock: {cidr: 10.0.0.1/8}}]}]")),
                valid("acceptsEmptyRuleAllowingEverything", knp("ingress: [{}]")),
                valid("acceptsEmptyFromList", knp("ingress: [{from: []}]")),
                valid("acceptsRepeatedPolicyType", knp("policyTypes: [Ingress, Ingress]")),
                valid(
                        "acceptsEgressOnly",
                        knp(
                                "policyTypes: [Egress]\negress: [{to: [{namespaceSelector: {matchLabels: {name: kube-system}}}]}]")),
                valid("acceptsPrefixedLabelKey", knp("podSelector: {matchLabels: {app.kubernetes.io/name: web}}")),
                valid("acceptsEmptyLabelValue", knp("podSelector: {matchLabels: {canary: \"\"}}")),
                only(
                        "rejectsLowercaseProtocol",
                        knp("ingress: [{ports: [{protocol: tcp, port: 80}]}]"),
                        "spec.ingress[0].ports[0].protocol",
                        "protocol 'tcp' is not supported; use TCP, UDP or SCTP"),
                only(
                        "rejectsIcmpProtocol",
                        knp("ingress: [{ports: [{protocol: ICMP}]}]"),
                        "spec.ingress[0].ports[0].protocol",
                        "protocol 'ICMP' is not supported; use TCP, UDP or SCTP"),
                only(
                        "rejectsNumericProtocol",
                        knp("ingress: [{ports: [{protocol: 6}]}]"),
                        "spec.ingress[0].ports[0].protocol",
                        "expected a string, got a number (6)"),
                only(
                        "rejectsPortZero",
                        knp("ingress: [{ports: [{port: 0}]}]"),
                        "spec.ingress[0].ports[0].port",
                        "port 0 is not valid; a port is 1-65535"),
                only(
                        "rejectsPortAboveRange",
                        knp("egress: [{ports: [{port: 65536}]}]"),
                        "spec.egress[0].ports[0].port",
                        "port 65536 is not valid; a port is 1-65535"),
                only(
                        "rejectsNegativePort",
                        knp("egress: [{ports: [{port: -1}]}]"),
                        "spec.egress[0].ports[0].port",
                        "port -1 is not valid; a port is 1-65535"),
                only(
                        "rejectsQuotedNumberAsPortName",
                        knp("ingress: [{ports: [{port: \"80\"}]}]"),
                        "spec.ingress[0].ports[0].port",
                        "port name '80' is not valid: it needs at least one letter"),
                only(
                        "rejectsUppercasePortName",
                        knp("ingress: [{ports: [{port: Metrics}]}]"),
                        "spec.ingress[0].ports[0].port",
                        "port name 'Metrics' is not valid: only lowercase letters, digits and '-' are allowed"),
                only(
                        "rejectsLongPortName",
                        knp("ingress: [{ports: [{port: a-very-long-port-name}]}]"),
                        "spec.ingress[0].ports[0].port",
                        "port name 'a-very-long-port-name' is not valid: it is 21 characters long, at most 15"),
                only(
                        "rejectsPortAsList",
                        knp("ingress: [{ports: [{port: [80]}]}]"),
                        "spec.ingress[0].ports[0].port",
                        "expected a port number or name, got a list"),
                only(
                        "rejectsEndPortBelowPort",
                        knp("egress: [{ports: [{port: 32768, endPort: 32000}]}]"),
                        "spec.egress[0].ports[0].endPort",
                        "endPort 32000 is less than port 32768"),
                only(
                        "rejectsEndPortAboveRange",
                        knp("egress: [{ports: [{port: 80, endPort: 70000}]}]"),
                        "spec.egress[0].ports[0].endPort",
                        "endPort 70000 is not valid; a port is 1-65535"),
                only(
                        "rejectsEndPortWithNamedPort",
                        knp("egress: [{ports: [{port: http, endPort: 90}]}]"),
                        "spec.egress[0].ports[0].endPort",
                        "endPort needs a numeric port; a named port cannot start a range"),
                only(
                        "rejectsEndPortWithoutPort",
                        knp("egress: [{ports: [{protocol: TCP, endPort: 90}]}]"),
                        "spec.egress[0].ports[0].endPort",
                        "endPort needs port: it ends the range that port starts"),
                only(
                        "rejectsUnknownPortField",
                        knp("ingress: [{ports: [{port: 80, portRange: 90}]}]"),
                        "spec.ingress[0].ports[0].portRange",
                        "unknown field 'portRange'"),
                only(
                        "rejectsEmptyPeer",
                        knp("ingress: [{from: [{}]}]"),
                        "spec.ingress[0].from[0]",
                        "a peer needs podSelector, namespaceSelector or ipBlock"),
                only(
                        "rejectsIpBlockWithPodSelector",
                        knp("ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}]}]"),
                        "spec.ingress[0].from[0]",
                        "ipBlock cannot be combined with podSelector or namespaceSelector in one peer"),
                only(
                        "rejectsIpBlockWithNamespaceSelector",
                        knp("egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8}, namespaceSelector: {}}]}]"),
                        "spec.egress[0].to[0]",
                        "ipBlock cannot be combined with podSelector or namespaceSelector in one peer"),
                only(
                        "rejectsIpBlockWithoutCidr",
                        knp("egress: [{to: [{ipBlock: {except: [10.0.0.0/8]}}]}]"),
                        "spec.egress[0].to[0].ipBlock.cidr",
                        "cidr is required"),
                only(
                        "rejectsBareAddressAsCidr",
                        knp("egress: [{to: [{ipBlock: {cidr: 10.0.0.1}}]}]"),
                        "spec.egress[0].to[0].ipBlock.cidr",
                        "'10.0.0.1' is not a CIDR"),
                only(
                        "rejectsGarbageCidr",
                        knp("egress: [{to: [{ipBlock: {cidr: 10.0.0.0/33}}]}]"),
                        "spec.egress[0].to[0].ipBlock.cidr",
                        "'10.0.0.0/33' is not a CIDR"),
                only(
                        "rejectsExceptOutsideCidr",
                        knp("egress: [{to: [{ipBlock: {cidr: 10.0.0.0/16, except: [10.1.0.0/24]}}]}]"),
                        "spec.egress[0].to[0].ipBlock.except[0]",
                        "except '10.1.0.0/24' is not strictly inside cidr '10.0.0.0/16'"),
                only(
                        "rejectsExceptEqualToCidr",
                        knp("egress: [{to: [{ipBlock: {cidr: 10.0.0.0/16, except: [10.0.0.0/16]}}]}]"),
                        "spec.egress[0].to[0].ipBlock.except[0]",
                        "except '10.0.0.0/16' is not strictly inside cidr '10.0.0.0/16'"),
                only(
                        "rejectsExceptOfOtherFamily",
                        knp("egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8, except: [\"fd00::/64\"]}}]}]"),
                        "spec.egress[0].to[0].ipBlock.except[0]",
                        "except 'fd00::/64' is not strictly inside cidr '10.0.0.0/8'"),
                only(
                        "rejectsInvalidExcept",
                        knp("egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8, except: [nope]}}]}]"),
                        "spec.egress[0].to[0].ipBlock.except[0]",
                        "'nope' is not a CIDR"),
                only(
                        "rejectsUnknownIpBlockField",
                        knp("egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8, exclude: [10.1.0.0/16]}}]}]"),
                        "spec.egress[0].to[0].ipBlock.exclude",
                        "unknown field 'exclude'"),
                only(
                        "rejectsInOperatorWithoutValues",
                        knp("podSelector: {matchExpressions: [{key: app, operator: In}]}"),
                        "spec.podSelector.matchExpressions[0].values",
                        "values must not be empty when operator is In"),
                only(
                        "rejectsNotInWithEmptyValues",
                        knp("podSelector: {matchExpressions: [{key: app, operator: NotIn, values: []}]}"),
                        "spec.podSelector.matchExpressions[0].values",
                        "values must not be empty when operator is NotIn"),
                only(
                        "rejectsExistsWithValues",
                        knp("podSelector: {matchExpressions: [{key: app, operator: Exists, values: [a]}]}"),
                        "spec.podSelector.matchExpressions[0].values",
                        "values must be empty when operator is Exists"),
                only(
                        "rejectsDoesNotExistWithValues",
                        knp(
                                "ingress: [{from: [{namespaceSelector: {matchExpressions: [{key: a, operator: DoesNotExist, values: [b]}]}}]}]"),
                        "spec.ingress[0].from[0].namespaceSelector.matchExpressions[0].values",
                        "values must be empty when operator is DoesNotExist"),
                only(
                        "rejectsLowercaseOperator",
                        knp("podSelector: {matchExpressions: [{key: app, operator: in, values: [a]}]}"),
                        "spec.podSelector.matchExpressions[0].operator",
                        "invalid operator 'in'"),
                only(
                        "rejectsMissingOperator",
                        knp("podSelector: {matchExpressions: [{key: app, values: [a]}]}"),
                        "spec.podSelector.matchExpressions[0].operator",
                        "missing operator"),
                only(
                        "rejectsMissingKey",
                        knp("podSelector: {matchExpressions: [{operator: Exists}]}"),
                        "spec.podSelector.matchExpressions[0].key",
                        "key is required"),
                only(
                        "rejectsInvalidExpressionKey",
                        knp("podSelector: {matchExpressions: [{key: \"-app\", operator: Exists}]}"),
                        "spec.podSelector.matchExpressions[0].key",
                        "label key '-app' is not valid: the name part '-app' has characters or ends that are not allowed; a label key is "
                                + "an optional DNS subdomain prefix and '/', then a name of at most 63 characters made of letters,"
                                + " digits, '-', '_' and '.', starting and ending with a letter or digit"),
                only(
                        "rejectsInvalidExpressionValue",
                        knp("podSelector: {matchExpressions: [{key: app, operator: In, values: [\"a b\"]}]}"),
                        "spec.podSelector.matchExpressions[0].values[0]",
                        "label value 'a b' is not valid: only letters, digits, '-', '_' and '.' are allowed, starting and ending with a letter or digit"),
                only(
                        "rejectsInvalidMatchLabelsKey",
                        knp("podSelector: {matchLabels: {\"a/b/c\": x}}"),
                        "spec.podSelector.matchLabels.a/b/c",
                        "label key 'a/b/c' is not valid: it has more than one '/'; a label key is an optional DNS subdomain prefix "
                                + "and '/', then a name of at most 63 characters made of letters, digits, '-', '_' and '.', starting and "
                                + "ending with a letter or digit"),
                only(
                        "rejectsInvalidMatchLabelsValue",
                        knp("ingress: [{from: [{podSelector: {matchLabels: {app: \"web!\"}}}]}]"),
                        "spec.ingress[0].from[0].podSelector.matchLabels.app",
                        "label value 'web!' is not valid: only letters, digits, '-', '_' and '.' are allowed, starting and ending with a letter or digit"),
                only(
                        "rejectsNumericMatchLabelsValue",
                        knp("podSelector: {matchLabels: {version: 2}}"),
                        "spec.podSelector.matchLabels.version",
                        "expected a string, got a number (2)"),
                only(
                        "rejectsCalicoSelectorString",
                        knp("podSelector: \"role == 'db'\""),
                        "spec.podSelector",
                        "expected a map, got a string"),
                only(
                        "rejectsUnknownSelectorField",
                        knp("podSelector: {matchLabel: {a: b}}"),
                        "spec.podSelector.matchLabel",
                        "unknown field 'matchLabel'"),
                only(
                        "rejectsLowercasePolicyType",
                        knp("policyTypes: [ingress]"),
                        "spec.policyTypes[0]",
                        "invalid policy type 'ingress'"),
                only(
                        "rejectsThreePolicyTypes",
                        knp("policyTypes: [Ingress, Egress, Ingress]"),
                        "spec.policyTypes",
                        "may not specify more than two policyTypes"),
                only(
                        "rejectsCalicoRuleFieldInKubernetesRule",
                        knp("ingress: [{action: Allow}]"),
                        "spec.ingress[0].action",
                        "unknown field 'action'"),
                only(
                        "rejectsToInIngressRule",
                        knp("ingress: [{to: [{podSelector: {}}]}]"),
                        "spec.ingress[0].to",
                        "unknown field 'to'"),
                only(
                        "rejectsFromInEgressRule",
                        knp("egress: [{from: [{podSelector: {}}]}]"),
                        "spec.egress[0].from",
                        "unknown field 'from'"),
                only("rejectsCalicoSpecField", knp("selector: all()"), "spec.selector", "unknown field 'selector'"),
                only(
                        "rejectsStagedActionOnEnforcedKubernetesPolicy",
                        knp("stagedAction: Set"),
                        "spec.stagedAction",
                        "unknown field 'stagedAction'"),
                only(
                        "rejectsInvalidKubernetesPolicyName",
                        """
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata: {name: Allow_DB, namespace: prod}
                        """,
                        "metadata.name",
                        "name 'Allow_DB' is not a valid NetworkPolicy name; use lowercase letters, digits,"
                                + " '-' and '.', starting and ending with a letter or digit, at most 253 characters"),
                only(
                        "rejectsOldExtensionsApiVersion",
                        """
                        apiVersion: extensions/v1beta1
                        kind: NetworkPolicy
                        metadata: {name: a, namespace: prod}
                        """,
                        "apiVersion",
                        "unsupported apiVersion 'extensions/v1beta1'")));
    }
}
