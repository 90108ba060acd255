package dev.polcat.analyze.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule criteria, one row each: a single Allow rule (in both directions) in the default tier, so the flow
 * is allowed exactly when the rule matches all of it. Failsafe is off.
 */
class RuleMatchingTest {
    private static final String SETS = """
            ---
            apiVersion: projectcalico.org/v3
            kind: GlobalNetworkSet
            metadata: {name: office, labels: {zone: office}}
            spec: {nets: [192.168.0.0/16]}
            ---
            apiVersion: projectcalico.org/v3
            kind: NetworkSet
            metadata: {name: corp-vpn, namespace: corp, labels: {zone: office}}
            spec: {nets: [172.16.0.0/12]}
            ---
            apiVersion: projectcalico.org/v3
            kind: HostEndpoint
            metadata: {name: cp1-bond0}
            spec:
              node: cp1
              interfaceName: bond0
              expectedIPs: [10.30.1.21]
              ports: [{name: ssh-alt, protocol: TCP, port: 2222}]
            """;

    @ParameterizedTest(name = "{0} ⟶ {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {action: Allow, protocol: 6}                        | ingress tcp/80 from 1.2.3.4 to cp1        | true
            {action: Allow, protocol: TCP}                      | ingress 6/80 from 1.2.3.4 to cp1          | true
            {action: Allow, protocol: UDP}                      | ingress tcp/80 from 1.2.3.4 to cp1        | false
            {action: Allow, notProtocol: 17}                    | ingress udp/53 from 1.2.3.4 to cp1        | false
            {action: Allow, notProtocol: UDP}                   | ingress tcp/53 from 1.2.3.4 to cp1        | true
            {action: Allow, protocol: 132}                      | ingress sctp/9 from 1.2.3.4 to cp1        | true
            {action: Allow, protocol: TCP}                      | ingress any from 1.2.3.4 to cp1           | false
            {action: Allow}                                     | ingress any from 0.0.0.0/0 to cp1         | true
            """)
    void protocolNamesAndNumbersAreTheSameProtocol(String rule, String flow, boolean allowed) {
        // protocol and notProtocol: names and numbers are the same protocol
        check(rule, flow, allowed);
    }

    @ParameterizedTest(name = "{0} ⟶ {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {action: Allow, ipVersion: 6}                       | ingress tcp/80 from 1.2.3.4 to cp1        | false
            {action: Allow, ipVersion: 4}                       | ingress tcp/80 from 1.2.3.4 to cp1        | true
            {action: Allow, ipVersion: 6}                       | ingress tcp/80 from fd00::1 to ds1        | true
            """)
    void ipVersionMustMatchTheFlow(String rule, String flow, boolean allowed) {
        // ipVersion
        check(rule, flow, allowed);
    }

    @ParameterizedTest(name = "{0} ⟶ {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {action: Allow, protocol: ICMP, icmp: {type: 8}}    | ingress icmp/8 from 1.2.3.4 to cp1        | true
            {action: Allow, protocol: ICMP, icmp: {type: 8}}    | ingress icmp/0 from 1.2.3.4 to cp1        | false
            {action: Allow, protocol: ICMP, icmp: {type: 8}}    | ingress icmp from 1.2.3.4 to cp1          | false
            {action: Allow, protocol: ICMP, icmp: {type: 8, code: 0}} | ingress icmp/8 from 1.2.3.4 to cp1  | false
            {action: Allow, protocol: ICMP}                     | ingress icmp/8 from 1.2.3.4 to cp1        | true
            {action: Allow, protocol: ICMP, notICMP: {type: 8}} | ingress icmp/8 from 1.2.3.4 to cp1        | false
            {action: Allow, protocol: ICMP, notICMP: {type: 8}} | ingress icmp/0 from 1.2.3.4 to cp1        | true
            {action: Allow, protocol: ICMP}                     | ingress icmpv6/128 from fd00::1 to ds1    | false
            {action: Allow, protocol: ICMPv6, icmp: {type: 128}} | ingress icmpv6/128 from fd00::1 to ds1   | true
            {action: Allow, protocol: TCP, icmp: {type: 8}}     | ingress tcp/80 from 1.2.3.4 to cp1        | false
            """)
    void icmpTypeAndCode(String rule, String flow, boolean allowed) {
        // ICMP type and code (the port of an ICMP flow is its type; the code is never known)
        check(rule, flow, allowed);
    }

    @ParameterizedTest(name = "{0} ⟶ {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {action: Allow, protocol: TCP, destination: {ports: [22, "8000:9000"]}}    | ingress tcp/8080 from 1.2.3.4 to cp1 | true
            {action: Allow, protocol: TCP, destination: {ports: [22, "8000:9000"]}}    | ingress tcp/9001 from 1.2.3.4 to cp1 | false
            {action: Allow, protocol: TCP, destination: {ports: [22, "8000:9000"]}}    | ingress tcp/any from 1.2.3.4 to cp1  | false
            {action: Allow, protocol: TCP, destination: {notPorts: [22, "8000:9000"]}} | ingress tcp/80 from 1.2.3.4 to cp1   | true
            {action: Allow, protocol: TCP, destination: {notPorts: [22, "8000:9000"]}} | ingress tcp/8500 from 1.2.3.4 to cp1 | false
            {action: Allow, protocol: TCP, destination: {notPorts: [22, "8000:9000"]}} | ingress tcp/any from 1.2.3.4 to cp1  | false
            {action: Allow, protocol: UDP, source: {ports: [68]}, destination: {ports: [67]}} | egress udp/67 sport 68 from cp1 to 255.255.255.255 | true
            {action: Allow, protocol: UDP, source: {ports: [68]}, destination: {ports: [67]}} | egress udp/67 from cp1 to 255.255.255.255         | false
            """)
    void portsRangesNotPortsAndSourcePorts(String rule, String flow, boolean allowed) {
        // ports, ranges, notPorts, source ports
        check(rule, flow, allowed);
    }

