package dev.polcat.validate;

import static dev.polcat.validate.Docs.egress;
import static dev.polcat.validate.Docs.ingress;
import static dev.polcat.validate.ValidationAssertions.invalid;
import static dev.polcat.validate.ValidationAssertions.valid;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Rule nets and notNets: strict masking, families, ipVersion, the notNets catch-all, limits. */
class CidrValidationTest {

    private static String nets(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> "10." + i / 256 + "." + i % 256 + ".0/24")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    @TestFactory
    Stream<DynamicTest> masking() {
        return ValidationAssertions.run(List.of(
                valid("acceptsMaskedIpv4Cidrs", ingress("""
                        action: Allow
                        source:
                          nets: [10.0.0.0/8, 192.168.1.0/24, 10.1.2.3/32, 0.0.0.0/0]
                        """)),
                valid("acceptsMaskedIpv6Cidrs", ingress("""
                        action: Allow
                        source:
                          nets: ["2001:db8::/32", "fd00::1/128", "::/0"]
                        """)),
                invalid(
                        "rejectsHostBitsInIpv4Cidr",
                        ingress("""
                        action: Allow
                        source:
                          nets: [10.0.0.1/8]
                        """),
                        "spec.ingress[0].source.nets[0]",
                        "10.0.0.1/8 is not a masked CIDR (host bits set); use 10.0.0.0/8"),
                invalid(
                        "rejectsDocsNodePortExampleCidr",
                        ingress("""
                        action: Allow
                        source:
                          nets: [10.0.0.0/8, 1.2.3.4/16]
                        """),
                        "spec.ingress[0].source.nets[1]",
                        "1.2.3.4/16 is not a masked CIDR (host bits set); use 1.2.0.0/16"),
                invalid(
                        "rejectsHostBitsInIpv6Cidr",
                        egress("""
                        action: Allow
                        destination:
                          nets: ["2001:db8::1/32"]
                        """),
                        "spec.egress[0].destination.nets[0]",
                        "2001:db8::1/32 is not a masked CIDR (host bits set); use 2001:db8::/32"),
                invalid(
                        "rejectsHostBitsInNotNets",
                        egress("""
                        action: Deny
                        destination:
                          notNets: [172.16.5.0/12]
                        """),
                        "spec.egress[0].destination.notNets[0]",
                        "172.16.5.0/12 is not a masked CIDR (host bits set); use 172.16.0.0/12"),
                invalid(
                        "rejectsBareIpv4InRuleNets",
                        ingress("""
                        action: Allow
                        source:
                          nets: [10.0.0.1]
                        """),
                        "spec.ingress[0].source.nets[0]",
                        "10.0.0.1 has no prefix length; rule nets must be CIDRs, use 10.0.0.1/32"),
                invalid(
                        "rejectsBareIpv6InRuleNets",
                        ingress("""
                        action: Allow
                        source:
                          nets: ["fd00::1"]
                        """),
                        "spec.ingress[0].source.nets[0]",
                        "fd00::1 has no prefix length; rule nets must be CIDRs, use fd00::1/128"),
                invalid(
                        "rejectsGarbageCidr",
                        ingress("""
                        action: Allow
                        source:
                          nets: [not-a-cidr]
                        """),
                        "spec.ingress[0].source.nets[0]",
                        "'not-a-cidr' is not a valid CIDR; use address/prefix such as 10.0.0.0/8 or 2001:db8::/32"),
                invalid(
                        "rejectsPrefixTooLong",
                        ingress("""
                        action: Allow
                        source:
                          nets: [10.0.0.0/33]
                        """),
                        "spec.ingress[0].source.nets[0]",
                        "'10.0.0.0/33' is not a valid CIDR; use address/prefix such as 10.0.0.0/8 or 2001:db8::/32"),
                invalid(
                        "rejectsLeadingZeroOctet",
                        ingress("""
                        action: Allow
                        source:
                          nets: [010.0.0.0/8]
                        """),
                        "spec.ingress[0].source.nets[0]",
                        "'010.0.0.0/8' is not a valid CIDR; use address/prefix such as 10.0.0.0/8 or 2001:db8::/32"),
                invalid(
                        "rejectsShortIpv4Form",
                        ingress("""
                        action: Allow
                        source:
                          nets: [10.0.0/24]
                        """),
                        "spec.ingress[0].source.nets[0]",
                        "'10.0.0/24' is not a valid CIDR; use address/prefix such as 10.0.0.0/8 or 2001:db8::/32"),
                invalid(
                        "rejectsCidrWithSpaces",
                        ingress("""
                        action: Allow
                        source:
                          nets: [" 10.0.0.0/8"]
                        """),
                        "spec.ingress[0].source.nets[0]",
                        "' 10.0.0.0/8' is not a valid CIDR; use address/prefix such as 10.0.0.0/8 or 2001:db8::/32"),
                invalid(
                        "rejectsDottedMask",
                        ingress("""
                        action: Allow
                        source:
                          nets: [10.0.0.0/255.0.0.0]
                        """),
                        "spec.ingress[0].source.nets[0]",
                        "'10.0.0.0/255.0.0.0' is not a valid CIDR; use address/prefix such as 10.0.0.0/8 or 2001:db8::/32"),
                invalid(
                        "rejectsIpv6Zone",
                        ingress("""
                        action: Allow
                        source:
                          nets: ["fe80::1%eth0/128"]
                        """),
                        "spec.ingress[0].source.nets[0]",
                        "'fe80::1%eth0/128' is not a valid CIDR; use address/prefix such as 10.0.0.0/8 or 2001:db8::/32"),
                invalid(
                        "rejectsNumberAsNet",
                        ingress("""
                        action: Allow
                        source:
                          nets: [10]
                        """),
                        "spec.ingress[0].source.nets[0]",
                        "expected a string, got a number (10)"),
                invalid(
                        "rejectsDuplicateNet",
                        ingress("""
                        action: Allow
                        source:
                          nets: [10.0.0.0/8, 10.0.0.0/8]
                        """),
                        "spec.ingress[0].source.nets[1]",
                        "duplicate entry '10.0.0.0/8'; source.nets is a set")));
    }

