package dev.polcat.validate;

import static dev.polcat.validate.Docs.egress;
import static dev.polcat.validate.Docs.ingress;
import static dev.polcat.validate.ValidationAssertions.invalid;
import static dev.polcat.validate.ValidationAssertions.valid;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Rule fields: action, ipVersion, protocol/notProtocol, icmp/notICMP and their coupling. */
class RuleValidationTest {

    @TestFactory
    Stream<DynamicTest> actionAndIpVersion() {
        return ValidationAssertions.run(List.of(
                valid("acceptsEachAction", Docs.gnp("""
                        ingress:
                          - action: Allow
                          - action: Deny
                          - action: Log
                          - action: Pass
                        """)),
                invalid("rejectsMissingAction", ingress("""
                        protocol: TCP
                        """), "spec.ingress[0].action", "missing action"),
                invalid("rejectsLowercaseAction", ingress("""
                        action: allow
                        """), "spec.ingress[0].action", "invalid action 'allow'"),
                invalid("rejectsUnknownAction", egress("""
                        action: Reject
                        """), "spec.egress[0].action", "invalid action 'Reject'"),
                valid("acceptsIpVersion4", ingress("""
                        action: Allow
                        ipVersion: 4
                        """)),
                valid("acceptsIpVersion6", ingress("""
                        action: Allow
                        ipVersion: 6
                        """)),
                invalid(
                        "rejectsIpVersionZero",
                        ingress("""
                        action: Allow
                        ipVersion: 0
                        """),
                        "spec.ingress[0].ipVersion",
                        "ipVersion must be 4 or 6, got 0"),
                invalid(
                        "rejectsIpVersion5",
                        ingress("""
                        action: Allow
                        ipVersion: 5
                        """),
                        "spec.ingress[0].ipVersion",
                        "ipVersion must be 4 or 6, got 5"),
                invalid(
                        "rejectsIpVersionAsString",
                        ingress("""
                        action: Allow
                        ipVersion: "4"
                        """),
                        "spec.ingress[0].ipVersion",
                        "expected a number, got a string (4)"),
                invalid(
                        "rejectsUnknownRuleField",
                        ingress("""
                        action: Allow
                        protocl: TCP
                        """),
                        "spec.ingress[0].protocl#key",
                        "unknown field 'protocl'")));
    }

    @TestFactory
    Stream<DynamicTest> protocols() {
        return ValidationAssertions.run(List.of(
                valid("acceptsEveryProtocolName", Docs.gnp("""
                        ingress:
                          - action: Allow
                            protocol: TCP
                          - action: Allow
                            protocol: UDP
                          - action: Allow
                            protocol: ICMP
                          - action: Allow
                            protocol: ICMPv6
                          - action: Allow
                            protocol: SCTP
                          - action: Allow
                            protocol: UDPLite
                        """)),
                valid("acceptsProtocolNumber1", ingress("""
                        action: Allow
                        protocol: 1
                        """)),
                valid("acceptsProtocolNumber255", ingress("""
                        action: Allow
                        protocol: 255
                        """)),
                valid("acceptsNumericStringProtocol", ingress("""
                        action: Allow
                        protocol: "6"
                        """)),
                invalid(
                        "rejectsLowercaseTcp",
                        ingress("""
                        action: Allow
                        protocol: tcp
                        """),
                        "spec.ingress[0].protocol",
                        "protocol 'tcp' is not valid; use TCP, UDP, ICMP, ICMPv6, SCTP, UDPLite (case-sensitive) or a number 1-255"),
                invalid(
                        "rejectsLowercaseIcmpv6",
                        ingress("""
                        action: Allow
                        protocol: icmpv6
                        """),
                        "spec.ingress[0].protocol",
                        "protocol 'icmpv6' is not valid; use TCP, UDP, ICMP, ICMPv6, SCTP, UDPLite (case-sensitive) or a number 1-255"),
                invalid(
                        "rejectsUnknownProtocolName",
                        ingress("""
                        action: Allow
                        protocol: GRE
                        """),
                        "spec.ingress[0].protocol",
                        "protocol 'GRE' is not valid; use TCP, UDP, ICMP, ICMPv6, SCTP, UDPLite (case-sensitive) or a number 1-255"),
                invalid(
                        "rejectsProtocolZero",
                        ingress("""
                        action: Allow
                        protocol: 0
                        """),
                        "spec.ingress[0].protocol",
                        "protocol number 0 is out of range; use TCP, UDP, ICMP, ICMPv6, SCTP, UDPLite (case-sensitive) or a number 1-255"),
                invalid(
                        "rejectsProtocol256",
                        ingress("""
                        action: Allow
                        protocol: 256
                        """),
                        "spec.ingress[0].protocol",
                        "protocol number 256 is out of range; use TCP, UDP, ICMP, ICMPv6, SCTP, UDPLite (case-sensitive) or a number 1-255"),
                invalid(
                        "rejectsProtocol256AsString",
                        ingress("""
                        action: Allow
                        protocol: "256"
                        """),
                        "spec.ingress[0].protocol",
                        "protocol number 256 is out of range; use TCP, UDP, ICMP, ICMPv6, SCTP, UDPLite (case-sensitive) or a number 1-255"),
                invalid(
                        "rejectsNegativeProtocol",
                        ingress("""
                        action: Allow
                        protocol: -1
                        """),
                        "spec.ingress[0].protocol",
                        "protocol number -1 is out of range; use TCP, UDP, ICMP, ICMPv6, SCTP, UDPLite (case-sensitive) or a number 1-255"),
                invalid(
                        "rejectsProtocolAsList",
                        ingress("""
                        action: Allow
                        protocol: [TCP]
                        """),
                        "spec.ingress[0].protocol",
                        "expected a protocol name or number, got a list"),
                invalid(
                        "rejectsLowercaseNotProtocol",
                        ingress("""
                        action: Allow
                        notProtocol: udp
                        """),
                        "spec.ingress[0].notProtocol",
                        "protocol 'udp' is not valid; use TCP, UDP, ICMP, ICMPv6, SCTP, UDPLite (case-sensitive) or a number 1-255"),
                valid("acceptsNotProtocolNumber", ingress("""
                        action: Deny
                        notProtocol: 17
                        """))));
    }