    @ParameterizedTest(name = "{0} ⟶ {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {action: Allow, source: {nets: [10.0.0.0/8]}}        | ingress tcp/80 from 10.1.2.3 to cp1     | true
            {action: Allow, source: {nets: [10.0.0.0/8]}}        | ingress tcp/80 from 11.0.0.1 to cp1     | false
            {action: Allow, source: {nets: [10.0.0.0/8]}}        | ingress tcp/80 from 10.0.0.0/8 to cp1   | true
            {action: Allow, source: {nets: [10.0.0.0/8]}}        | ingress tcp/80 from 10.0.0.0/7 to cp1   | false
            {action: Allow, source: {nets: [10.0.0.0/8]}}        | ingress tcp/80 from fd00::1 to ds1      | false
            {action: Allow, source: {notNets: [10.0.0.0/8]}}     | ingress tcp/80 from 1.2.3.4 to cp1      | true
            {action: Allow, source: {notNets: [10.0.0.0/8]}}     | ingress tcp/80 from 10.1.1.1 to cp1     | false
            {action: Allow, source: {notNets: [10.0.0.0/8]}}     | ingress tcp/80 from 0.0.0.0/0 to cp1    | false
            {action: Allow, source: {notNets: [10.0.0.0/8]}}     | ingress tcp/80 from 11.0.0.0/8 to cp1   | true
            {action: Allow, destination: {nets: [10.30.1.21/32]}} | ingress tcp/80 from 1.2.3.4 to cp1     | true
            {action: Allow, destination: {nets: [10.30.1.21/32]}} | ingress tcp/80 from 1.2.3.4 to cp2     | false
            {action: Allow, destination: {nets: [8.8.8.8/32]}}    | egress udp/53 from cp1 to 8.8.8.8      | true
            """)
    void netsAndNotNetsNeedTheWholeAddressRange(String rule, String flow, boolean allowed) {
        // nets and notNets: a network matches only when it lies wholly inside
        check(rule, flow, allowed);
    }

    @ParameterizedTest(name = "{0} ⟶ {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `{action: Allow, source: {selector: "role == 'worker'"}}`    | ingress tcp/80 from w1 to cp1          | true
            `{action: Allow, source: {selector: "role == 'worker'"}}`    | ingress tcp/80 from 10.30.1.31 to cp1  | true
            `{action: Allow, source: {selector: "role == 'worker'"}}`    | ingress tcp/80 from cp2 to cp1         | false
            `{action: Allow, source: {selector: "role == 'worker'"}}`    | ingress tcp/80 from 8.8.8.8 to cp1     | false
            `{action: Allow, source: {notSelector: "role == 'worker'"}}` | ingress tcp/80 from w1 to cp1          | false
            `{action: Allow, source: {notSelector: "role == 'worker'"}}` | ingress tcp/80 from cp2 to cp1         | true
            `{action: Allow, source: {notSelector: "role == 'worker'"}}` | ingress tcp/80 from 8.8.8.8 to cp1     | true
            `{action: Allow, source: {notSelector: "role == 'worker'"}}` | ingress tcp/80 from 10.30.1.0/24 to cp1 | false
            `{action: Allow, source: {selector: "role != 'worker'"}}`    | ingress tcp/80 from 8.8.8.8 to cp1     | false
            `{action: Allow, source: {selector: "role != 'worker'"}}`    | ingress tcp/80 from cp2 to cp1         | true
            `{action: Allow, source: {selector: "all()"}}`               | ingress tcp/80 from 8.8.8.8 to cp1     | false
            `{action: Allow, source: {selector: "zone == 'office'"}}`    | ingress tcp/80 from 192.168.3.4 to cp1 | true
            `{action: Allow, source: {selector: "zone == 'office'"}}`    | ingress tcp/80 from 192.168.3.0/24 to cp1 | true
            `{action: Allow, source: {selector: "zone == 'office'"}}`    | ingress tcp/80 from 192.168.0.0/15 to cp1 | false
            `{action: Allow, source: {selector: "zone == 'office'"}}`    | ingress tcp/80 from 172.16.1.1 to cp1  | true
            `{action: Allow, destination: {selector: "role == 'control-plane'"}}` | egress tcp/6443 from w1 to cp2 | true
            """)
    void selectorsMatchAddressesOfHostsAndSetsAndNotSelectorNegatesThePacketMatch(
            String rule, String flow, boolean allowed) {
        // selector and notSelector: hosts and network sets holding the address
        check(rule, flow, allowed);
    }

