package dev.polcat.validate;

import static dev.polcat.validate.Docs.doc;
import static dev.polcat.validate.Docs.gnpNamed;
import static dev.polcat.validate.ValidationAssertions.invalid;
import static dev.polcat.validate.ValidationAssertions.valid;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** metadata.name per kind, labels, annotations and rule annotations. */
class NameAndMetadataValidationTest {
    private static final String ALLOW = "ingress:\n  - action: Allow";

    private static String npNamed(String name) {
        return doc("NetworkPolicy", "name: " + name + "\nnamespace: prod", ALLOW);
    }

    private static String tierNamed(String name) {
        return doc("Tier", "name: " + name, "order: 100");
    }

    private static String gnsNamed(String name) {
        return doc("GlobalNetworkSet", "name: " + name, "nets: [10.0.0.0/8]");
    }

    private static String withMetadata(String metadata) {
        return doc("GlobalNetworkPolicy", "name: security.test\n" + metadata, ALLOW);
    }

    @TestFactory
    Stream<DynamicTest> policyNames() {
        return ValidationAssertions.run(
                List.of(
                        valid("acceptsGnpLabelName", gnpNamed("allow-dns", ALLOW)),
                        valid("acceptsGnpNameWithOneDot", gnpNamed("security.allow-dns", ALLOW)),
                        valid(
                                "acceptsGnpTierPrefixThatDiffersFromTier",
                                gnpNamed("platform.x", "tier: security\n" + ALLOW)),
                        invalid(
                                "rejectsGnpNameWithTwoDots",
                                gnpNamed("security.allow.dns", ALLOW),
                                "metadata.name",
                                "name 'security.allow.dns' is not a valid GlobalNetworkPolicy name; use lowercase letters, digits and '-' with at most one '.' (e.g. security.allow-dns); '_' and uppercase are not allowed"),
                        invalid(
                                "rejectsGnpKnpDefaultName",
                                gnpNamed("knp.default.x", ALLOW),
                                "metadata.name",
                                "name 'knp.default.x' is not a valid GlobalNetworkPolicy name; use lowercase letters, digits and '-' with at most one '.' (e.g. security.allow-dns); '_' and uppercase are not allowed"),
                        invalid(
                                "rejectsGnpUppercaseName",
                                gnpNamed("Security.AllowDNS", ALLOW),
                                "metadata.name",
                                "name 'Security.AllowDNS' is not a valid GlobalNetworkPolicy name; use lowercase letters, digits and '-' with at most one '.' (e.g. security.allow-dns); '_' and uppercase are not allowed"),
                        invalid(
                                "rejectsGnpUnderscoreAlthoughDocsAllowIt",
                                gnpNamed("allow_dns", ALLOW),
                                "metadata.name",
                                "name 'allow_dns' is not a valid GlobalNetworkPolicy name; use lowercase letters, digits and '-' with at most one '.' (e.g. security.allow-dns); '_' and uppercase are not allowed"),
                        invalid(
                                "rejectsGnpLeadingHyphen",
                                gnpNamed("-allow", ALLOW),
                                "metadata.name",
                                "name '-allow' is not a valid GlobalNetworkPolicy name; use lowercase letters, digits and '-' with at most one '.' (e.g. security.allow-dns); '_' and uppercase are not allowed"),
                        invalid(
                                "rejectsGnpTrailingHyphen",
                                gnpNamed("allow-", ALLOW),
                                "metadata.name",
                                "name 'allow-' is not a valid GlobalNetworkPolicy name; use lowercase letters, digits and '-' with at most one '.' (e.g. security.allow-dns); '_' and uppercase are not allowed"),
                        invalid(
                                "rejectsGnpTilde",
                                gnpNamed("allow~dns", ALLOW),
                                "metadata.name",
                                "name 'allow~dns' is not a valid GlobalNetworkPolicy name; use lowercase letters, digits and '-' with at most one '.' (e.g. security.allow-dns); '_' and uppercase are not allowed"),
                        invalid(
                                "rejectsGnpDollar",
                                gnpNamed("'allow$dns'", ALLOW),
                                "metadata.name",
                                "name 'allow$dns' is not a valid GlobalNetworkPolicy name; use lowercase letters, digits and '-' with at most one '.' (e.g. security.allow-dns); '_' and uppercase are not allowed"),
                        invalid(
                                "rejectsGnpEmptyLabelAroundDot",
                                gnpNamed("security.", ALLOW),
                                "metadata.name",
                                "name 'security.' is not a valid GlobalNetworkPolicy name; use lowercase letters, digits and '-' with at most one '.' (e.g. security.allow-dns); '_' and uppercase are not allowed"),
                        valid("acceptsGnpName253Characters", gnpNamed("a".repeat(63) + "." + "b".repeat(63), ALLOW)),
                        invalid(
                                "rejectsGnpName254Characters",
                                gnpNamed("a".repeat(254), ALLOW),
                                "metadata.name",
                                "name is 254 characters long; a GlobalNetworkPolicy name is at most 253 characters"),
                        invalid(
                                "rejectsMissingName",
                                doc("GlobalNetworkPolicy", "labels: {a: b}", ALLOW),
                                "metadata.name",
                                "missing metadata.name"),
                        valid("acceptsNpLabelName", npNamed("allow-web")),
                        valid("acceptsNpNameWithOneDot", npNamed("security.allow-web")),
                        valid("acceptsNpKnpDefaultName", npNamed("knp.default.allow.web.x")),
                        valid("acceptsNpOssgDefaultName", npNamed("ossg.default.rule-1")),
                        invalid(
                                "rejectsNpNameWithTwoDots",
                                npNamed("a.b.c"),
                                "metadata.name",
                                "name 'a.b.c' is not a valid NetworkPolicy name; use lowercase letters, digits and '-' with at most one '.' (e.g. security.allow-dns), or knp.default.<name>"),
                        invalid(
                                "rejectsNpKnpWithoutDefault",
                                npNamed("knp.other.x"),
                                "metadata.name",
                                "name 'knp.other.x' is not a valid NetworkPolicy name; use lowercase letters, digits and '-' with at most one '.' (e.g. security.allow-dns), or knp.default.<name>"),
                        invalid(
                                "rejectsNpUppercase",
                                npNamed("AllowWeb"),
                                "metadata.name",
                                "name 'AllowWeb' is not a valid NetworkPolicy name; use lowercase letters, digits and '-' with at most one '.' (e.g. security.allow-dns), or knp.default.<name>"),
                        invalid(
                                "rejectsNamespaceThatClimbsFolders",
                                doc("NetworkPolicy", "name: a\nnamespace: ../../x", ALLOW),
                                "metadata.namespace",
                                "namespace '../../x' is not valid; a namespace is at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit"),
                        invalid(
                                "rejectsNamespaceWithNewline",
                                doc("NetworkPolicy", "name: a\nnamespace: \"prod\\nx\"", ALLOW),
                                "metadata.namespace",
                                "namespace 'prod\\nx' is not valid; a namespace is at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit"),
                        invalid(
                                "rejectsUppercaseNamespace",
                                doc("NetworkPolicy", "name: a\nnamespace: Prod", ALLOW),
                                "metadata.namespace",
                                "namespace 'Prod' is not valid; a namespace is at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit")));
    }