    @TestFactory
    Stream<DynamicTest> icmp() {
        return ValidationAssertions.run(List.of(
                valid("acceptsIcmpTypeAndCode", ingress("""
                        action: Allow
                        protocol: ICMP
                        icmp: {type: 8, code: 0}
                        """)),
                valid("acceptsIcmpTypeOnly", ingress("""
                        action: Allow
                        protocol: ICMPv6
                        icmp: {type: 128}
                        """)),
                valid("acceptsIcmpWithNumericProtocol1", ingress("""
                        action: Allow
                        protocol: 1
                        icmp: {type: 8}
                        """)),
                valid("acceptsIcmpWithNumericProtocol58", ingress("""
                        action: Allow
                        protocol: 58
                        icmp: {type: 128}
                        """)),
                valid("acceptsIcmpType254AndCode255", ingress("""
                        action: Allow
                        protocol: ICMP
                        icmp: {type: 254, code: 255}
                        """)),
                invalid(
                        "rejectsIcmpType255",
                        ingress("""
                        action: Allow
                        protocol: ICMP
                        icmp: {type: 255}
                        """),
                        "spec.ingress[0].icmp.type",
                        "ICMP type 255 is out of range; allowed 0-254"),
                invalid(
                        "rejectsNegativeIcmpType",
                        ingress("""
                        action: Allow
                        protocol: ICMP
                        icmp: {type: -1}
                        """),
                        "spec.ingress[0].icmp.type",
                        "ICMP type -1 is out of range; allowed 0-254"),
                invalid(
                        "rejectsIcmpCode256",
                        ingress("""
                        action: Allow
                        protocol: ICMP
                        icmp: {type: 3, code: 256}
                        """),
                        "spec.ingress[0].icmp.code",
                        "ICMP code 256 is out of range; allowed 0-255"),
                invalid(
                        "rejectsIcmpCodeWithoutType",
                        ingress("""
                        action: Allow
                        protocol: ICMP
                        icmp: {code: 0}
                        """),
                        "spec.ingress[0].icmp.code",
                        "ICMP code needs an ICMP type; set type as well"),
                invalid(
                        "rejectsNotIcmpCodeWithoutType",
                        ingress("""
                        action: Deny
                        protocol: ICMP
                        notICMP: {code: 1}
                        """),
                        "spec.ingress[0].notICMP.code",
                        "ICMP code needs an ICMP type; set type as well"),
                invalid(
                        "rejectsNotIcmpTypeOutOfRange",
                        ingress("""
                        action: Deny
                        protocol: ICMP
                        notICMP: {type: 300}
                        """),
                        "spec.ingress[0].notICMP.type",
                        "ICMP type 300 is out of range; allowed 0-254"),
                invalid(
                        "rejectsIcmpWithoutProtocol",
                        ingress("""
                        action: Allow
                        icmp: {type: 8}
                        """),
                        "spec.ingress[0].icmp",
                        "icmp needs protocol ICMP, ICMPv6, 1 or 58, got no protocol"),
                invalid(
                        "rejectsIcmpWithTcpProtocol",
                        ingress("""
                        action: Allow
                        protocol: TCP
                        icmp: {type: 8}
                        """),
                        "spec.ingress[0].icmp",
                        "icmp needs protocol ICMP, ICMPv6, 1 or 58, got TCP"),
                invalid(
                        "rejectsIcmpWithNotProtocolOnly",
                        ingress("""
                        action: Allow
                        notProtocol: ICMP
                        icmp: {type: 8}
                        """),
                        "spec.ingress[0].icmp",
                        "icmp needs protocol ICMP, ICMPv6, 1 or 58, got no protocol"),
                valid("acceptsNotIcmpWithoutProtocol", ingress("""
                        action: Deny
                        notICMP: {type: 8}
                        """)),
                valid("acceptsNotIcmpWithTcpProtocol", ingress("""
                        action: Deny
                        protocol: TCP
                        notICMP: {type: 8, code: 0}
                        """)),
                invalid(
                        "rejectsUnknownIcmpField",
                        ingress("""
                        action: Allow
                        protocol: ICMP
                        icmp: {typ: 8}
                        """),
                        "spec.ingress[0].icmp.typ#key",
                        "unknown field 'typ'")));
    }