    @ParameterizedTest(name = "{0} ⟶ {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `{action: Allow, source: {namespaceSelector: "global()"}}`   | ingress tcp/80 from cp2 to cp1         | true
            `{action: Allow, source: {namespaceSelector: "global()"}}`   | ingress tcp/80 from 192.168.3.4 to cp1 | true
            `{action: Allow, source: {namespaceSelector: "global()"}}`   | ingress tcp/80 from 172.16.1.1 to cp1  | false
            `{action: Allow, source: {namespaceSelector: "global()"}}`   | ingress tcp/80 from 8.8.8.8 to cp1     | false
            `{action: Allow, source: {namespaceSelector: "all()", selector: "zone == 'office'"}}` | ingress tcp/80 from 192.168.3.4 to cp1 | false
            `{action: Allow, source: {namespaceSelector: "all()", selector: "zone == 'office'"}}` | ingress tcp/80 from 172.16.1.1 to cp1  | true
            `{action: Allow, source: {namespaceSelector: "projectcalico.org/name == 'corp'"}}`   | ingress tcp/80 from 172.16.1.1 to cp1  | true
            `{action: Allow, source: {namespaceSelector: "projectcalico.org/name == 'other'"}}`  | ingress tcp/80 from 172.16.1.1 to cp1  | false
            """)
    void namespaceSelectorGlobalAndNamespaced(String rule, String flow, boolean allowed) {
        // namespaceSelector: global() is hosts and global sets; others are namespaced network sets only
        check(rule, flow, allowed);
    }

    @ParameterizedTest(name = "{0} ⟶ {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {action: Allow, source: {serviceAccounts: {names: [deployer]}}}                 | ingress tcp/80 from 1.2.3.4 to cp1  | false
            {action: Allow, destination: {services: {name: kubernetes, namespace: default}}} | egress tcp/443 from cp1 to 10.96.0.1 | false
            {action: Allow, protocol: TCP, destination: {ports: [ssh-alt]}} | ingress tcp/2222 from 1.2.3.4 to cp1        | true
            {action: Allow, protocol: TCP, destination: {ports: [ssh-alt]}} | ingress tcp/2222 from 1.2.3.4 to 10.30.1.21 | false
            {action: Allow, protocol: TCP, destination: {ports: [ssh-alt]}} | ingress tcp/2223 from 1.2.3.4 to cp1        | false
            {action: Allow, protocol: TCP, destination: {ports: [ssh-alt]}} | ingress tcp/2222 from 1.2.3.4 to cp2        | false
            {action: Allow, protocol: TCP, destination: {notPorts: [ssh-alt]}} | ingress tcp/2222 from 1.2.3.4 to cp1     | false
            {action: Allow, protocol: TCP, destination: {notPorts: [ssh-alt]}} | ingress tcp/2222 from 1.2.3.4 to cp2     | true
            """)
    void unmodelledPeersAndNamedPorts(String rule, String flow, boolean allowed) {
        // workloads and services are not modelled; named ports resolve only on hosts named in the flow
        check(rule, flow, allowed);
    }

    @ParameterizedTest(name = "{0} ⟶ {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {action: Allow, protocol: TCP, http: {methods: [GET]}}  | ingress tcp/80 from 1.2.3.4 to cp1 | true
            """)
    void httpMatchesAreNotEvaluated(String rule, String flow, boolean allowed) {
        // HTTP matches are not evaluated
        check(rule, flow, allowed);
        Verdict v = FlowFixtures.run(FlowFixtures.simulator("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: l7}
                spec: {ingress: [%s]}
                """.formatted(rule)), flow);
        assertEquals(
                "allowed: policy l7 spec.ingress[0] matched Allow; its HTTP match is not evaluated (polcat checks L3/L4 only)",
                v.explain());
    }

    private static void check(String rule, String flow, boolean allowed) {
        FlowSimulator sim = FlowFixtures.simulator("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: under-test}
                spec:
                  types: [Ingress, Egress]
                  ingress: [%s]
                  egress: [%s]
                """.formatted(rule, rule) + SETS);
        Verdict v = FlowFixtures.run(sim, flow);
        assertEquals(allowed, v.allowed(), v.trailText());
        assertEquals(java.util.List.of(), sim.warnings());
    }
}
