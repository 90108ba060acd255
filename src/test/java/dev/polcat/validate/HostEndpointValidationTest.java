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
        return ValidationAssertions.run(List.of(
                valid("acceptsInterfaceEndpoint", hep("""
                        node: node1
                        interfaceName: eth0
                        profiles: [projectcalico-default-allow]
                        """)),
                valid("acceptsWildcardInterface", hep("node: node1\ninterfaceName: \"*\"")),
                valid("acceptsExpectedIpsOnly", hep("node: node1.example.com\nexpectedIPs: [10.0.0.5, \"fd00::5\"]")),
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
                invalid("rejectsMissingNode", hep("interfaceName: eth0"), "spec.node", "node is required"),
                invalid("rejectsInvalidNodeName", hep("node: Node_1\ninterfaceName: eth0"), "spec.node",
                        "node 'Node_1' is not a valid node name"),
                invalid("rejectsNeitherInterfaceNorExpectedIps", hep("node: node1"), "spec.interfaceName",
                        "needs interfaceName or expectedIPs"),
                invalid("rejectsEmptySpec", Docs.doc("HostEndpoint", "name: hep1", ""), "spec.node", "node is required"),
                invalid("rejectsSixteenCharacterInterface", hep("node: node1\ninterfaceName: abcdefghijklmnop"),
                        "spec.interfaceName", "interfaceName 'abcdefghijklmnop' is not valid"),
                invalid("rejectsInterfaceWithWildcardSuffix", hep("node: node1\ninterfaceName: eth*"),
                        "spec.interfaceName", "use \"*\" or 1-15 letters"),
                invalid("rejectsInterfaceWithSlash", hep("node: node1\ninterfaceName: eth0/1"),
                        "spec.interfaceName", "is not valid"),
                invalid("rejectsCidrInExpectedIps", hep("node: node1\nexpectedIPs: [10.0.0.0/24]"),
                        "spec.expectedIPs[0]", "'10.0.0.0/24' is not a plain IP address"),
                invalid("rejectsHostnameInExpectedIps", hep("node: node1\nexpectedIPs: [10.0.0.5, node1.local]"),
                        "spec.expectedIPs[1]", "not a plain IP address"),
                invalid("rejectsDuplicateExpectedIp", hep("node: node1\nexpectedIPs: [10.0.0.5, 10.0.0.5]"),
                        "spec.expectedIPs[1]", "duplicate expected IP"),
                invalid("rejectsInvalidProfileName", hep("node: node1\ninterfaceName: eth0\nprofiles: [Default_Allow]"),
                        "spec.profiles[0]", "profile 'Default_Allow' is not a valid profile name"),
                invalid("rejectsDuplicateProfile", hep("node: node1\ninterfaceName: eth0\nprofiles: [a, a]"),
                        "spec.profiles[1]", "duplicate profile 'a'"),
                invalid("rejectsInvalidPortName", hep("""
                        node: node1
                        interfaceName: eth0
                        ports:
                          - {name: SSH_Port, protocol: TCP, port: 22}
                        """), "spec.ports[0].name", "port name 'SSH_Port' is not valid"),
                invalid("rejectsEmptyPortName", hep("""
                        node: node1
                        interfaceName: eth0
                        ports:
                          - {protocol: TCP, port: 22}
                        """), "spec.ports[0].name", "it is empty"),
                invalid("rejectsIcmpEndpointPort", hep("""
                        node: node1
                        interfaceName: eth0
                        ports:
                          - {name: ping, protocol: ICMP, port: 1}
                        """), "spec.ports[0].protocol", "needs protocol TCP, UDP or SCTP (or 6, 17, 132), got ICMP"),
                invalid("rejectsUdpLiteEndpointPort", hep("""
                        node: node1
                        interfaceName: eth0
                        ports:
                          - {name: lite, protocol: UDPLite, port: 5000}
                        """), "spec.ports[0].protocol", "got UDPLite"),
                invalid("rejectsLowercaseEndpointPortProtocol", hep("""
                        node: node1
                        interfaceName: eth0
                        ports:
                          - {name: ssh, protocol: tcp, port: 22}
                        """), "spec.ports[0].protocol", "got tcp"),
                invalid("rejectsMissingEndpointPortProtocol", hep("""
                        node: node1
                        interfaceName: eth0
                        ports:
                          - {name: ssh, port: 22}
                        """), "spec.ports[0].protocol", "protocol is required"),
                invalid("rejectsEndpointPortZero", hep("""
                        node: node1
                        interfaceName: eth0
                        ports:
                          - {name: ssh, protocol: TCP}
                        """), "spec.ports[0].port", "port 0 is out of range"),
                invalid("rejectsEndpointPortAbove65535", hep("""
                        node: node1
                        interfaceName: eth0
                        ports:
                          - {name: ssh, protocol: TCP, port: 70000}
                        """), "spec.ports[0].port", "port 70000 is out of range; ports are 1-65535"),
                invalid("rejectsSameEndpointPortNameAndProtocolTwice", hep("""
                        node: node1
                        interfaceName: eth0
                        ports:
                          - {name: web, protocol: TCP, port: 80}
                          - {name: web, protocol: 6, port: 8080}
                        """), "spec.ports[1]", "is listed twice"),
                invalid("rejectsUnknownHostEndpointField", hep("node: node1\ninterface: eth0"),
                        "spec.interface#key", "unknown field 'interface'")));
    }
}