    @TestFactory
    Stream<DynamicTest> otherNames() {
        return ValidationAssertions.run(
                List.of(
                        valid("acceptsTierLabelName", tierNamed("security")),
                        invalid(
                                "rejectsTierNameWithDot",
                                tierNamed("sec.ops"),
                                "metadata.name",
                                "name 'sec.ops' is not a valid Tier name; use lowercase letters, digits and '-', no dots, at most 63 characters"),
                        valid("acceptsTierName63Characters", tierNamed("t".repeat(63))),
                        invalid(
                                "rejectsTierName64Characters",
                                tierNamed("t".repeat(64)),
                                "metadata.name",
                                "name is 64 characters long; a Tier name is at most 63 characters"),
                        invalid(
                                "rejectsTierUppercaseName",
                                tierNamed("Security"),
                                "metadata.name",
                                "name 'Security' is not a valid Tier name; use lowercase letters, digits and '-', no dots, at most 63 characters"),
                        valid("acceptsNetworkSetSubdomainName", gnsNamed("corp.networks.v1")),
                        invalid(
                                "rejectsNetworkSetUnderscoreName",
                                gnsNamed("corp_nets"),
                                "metadata.name",
                                "name 'corp_nets' is not a valid GlobalNetworkSet name; use lowercase letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters"),
                        invalid(
                                "rejectsNetworkSetDoubleDotName",
                                gnsNamed("corp..nets"),
                                "metadata.name",
                                "name 'corp..nets' is not a valid GlobalNetworkSet name; use lowercase letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters"),
                        valid(
                                "acceptsHostEndpointDottedName",
                                doc("HostEndpoint", "name: node1.eth0", "node: node1\ninterfaceName: eth0")),
                        invalid(
                                "rejectsHostEndpointUppercaseName",
                                doc("HostEndpoint", "name: Node1", "node: node1\ninterfaceName: eth0"),
                                "metadata.name",
                                "name 'Node1' is not a valid HostEndpoint name; use lowercase letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters")));
    }