    @TestFactory
    Stream<DynamicTest> icmpAndIpVersion() {
        return ValidationAssertions.run(List.of(
                valid("acceptsIcmpWithIpVersion4", ingress("""
                        action: Allow
                        protocol: ICMP
                        ipVersion: 4
                        """)),
                valid("acceptsIcmpv6WithIpVersion6", ingress("""
                        action: Allow
                        protocol: ICMPv6
                        ipVersion: 6
                        """)),
                valid("acceptsIcmpWithoutIpVersion", ingress("""
                        action: Allow
                        protocol: ICMP
                        """)),
                invalid(
                        "rejectsIcmpWithIpVersion6",
                        ingress("""
                        action: Allow
                        protocol: ICMP
                        ipVersion: 6
                        """),
                        "spec.ingress[0].ipVersion",
                        "protocol ICMP needs ipVersion 4, got 6"),
                invalid(
                        "rejectsIcmpv6WithIpVersion4",
                        ingress("""
                        action: Allow
                        protocol: ICMPv6
                        ipVersion: 4
                        """),
                        "spec.ingress[0].ipVersion",
                        "protocol ICMPv6 needs ipVersion 6, got 4"),
                invalid(
                        "rejectsProtocol1WithIpVersion6",
                        ingress("""
                        action: Allow
                        protocol: 1
                        ipVersion: 6
                        """),
                        "spec.ingress[0].ipVersion",
                        "protocol 1 needs ipVersion 4, got 6"),
                invalid(
                        "rejectsProtocol58WithIpVersion4",
                        ingress("""
                        action: Allow
                        protocol: 58
                        ipVersion: 4
                        """),
                        "spec.ingress[0].ipVersion",
                        "protocol 58 needs ipVersion 6, got 4"),
                invalid(
                        "rejectsNotProtocolIcmpWithIpVersion6",
                        ingress("""
                        action: Deny
                        notProtocol: ICMP
                        ipVersion: 6
                        """),
                        "spec.ingress[0].ipVersion",
                        "notProtocol ICMP needs ipVersion 4, got 6"),
                invalid(
                        "rejectsNotProtocolIcmpv6WithIpVersion4",
                        egress("""
                        action: Deny
                        notProtocol: ICMPv6
                        ipVersion: 4
                        """),
                        "spec.egress[0].ipVersion",
                        "notProtocol ICMPv6 needs ipVersion 6, got 4"),
                valid("acceptsNotProtocolIcmpWithIpVersion4", ingress("""
                        action: Deny
                        notProtocol: ICMP
                        ipVersion: 4
                        """))));
    }
}