    @TestFactory
    Stream<DynamicTest> families() {
        return ValidationAssertions.run(List.of(
                invalid(
                        "rejectsMixedFamiliesInOneList",
                        ingress("""
                        action: Allow
                        source:
                          nets: [10.0.0.0/8, "2001:db8::/32"]
                        """),
                        "spec.ingress[0].source.nets[1]",
                        "2001:db8::/32 is IPv6 but this rule already matches IPv4 (source.nets[0]); one rule cannot mix IPv4 and IPv6"),
                invalid(
                        "rejectsMixedFamiliesAcrossSourceAndDestination",
                        ingress("""
                        action: Allow
                        source:
                          nets: [10.0.0.0/8]
                        destination:
                          nets: ["fd00::/8"]
                        """),
                        "spec.ingress[0].destination.nets[0]",
                        "fd00::/8 is IPv6 but this rule already matches IPv4 (source.nets[0]); one rule cannot mix IPv4 and IPv6"),
                invalid(
                        "rejectsMixedFamiliesAcrossNetsAndNotNets",
                        egress("""
                        action: Allow
                        destination:
                          nets: ["fd00::/8"]
                          notNets: [10.0.0.0/8]
                        """),
                        "spec.egress[0].destination.notNets[0]",
                        "10.0.0.0/8 is IPv4 but this rule already matches IPv6 (destination.nets[0]); one rule cannot mix IPv4 and IPv6"),
                invalid(
                        "rejectsMixedFamiliesAcrossSourceNotNetsAndDestinationNotNets",
                        egress("""
                        action: Deny
                        source:
                          notNets: [10.1.0.0/16]
                        destination:
                          notNets: ["fd00:1::/32"]
                        """),
                        "spec.egress[0].destination.notNets[0]",
                        "fd00:1::/32 is IPv6 but this rule already matches IPv4 (source.notNets[0]); one rule cannot mix IPv4 and IPv6"),
                valid("acceptsOneFamilyAcrossAllFourLists", ingress("""
                        action: Allow
                        source:
                          nets: [10.0.0.0/8]
                          notNets: [10.1.0.0/16]
                        destination:
                          nets: [192.168.0.0/16]
                          notNets: [192.168.1.0/24]
                        """)),
                valid("acceptsIpv4NetsWithIpVersion4", ingress("""
                        action: Allow
                        ipVersion: 4
                        source:
                          nets: [10.0.0.0/8]
                        """)),
                valid("acceptsIpv6NetsWithIpVersion6", ingress("""
                        action: Allow
                        ipVersion: 6
                        destination:
                          notNets: ["fd00::/8"]
                        """)),
                invalid(
                        "rejectsIpv4NetsWithIpVersion6",
                        ingress("""
                        action: Allow
                        ipVersion: 6
                        source:
                          nets: [10.0.0.0/8]
                        """),
                        "spec.ingress[0].source.nets[0]",
                        "10.0.0.0/8 is IPv4 but the rule has ipVersion 6"),
                invalid(
                        "rejectsIpv6NotNetsWithIpVersion4",
                        egress("""
                        action: Allow
                        ipVersion: 4
                        destination:
                          notNets: ["2001:db8::/32"]
                        """),
                        "spec.egress[0].destination.notNets[0]",
                        "2001:db8::/32 is IPv6 but the rule has ipVersion 4")));
    }

