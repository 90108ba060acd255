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

/** Port syntax, named ports, the 50-port limit, and which protocols may carry ports. */
class PortValidationTest {

    private static String ports(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(Integer::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    @TestFactory
    Stream<DynamicTest> portSyntax() {
        return ValidationAssertions.run(List.of(
                valid("acceptsSinglePortsAndRanges", ingress("""
                        action: Allow
                        protocol: TCP
                        destination:
                          ports: [22, 443, "8000:8100", 1, 65535, "1:65535", "80:80"]
                        """)),
                valid("acceptsAllDigitPortStringWithProtocol", ingress("""
                        action: Allow
                        protocol: TCP
                        destination:
                          ports: ["8080"]
                        """)),
                invalid(
                        "rejectsPortZero",
                        ingress("""
                        action: Allow
                        protocol: TCP
                        destination:
                          ports: [0]
                        """),
                        "spec.ingress[0].destination.ports[0]",
                        "port 0 is out of range; ports are 1-65535"),
                invalid(
                        "rejectsPort65536",
                        ingress("""
                        action: Allow
                        protocol: TCP
                        destination:
                          ports: [443, 65536]
                        """),
                        "spec.ingress[0].destination.ports[1]",
                        "port 65536 is out of range; ports are 1-65535"),
                invalid(
                        "rejectsNegativePort",
                        ingress("""
                        action: Allow
                        protocol: TCP
                        destination:
                          ports: [-1]
                        """),
                        "spec.ingress[0].destination.ports[0]",
                        "invalid port '-1'"),
                invalid(
                        "rejectsReversedRange",
                        ingress("""
                        action: Allow
                        protocol: TCP
                        destination:
                          ports: ["10:1"]
                        """),
                        "spec.ingress[0].destination.ports[0]",
                        "port range 10:1 is reversed; the first port must not exceed the second"),
                invalid(
                        "rejectsRangeFromZero",
                        ingress("""
                        action: Allow
                        protocol: UDP
                        source:
                          ports: ["0:100"]
                        """),
                        "spec.ingress[0].source.ports[0]",
                        "port range 0:100 is out of range; ports are 1-65535"),
                invalid(
                        "rejectsRangeAbove65535",
                        ingress("""
                        action: Allow
                        protocol: UDP
                        destination:
                          notPorts: ["60000:70000"]
                        """),
                        "spec.ingress[0].destination.notPorts[0]",
                        "port range 60000:70000 is out of range; ports are 1-65535"),
                invalid(
                        "rejectsThreePartRange",
                        ingress("""
                        action: Allow
                        protocol: TCP
                        destination:
                          ports: ["1:2:3"]
                        """),
                        "spec.ingress[0].destination.ports[0]",
                        "invalid port '1:2:3'"),
                invalid(
                        "rejectsWildcardPort",
                        ingress("""
                        action: Allow
                        protocol: TCP
                        destination:
                          ports: ["*"]
                        """),
                        "spec.ingress[0].destination.ports[0]",
                        "invalid port '*'"),
                invalid("rejectsPortAsMap", ingress("""
                        action: Allow
                        protocol: TCP
                        destination:
                          ports: [{port: 80}]
                        """), "spec.ingress[0].destination.ports[0]", "invalid port a map"),
                invalid(
                        "rejectsPortsAsScalar",
                        ingress("""
                        action: Allow
                        protocol: TCP
                        destination:
                          ports: 80
                        """),
                        "spec.ingress[0].destination.ports",
                        "expected a list, got a number (80)"),
                valid(
                        "acceptsFiftyPorts",
                        ingress("action: Allow\nprotocol: TCP\ndestination:\n  ports: " + ports(50))),
                invalid(
                        "rejectsFiftyOnePorts",
                        ingress("action: Allow\nprotocol: TCP\ndestination:\n  ports: " + ports(51)),
                        "spec.ingress[0].destination.ports",
                        "51 ports listed; at most 50 are allowed"),
                invalid(
                        "rejectsFiftyOneNotPorts",
                        egress("action: Deny\nprotocol: UDP\nsource:\n  notPorts: " + ports(51)),
                        "spec.egress[0].source.notPorts",
                        "51 ports listed; at most 50 are allowed")));
    }

    @TestFactory
    Stream<DynamicTest> namedPorts() {
        return ValidationAssertions.run(List.of(
                valid("acceptsNamedPortWithoutProtocol", ingress("""
                        action: Allow
                        destination:
                          ports: [http, metrics-9090]
                        """)),
                valid("acceptsNamedPortWithTcp", ingress("""
                        action: Allow
                        protocol: TCP
                        destination:
                          ports: [https]
                        """)),
                valid("acceptsFifteenCharacterPortName", ingress("""
                        action: Allow
                        destination:
                          ports: [abcdefghijklmno]
                        """)),
                invalid(
                        "rejectsSixteenCharacterPortName",
                        ingress("""
                        action: Allow
                        destination:
                          ports: [abcdefghijklmnop]
                        """),
                        "spec.ingress[0].destination.ports[0]",
                        "named port 'abcdefghijklmnop' is not valid: it is 16 characters long, at most 15; a named port is at most 15 lowercase letters, digits and '-', with at least one letter, no '--' and no '-' at either end"),
                invalid(
                        "rejectsUppercasePortName",
                        ingress("""
                        action: Allow
                        destination:
                          ports: [HTTP]
                        """),
                        "spec.ingress[0].destination.ports[0]",
                        "named port 'HTTP' is not valid: only lowercase letters, digits and '-' are allowed; a named port is at most 15 lowercase letters, digits and '-', with at least one letter, no '--' and no '-' at either end"),
                invalid(
                        "rejectsUnderscoreInPortName",
                        ingress("""
                        action: Allow
                        destination:
                          ports: [http_alt]
                        """),
                        "spec.ingress[0].destination.ports[0]",
                        "named port 'http_alt' is not valid: only lowercase letters, digits and '-' are allowed; a named port is at most 15 lowercase letters, digits and '-', with at least one letter, no '--' and no '-' at either end"),
                invalid(
                        "rejectsDoubleHyphenInPortName",
                        ingress("""
                        action: Allow
                        destination:
                          ports: [web--api]
                        """),
                        "spec.ingress[0].destination.ports[0]",
                        "named port 'web--api' is not valid: it contains '--'; a named port is at most 15 lowercase letters, digits and '-', with at least one letter, no '--' and no '-' at either end"),
                invalid(
                        "rejectsLeadingHyphenInPortName",
                        ingress("""
                        action: Allow
                        destination:
                          ports: ["-web"]
                        """),
                        "spec.ingress[0].destination.ports[0]",
                        "named port '-web' is not valid: it starts or ends with '-'; a named port is at most 15 lowercase letters, digits and '-', with at least one letter, no '--' and no '-' at either end"),
                invalid(
                        "rejectsTrailingHyphenInPortName",
                        ingress("""
                        action: Allow
                        destination:
                          ports: [web-]
                        """),
                        "spec.ingress[0].destination.ports[0]",
                        "named port 'web-' is not valid: it starts or ends with '-'; a named port is at most 15 lowercase letters, digits and '-', with at least one letter, no '--' and no '-' at either end"),
                invalid(
                        "rejectsDotInPortName",
                        ingress("""
                        action: Allow
                        destination:
                          ports: [web.api]
                        """),
                        "spec.ingress[0].destination.ports[0]",
                        "named port 'web.api' is not valid: only lowercase letters, digits and '-' are allowed; a named port is at most 15 lowercase letters, digits and '-', with at least one letter, no '--' and no '-' at either end"),
                invalid(
                        "rejectsPortNameWithColonParts",
                        ingress("""
                        action: Allow
                        destination:
                          ports: ["a:b:c"]
                        """),
                        "spec.ingress[0].destination.ports[0]",
                        "invalid port 'a:b:c'")));
    }

    @TestFactory
    Stream<DynamicTest> portsNeedProtocol() {
        return ValidationAssertions.run(List.of(
                invalid(
                        "rejectsNumericPortWithoutProtocol",
                        ingress("""
                        action: Allow
                        destination:
                          ports: [443]
                        """),
                        "spec.ingress[0].destination.ports[0]",
                        "numeric port 443 needs protocol TCP, UDP or SCTP, but the rule sets no protocol"),
                invalid(
                        "rejectsPortRangeWithoutProtocol",
                        ingress("""
                        action: Allow
                        source:
                          ports: ["1024:65535"]
                        """),
                        "spec.ingress[0].source.ports[0]",
                        "port range 1024:65535 needs protocol TCP, UDP or SCTP, but the rule sets no protocol"),
                invalid(
                        "rejectsAllDigitPortStringWithoutProtocol",
                        ingress("""
                        action: Allow
                        destination:
                          ports: [http, "8080"]
                        """),
                        "spec.ingress[0].destination.ports[1]",
                        "numeric port 8080 needs protocol TCP, UDP or SCTP, but the rule sets no protocol"),
                invalid(
                        "rejectsNumericNotPortWithoutProtocol",
                        egress("""
                        action: Deny
                        destination:
                          notPorts: [25]
                        """),
                        "spec.egress[0].destination.notPorts[0]",
                        "numeric port 25 needs protocol TCP, UDP or SCTP, but the rule sets no protocol"),
                invalid(
                        "rejectsNumericPortWithOnlyNotProtocol",
                        ingress("""
                        action: Allow
                        notProtocol: UDP
                        destination:
                          ports: [53]
                        """),
                        "spec.ingress[0].destination.ports[0]",
                        "numeric port 53 needs protocol TCP, UDP or SCTP, but the rule sets no protocol"),
                valid("acceptsPortsWithUdp", ingress("""
                        action: Allow
                        protocol: UDP
                        destination:
                          ports: [53]
                        """)),
                valid("acceptsPortsWithSctp", ingress("""
                        action: Allow
                        protocol: SCTP
                        destination:
                          ports: [3868]
                        """)),
                valid("acceptsPortsWithProtocolNumber6", ingress("""
                        action: Allow
                        protocol: 6
                        destination:
                          ports: [22]
                        """)),
                valid("acceptsPortsWithProtocolNumber17", ingress("""
                        action: Allow
                        protocol: 17
                        source:
                          notPorts: [53]
                        """)),
                valid("acceptsPortsWithProtocolNumber132", ingress("""
                        action: Allow
                        protocol: 132
                        destination:
                          ports: [9899]
                        """)),
                invalid(
                        "rejectsPortsOnIcmpRule",
                        ingress("""
                        action: Allow
                        protocol: ICMP
                        destination:
                          ports: [80]
                        """),
                        "spec.ingress[0].destination.ports",
                        "ports need protocol TCP, UDP or SCTP, got ICMP"),
                invalid(
                        "rejectsNamedPortsOnIcmpv6Rule",
                        ingress("""
                        action: Allow
                        protocol: ICMPv6
                        destination:
                          ports: [http]
                        """),
                        "spec.ingress[0].destination.ports",
                        "ports need protocol TCP, UDP or SCTP, got ICMPv6"),
                invalid(
                        "rejectsPortsOnUdpLiteRule",
                        ingress("""
                        action: Allow
                        protocol: UDPLite
                        destination:
                          ports: [5000]
                        """),
                        "spec.ingress[0].destination.ports",
                        "ports need protocol TCP, UDP or SCTP, got UDPLite"),
                valid("acceptsUdpLiteWithoutPorts", ingress("""
                        action: Allow
                        protocol: UDPLite
                        """)),
                valid("acceptsEmptyPortListOnIcmpRule", ingress("""
                        action: Allow
                        protocol: ICMP
                        destination:
                          ports: []
                        """)),
                invalid(
                        "rejectsNotPortsOnProtocolNumber47",
                        egress("""
                        action: Deny
                        protocol: 47
                        source:
                          notPorts: [1]
                        """),
                        "spec.egress[0].source.notPorts",
                        "ports need protocol TCP, UDP or SCTP, got 47"),
                invalid(
                        "rejectsSourcePortsOnIcmpRule",
                        ingress("""
                        action: Allow
                        protocol: ICMP
                        source:
                          ports: [1]
                        """),
                        "spec.ingress[0].source.ports",
                        "ports need protocol TCP, UDP or SCTP, got ICMP")));
    }
}
