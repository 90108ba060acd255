package dev.polcat.validate;

import static dev.polcat.validate.Docs.hep;
import static dev.polcat.validate.ValidationAssertions.invalid;
import static dev.polcat.validate.ValidationAssertions.valid;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** HostEndpoint spec. */
class HostEndpointValidationTest {

    @TestFactory
    Stream<DynamicTest> hostEndpoints() {
        return ValidationAssertions.run(
                List.of(
                        valid("acceptsInterfaceEndpoint", hep("""
                        node: node1
                        interfaceName: eth0
                        profiles: [projectcalico-default-allow]
                        """)),
                        valid("acceptsWildcardInterface", hep("node: node1\ninterfaceName: \"*\"")),
                        valid(
                                "acceptsExpectedIpsOnly",
                                hep("node: node1.example.com\nexpectedIPs: [10.0.0.5, \"fd00::5\"]")),
                        valid("acceptsFifteenCharacterInterface", hep("node: node1\ninterfaceName: enp0s31f6.100_x")),
                        valid("acceptsNamedPorts", hep("""
                        node: node1
                        interfaceName: eth0
                        ports:
                          - {name: ssh, protocol: TCP, port: 22}
                          - {name: dns, protocol: UDP, port: 53}
                          - {name: dns, protocol: TCP, port: 53}
                          - {name: diameter, protocol: 132, port: 3868}
                        """)),
                        invalid(
                                "rejectsMissingNode",
                                hep("interfaceName: eth0"),
                                "spec.node",
                                "node is required: the Calico node (host) this endpoint belongs to"),
                        invalid(
                                "rejectsInvalidNodeName",
                                hep("node: Node_1\ninterfaceName: eth0"),
                                "spec.node",
                                "node 'Node_1' is not a valid node name; use lowercase letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters"),
                        invalid(
                                "rejectsNeitherInterfaceNorExpectedIps",
                                hep("node: node1"),
                                "spec.interfaceName",
                                "a HostEndpoint needs interfaceName or expectedIPs; neither is set"),
                        invalid(
                                "rejectsEmptySpec",
                                Docs.doc("HostEndpoint", "name: hep1", ""),
                                List.of(
                                        "spec.node: node is required: the Calico node (host) this endpoint belongs to",
                                        "spec.interfaceName: a HostEndpoint needs interfaceName or expectedIPs; neither is set")),
                        invalid(
                                "rejectsSixteenCharacterInterface",
                                hep("node: node1\ninterfaceName: abcdefghijklmnop"),
                                "spec.interfaceName",
                                "interfaceName 'abcdefghijklmnop' is not valid; use \"*\" or 1-15 letters, digits, '_', '.' and '-'"),
                        invalid(
                                "rejectsInterfaceWithWildcardSuffix",
                                hep("node: node1\ninterfaceName: eth*"),
                                "spec.interfaceName",
                                "interfaceName 'eth*' is not valid; use \"*\" or 1-15 letters, digits, '_', '.' and '-'"),
                        invalid(
                                "rejectsInterfaceWithSlash",
                                hep("node: node1\ninterfaceName: eth0/1"),
                                "spec.interfaceName",
                                "interfaceName 'eth0/1' is not valid; use \"*\" or 1-15 letters, digits, '_', '.' and '-'"),
                        invalid(
                                "rejectsCidrInExpectedIps",
                                hep("node: node1\nexpectedIPs: [10.0.0.0/24]"),
                                "spec.expectedIPs[0]",
                                "'10.0.0.0/24' is not a plain IP address; expectedIPs take addresses such as 10.0.0.5 or 2001:db8::5, not CIDRs"),
                        invalid(
                                "rejectsHostnameInExpectedIps",
                                hep("node: node1\nexpectedIPs: [10.0.0.5, node1.local]"),
                                "spec.expectedIPs[1]",
                                "'node1.local' is not a plain IP address; expectedIPs take addresses such as 10.0.0.5 or 2001:db8::5, not CIDRs"),
                        invalid(
                                "rejectsDuplicateExpectedIp",
                                hep("node: node1\nexpectedIPs: [10.0.0.5, 10.0.0.5]"),
                                "spec.expectedIPs[1]",
                                "duplicate expected IP 10.0.0.5; expectedIPs is a set"),
                        invalid(
                                "rejectsInvalidProfileName",
                                hep("node: node1\ninterfaceName: eth0\nprofiles: [Default_Allow]"),
                                "spec.profiles[0]",
                                "profile 'Default_Allow' is not a valid profile name; use lowercase letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters"),
                        invalid(
                                "rejectsDuplicateProfile",
                                hep("node: node1\ninterfaceName: eth0\nprofiles: [a, a]"),
                                "spec.profiles[1]",
                                "duplicate profile 'a'; profiles is a set"),
                        invalid(
                                "rejectsInvalidPortName",
                                hep("""
                        node: node1
                        interfaceName: eth0
                        ports:
                          - {name: SSH_Port, protocol: TCP, port: 22}
                        """),
                                "spec.ports[0].name",
                                "port name 'SSH_Port' is not valid: only lowercase letters, digits and '-' are allowed; a named port is at most 15 lowercase letters, digits and '-', with at least one letter, no '--' and no '-' at either end"),
                        invalid(
                                "rejectsEmptyPortName",
                                hep("""
                        node: node1
                        interfaceName: eth0
                        ports:
                          - {protocol: TCP, port: 22}
                        """),
                                "spec.ports[0].name",
                                "port name '' is not valid: it is empty; a named port is at most 15 lowercase letters, digits and '-', with at least one letter, no '--' and no '-' at either end"),
                        invalid(
                                "rejectsIcmpEndpointPort",
                                hep("""
                        node: node1
                        interfaceName: eth0
                        ports:
                          - {name: ping, protocol: ICMP, port: 1}
                        """),
                                "spec.ports[0].protocol",
                                "a named port needs protocol TCP, UDP or SCTP (or 6, 17, 132), got ICMP"),
                        invalid(
                                "rejectsUdpLiteEndpointPort",
                                hep("""
                        node: node1
                        interfaceName: eth0
                        ports:
                          - {name: lite, protocol: UDPLite, port: 5000}
                        """),
                                "spec.ports[0].protocol",
                                "a named port needs protocol TCP, UDP or SCTP (or 6, 17, 132), got UDPLite"),
                        invalid(
                                "rejectsLowercaseEndpointPortProtocol",
                                hep("""
                        node: node1
                        interfaceName: eth0
                        ports:
                          - {name: ssh, protocol: tcp, port: 22}
                        """),
                                "spec.ports[0].protocol",
                                "a named port needs protocol TCP, UDP or SCTP (or 6, 17, 132), got tcp"),
                        invalid(
                                "rejectsMissingEndpointPortProtocol",
                                hep("""
                        node: node1
                        interfaceName: eth0
                        ports:
                          - {name: ssh, port: 22}
                        """),
                                "spec.ports[0].protocol",
                                "protocol is required: TCP, UDP or SCTP"),
                        invalid(
                                "rejectsEndpointPortZero",
                                hep("""
                        node: node1
                        interfaceName: eth0
                        ports:
                          - {name: ssh, protocol: TCP}
                        """),
                                "spec.ports[0].port",
                                "port 0 is out of range; ports are 1-65535"),
                        invalid(
                                "rejectsEndpointPortAbove65535",
                                hep("""
                        node: node1
                        interfaceName: eth0
                        ports:
                          - {name: ssh, protocol: TCP, port: 70000}
                        """),
                                "spec.ports[0].port",
                                "port 70000 is out of range; ports are 1-65535"),
                        invalid(
                                "rejectsSameEndpointPortNameAndProtocolTwice",
                                hep("""
                        node: node1
                        interfaceName: eth0
                        ports:
                          - {name: web, protocol: TCP, port: 80}
                          - {name: web, protocol: 6, port: 8080}
                        """),
                                "spec.ports[1]",
                                "port 'web' with protocol 6 is listed twice; a name may repeat only with a different protocol"),
                        invalid(
                                "rejectsUnknownHostEndpointField",
                                hep("node: node1\ninterface: eth0"),
                                List.of(
                                        "spec.interface#key: unknown field 'interface'",
                                        "spec.interfaceName: a HostEndpoint needs interfaceName or expectedIPs; neither is set"))));
    }
}