    @TestFactory
    Stream<DynamicTest> catchAllAndLimits() {
        return ValidationAssertions.run(List.of(
                invalid(
                        "rejectsIpv4CatchAllInNotNets",
                        ingress("""
                        action: Deny
                        source:
                          notNets: [0.0.0.0/0]
                        """),
                        "spec.ingress[0].source.notNets[0]",
                        "notNets must not contain the catch-all 0.0.0.0/0: the rule would match no traffic"),
                invalid(
                        "rejectsIpv6CatchAllInNotNets",
                        egress("""
                        action: Deny
                        destination:
                          notNets: ["::/0"]
                        """),
                        "spec.egress[0].destination.notNets[0]",
                        "notNets must not contain the catch-all ::/0: the rule would match no traffic"),
                invalid(
                        "rejectsLongIpv6CatchAllSpellingInNotNets",
                        egress("""
                        action: Deny
                        destination:
                          notNets: ["0:0:0:0:0:0:0:0/0"]
                        """),
                        "spec.egress[0].destination.notNets[0]",
                        "notNets must not contain the catch-all 0:0:0:0:0:0:0:0/0: the rule would match no traffic"),
                invalid(
                        "rejectsZeroPrefixedIpv6CatchAllInNotNets",
                        ingress("""
                        action: Deny
                        source:
                          notNets: ["0::/0"]
                        """),
                        "spec.ingress[0].source.notNets[0]",
                        "notNets must not contain the catch-all 0::/0: the rule would match no traffic"),
                valid("acceptsCatchAllInNets", ingress("""
                        action: Allow
                        source:
                          nets: [0.0.0.0/0]
                        """)),
                valid("acceptsIpv6CatchAllInNets", ingress("""
                        action: Allow
                        destination:
                          nets: ["::/0"]
                        """)),
                valid("acceptsNonCanonicalIpv4CatchAllInNotNetsAsCalicoComparesTheString", ingress("""
                        action: Deny
                        source:
                          notNets: [0.0.0.0/00]
                        """)),
                valid("acceptsHalfRangeInNotNets", ingress("""
                        action: Deny
                        source:
                          notNets: [0.0.0.0/1]
                        """)),
                valid("accepts256Nets", ingress("action: Allow\nsource:\n  nets: " + nets(256))),
                invalid(
                        "rejects257Nets",
                        ingress("action: Allow\nsource:\n  nets: " + nets(257)),
                        "spec.ingress[0].source.nets",
                        "257 entries listed; at most 256 are allowed"),
                invalid(
                        "rejects257NotNets",
                        egress("action: Deny\ndestination:\n  notNets: " + nets(257)),
                        "spec.egress[0].destination.notNets",
                        "257 entries listed; at most 256 are allowed")));
    }
}