    @TestFactory
    Stream<DynamicTest> labelsAndAnnotations() {
        return ValidationAssertions.run(List.of(
                valid("acceptsQualifiedLabelKeys", withMetadata("""
                        labels:
                          app: web
                          app.kubernetes.io/name: Web_App.v1
                          example.com/Role-Name: ""
                        """)),
                invalid(
                        "rejectsLabelKeyWithSpace",
                        withMetadata("labels: {\"my app\": web}"),
                        "metadata.labels.my app",
                        "label key 'my app' is not valid: the name part 'my app' has characters or ends that are not allowed; a label key is an optional DNS subdomain prefix and '/', then a name of at most 63 characters made of letters, digits, '-', '_' and '.', starting and ending with a letter or digit"),
                invalid(
                        "rejectsLabelKeyWithTwoSlashes",
                        withMetadata("labels: {a/b/c: x}"),
                        "metadata.labels.a/b/c",
                        "label key 'a/b/c' is not valid: it has more than one '/'; a label key is an optional DNS subdomain prefix and '/', then a name of at most 63 characters made of letters, digits, '-', '_' and '.', starting and ending with a letter or digit"),
                invalid(
                        "rejectsLabelKeyWithEmptyPrefix",
                        withMetadata("labels: {/app: x}"),
                        "metadata.labels./app",
                        "label key '/app' is not valid: the prefix before '/' is empty; a label key is an optional DNS subdomain prefix and '/', then a name of at most 63 characters made of letters, digits, '-', '_' and '.', starting and ending with a letter or digit"),
                invalid(
                        "rejectsLabelKeyWithUppercasePrefix",
                        withMetadata("labels: {Example.com/app: x}"),
                        "metadata.labels.Example.com/app",
                        "label key 'Example.com/app' is not valid: the prefix 'Example.com' is not a lowercase DNS subdomain; a label key is an optional DNS subdomain prefix and '/', then a name of at most 63 characters made of letters, digits, '-', '_' and '.', starting and ending with a letter or digit"),
                invalid(
                        "rejectsLabelKeyNameLongerThan63",
                        withMetadata("labels: {" + "k".repeat(64) + ": x}"),
                        "metadata.labels." + "k".repeat(64),
                        "label key 'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk' is not valid: the name part is 64 characters long; a label key is an optional DNS subdomain prefix and '/', then a name of at most 63 characters made of letters, digits, '-', '_' and '.', starting and ending with a letter or digit"),
                invalid(
                        "rejectsLabelKeyEndingInDot",
                        withMetadata("labels: {app.: x}"),
                        "metadata.labels.app.",
                        "label key 'app.' is not valid: the name part 'app.' has characters or ends that are not allowed; a label key is an optional DNS subdomain prefix and '/', then a name of at most 63 characters made of letters, digits, '-', '_' and '.', starting and ending with a letter or digit"),
                invalid(
                        "rejectsLabelKeyWithEmptyName",
                        withMetadata("labels: {example.com/: x}"),
                        "metadata.labels.example.com/",
                        "label key 'example.com/' is not valid: the name part is empty; a label key is an optional DNS subdomain prefix and '/', then a name of at most 63 characters made of letters, digits, '-', '_' and '.', starting and ending with a letter or digit"),
                invalid(
                        "rejectsLabelValueWithSpace",
                        withMetadata("labels: {app: my web}"),
                        "metadata.labels.app",
                        "label value 'my web' is not valid: only letters, digits, '-', '_' and '.' are allowed, starting and ending with a letter or digit"),
                invalid(
                        "rejectsLabelValueLongerThan63",
                        withMetadata("labels: {app: " + "v".repeat(64) + "}"),
                        "metadata.labels.app",
                        "label value 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv' is not valid: it is 64 characters long, at most 63"),
                invalid(
                        "rejectsLabelValueEndingInHyphen",
                        withMetadata("labels: {app: web-}"),
                        "metadata.labels.app",
                        "label value 'web-' is not valid: only letters, digits, '-', '_' and '.' are allowed, starting and ending with a letter or digit"),
                invalid(
                        "rejectsNumericLabelValue",
                        withMetadata("labels: {tier: 1}"),
                        "metadata.labels.tier",
                        "expected a string, got a number (1)"),
                valid("acceptsMixedCaseAnnotationKeyBecauseItIsLowercasedFirst", withMetadata("""
                        annotations:
                          ProjectCalico.org/Label: anything at all, even spaces
                        """)),
                invalid(
                        "rejectsAnnotationKeyWithSpace",
                        withMetadata("annotations: {\"my note\": x}"),
                        "metadata.annotations.my note",
                        "annotation key 'my note' is not valid: the name part 'my note' has characters or ends that are not allowed; an annotation key is an optional DNS subdomain prefix and '/', then a name of at most 63 characters made of letters, digits, '-', '_' and '.', starting and ending with a letter or digit"),
                invalid(
                        "rejectsAnnotationKeyWithTwoSlashes",
                        withMetadata("annotations: {a/b/c: x}"),
                        "metadata.annotations.a/b/c",
                        "annotation key 'a/b/c' is not valid: it has more than one '/'; an annotation key is an optional DNS subdomain prefix and '/', then a name of at most 63 characters made of letters, digits, '-', '_' and '.', starting and ending with a letter or digit"),
                valid(
                        "acceptsAnnotationsJustUnder256KiB",
                        withMetadata("annotations: {note: " + "x".repeat(256 * 1024 - 4) + "}")),
                invalid(
                        "rejectsAnnotationsOver256KiB",
                        withMetadata("annotations: {note: " + "x".repeat(256 * 1024 - 3) + "}"),
                        "metadata.annotations",
                        "annotations total 262145 bytes, 1 bytes over the 262144-byte (256 KiB) limit for keys plus values"),
                invalid(
                        "rejectsAnnotationsOver256KiBCountingUtf8Bytes",
                        withMetadata("annotations: {note: " + "é".repeat(131_072) + "}"),
                        "metadata.annotations",
                        "annotations total 262148 bytes, 4 bytes over the 262144-byte (256 KiB) limit for keys plus values"),
                valid("acceptsRuleAnnotations", Docs.ingress("""
                        action: Allow
                        metadata:
                          annotations:
                            polcat.dev/rule: allow-web
                        """)),
                invalid(
                        "rejectsBadRuleAnnotationKey",
                        Docs.ingress("""
                        action: Allow
                        metadata:
                          annotations:
                            "bad key": x
                        """),
                        "spec.ingress[0].metadata.annotations.bad key",
                        "annotation key 'bad key' is not valid: the name part 'bad key' has characters or ends that are not allowed; an annotation key is an optional DNS subdomain prefix and '/', then a name of at most 63 characters made of letters, digits, '-', '_' and '.', starting and ending with a letter or digit"),
                invalid(
                        "rejectsRuleAnnotationsOver256KiB",
                        Docs.egress("action: Allow\nmetadata:\n  annotations:\n" + "    note: " + "y".repeat(256 * 1024)
                                + "\n"),
                        "spec.egress[0].metadata.annotations",
                        "annotations total 262148 bytes, 4 bytes over the 262144-byte (256 KiB) limit for keys plus values"),
                invalid(
                        "rejectsUnknownRuleMetadataField",
                        Docs.ingress("""
                        action: Allow
                        metadata:
                          labels: {a: b}
                        """),
                        "spec.ingress[0].metadata.labels#key",
                        "unknown field 'labels'")));
    }
}
