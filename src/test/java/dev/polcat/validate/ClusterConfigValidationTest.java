package dev.polcat.validate;

import static dev.polcat.validate.Docs.bgpConfiguration;
import static dev.polcat.validate.Docs.bgpPeer;
import static dev.polcat.validate.Docs.felix;
import static dev.polcat.validate.ValidationAssertions.only;
import static dev.polcat.validate.ValidationAssertions.valid;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** BGPPeer, BGPConfiguration and FelixConfiguration. */
class ClusterConfigValidationTest {

    @TestFactory
    Stream<DynamicTest> bgpPeers() {
        return ValidationAssertions.run(List.of(
                valid("acceptsGlobalPeer", bgpPeer("peerIP: 10.0.0.100\nasNumber: 64512")),
                valid("acceptsPeerWithPort", bgpPeer("peerIP: 10.0.0.100:1179\nasNumber: 64512")),
                valid("acceptsIpv6PeerWithPort", bgpPeer("peerIP: \"[fd00::1]:179\"\nasNumber: 64512")),
                valid("acceptsDottedAsNumber", bgpPeer("peerIP: 10.0.0.1\nasNumber: \"1.10\"")),
                valid("acceptsNodeScopedPeer", bgpPeer("node: node1\npeerIP: 10.0.0.1\nasNumber: 65001")),
                valid("acceptsRouteReflectorSelectors", bgpPeer("nodeSelector: \"!has(rr)\"\npeerSelector: has(rr)")),
                valid("acceptsEveryOptionalField", bgpPeer("""
                        peerIP: 10.0.0.1
                        asNumber: 65001
                        localASNumber: 65002
                        nextHopMode: Self
                        password: {secretKeyRef: {name: bgp, key: pw}}
                        sourceAddress: None
                        maxRestartTime: 2m
                        keepaliveTime: 30s
                        numAllowedLocalASNumbers: 1
                        ttlSecurity: 1
                        reachableBy: 10.0.0.254
                        filters: [export-only]
                        reversePeering: Manual
                        """)),
                valid("acceptsLocalWorkloadPeer", bgpPeer("localWorkloadSelector: app == 'bgp'\nasNumber: 65010")),
                only(
                        "rejectsNodeAndNodeSelector",
                        bgpPeer("node: n1\nnodeSelector: all()\npeerIP: 10.0.0.1\nasNumber: 1"),
                        "spec.nodeSelector",
                        "node and nodeSelector cannot both be set"),
                only(
                        "rejectsPeerIpAndPeerSelector",
                        bgpPeer("peerIP: 10.0.0.1\npeerSelector: has(rr)"),
                        "spec.peerSelector",
                        "peerIP and peerSelector cannot both be set"),
                only(
                        "rejectsAsNumberWithPeerSelector",
                        bgpPeer("peerSelector: has(rr)\nasNumber: 64512"),
                        "spec.asNumber",
                        "asNumber must be empty when peerSelector is set: the peers' AS numbers come from their nodes"),
                only(
                        "rejectsLocalWorkloadSelectorWithPeerIp",
                        bgpPeer("localWorkloadSelector: all()\npeerIP: 10.0.0.1\nasNumber: 1"),
                        "spec.peerIP",
                        "peerIP must be empty when localWorkloadSelector is set"),
                only(
                        "rejectsLocalWorkloadSelectorWithoutAsNumber",
                        bgpPeer("localWorkloadSelector: all()"),
                        "spec.asNumber",
                        "asNumber is required when localWorkloadSelector is set"),
                only(
                        "rejectsReachableByWithoutPeerIp",
                        bgpPeer("peerSelector: has(rr)\nreachableBy: 10.0.0.254"),
                        "spec.reachableBy",
                        "reachableBy must be empty when peerIP is empty"),
                only(
                        "rejectsReachableByOfOtherFamily",
                        bgpPeer("peerIP: 10.0.0.1\nasNumber: 1\nreachableBy: \"fd00::1\""),
                        "spec.reachableBy",
                        "reachableBy is IPv6 but peerIP is IPv4"),
                only(
                        "rejectsInvalidReachableBy",
                        bgpPeer("peerIP: 10.0.0.1\nasNumber: 1\nreachableBy: gateway"),
                        "spec.reachableBy",
                        "'gateway' is not an IP address"),
                only(
                        "rejectsKeepOriginalNextHopWithNextHopMode",
                        bgpPeer("peerIP: 10.0.0.1\nasNumber: 1\nkeepOriginalNextHop: true\nnextHopMode: Keep"),
                        "spec.keepOriginalNextHop",
                        "keepOriginalNextHop and nextHopMode cannot both be set"),
                only(
                        "rejectsHostnamePeerIp",
                        bgpPeer("peerIP: router.example.com\nasNumber: 1"),
                        "spec.peerIP",
                        "'router.example.com' is not a peer address; use an IP, <IPv4>:<port> or [<IPv6>]:<port>"),
                only(
                        "rejectsCidrPeerIp",
                        bgpPeer("peerIP: 10.0.0.0/24\nasNumber: 1"),
                        "spec.peerIP",
                        "'10.0.0.0/24' is not a peer address; use an IP, <IPv4>:<port> or [<IPv6>]:<port>"),
                only(
                        "rejectsPeerPortZero",
                        bgpPeer("peerIP: 10.0.0.1:0\nasNumber: 1"),
                        "spec.peerIP",
                        "'10.0.0.1:0' is not a peer address; use an IP, <IPv4>:<port> or [<IPv6>]:<port>"),
                only(
                        "rejectsBadAsNumber",
                        bgpPeer("peerIP: 10.0.0.1\nasNumber: \"AS64512\""),
                        "spec.asNumber",
                        "invalid AS number a string (AS64512)"),
                only(
                        "rejectsAsNumberAbove32Bits",
                        bgpPeer("peerIP: 10.0.0.1\nasNumber: 4294967296"),
                        "spec.asNumber",
                        "invalid AS number a number (4294967296)"),
                only(
                        "rejectsInvalidNodeName",
                        bgpPeer("node: Node_1\npeerIP: 10.0.0.1\nasNumber: 1"),
                        "spec.node",
                        "node 'Node_1' is not valid; use lowercase letters, digits, '-' and '.', starting and "
                                + "ending with a letter or digit, at most 253 characters"),
                only(
                        "rejectsInvalidPeerSelector",
                        bgpPeer("peerSelector: \"rr == \""),
                        "spec.peerSelector",
                        "invalid selector 'rr == ': expected a quoted string at position 6, found the end of the selector"),
                only(
                        "rejectsUnknownNextHopMode",
                        bgpPeer("peerIP: 10.0.0.1\nasNumber: 1\nnextHopMode: self"),
                        "spec.nextHopMode",
                        "'self' is not allowed here; use Auto, Self, Keep (case-sensitive)"),
                only(
                        "rejectsUnknownSourceAddress",
                        bgpPeer("peerIP: 10.0.0.1\nasNumber: 1\nsourceAddress: NodeIP"),
                        "spec.sourceAddress",
                        "'NodeIP' is not allowed here; use UseNodeIP, None (case-sensitive)"),
                only(
                        "rejectsBadDuration",
                        bgpPeer("peerIP: 10.0.0.1\nasNumber: 1\nkeepaliveTime: 30 seconds"),
                        "spec.keepaliveTime",
                        "'30 seconds' is not a duration"),
                only(
                        "rejectsTtlSecurityAbove255",
                        bgpPeer("peerIP: 10.0.0.1\nasNumber: 1\nttlSecurity: 300"),
                        "spec.ttlSecurity",
                        "ttlSecurity 300 is out of range; use 0-255"),
                only(
                        "rejectsPasswordWithoutKey",
                        bgpPeer("peerIP: 10.0.0.1\nasNumber: 1\npassword: {secretKeyRef: {name: bgp}}"),
                        "spec.password.secretKeyRef.key",
                        "key is required: the key of the Secret that holds the password"),
                only(
                        "rejectsPlainTextPassword",
                        bgpPeer("peerIP: 10.0.0.1\nasNumber: 1\npassword: hunter2"),
                        "spec.password",
                        "expected a map, got a string"),
                only(
                        "rejectsInvalidFilterName",
                        bgpPeer("peerIP: 10.0.0.1\nasNumber: 1\nfilters: [Export_Only]"),
                        "spec.filters[0]",
                        "filter name 'Export_Only' is not valid; use lowercase letters, digits, '-' and '.', "
                                + "starting and ending with a letter or digit, at most 253 characters"),
                only(
                        "rejectsUnknownReversePeering",
                        bgpPeer("peerIP: 10.0.0.1\nasNumber: 1\nreversePeering: Never"),
                        "spec.reversePeering",
                        "'Never' is not allowed here; use Auto, Manual (case-sensitive)"),
                only(
                        "rejectsUnknownPeerField",
                        bgpPeer("peerIP: 10.0.0.1\nasNumber: 1\nremoteAS: 2"),
                        "spec.remoteAS",
                        "unknown field 'remoteAS'")));
    }

    @TestFactory
    Stream<DynamicTest> bgpConfigurations() {
        return ValidationAssertions.run(List.of(
                valid("acceptsMeshOff", bgpConfiguration("nodeToNodeMeshEnabled: false\nasNumber: 63400")),
                valid("acceptsServiceAdvertisement", bgpConfiguration("""
                        serviceClusterIPs: [{cidr: 10.96.0.0/12}]
                        serviceExternalIPs: [{cidr: 104.244.42.129/32}, {cidr: "fd00:1::/112"}]
                        serviceLoadBalancerIPs: [{cidr: 192.0.2.0/24}]
                        serviceLoadBalancerAggregation: Disabled
                        """)),
                valid("acceptsCommunities", bgpConfiguration("""
                        communities: [{name: bgp-large, value: "4147483647:3000:1000"}]
                        prefixAdvertisements:
                          - cidr: 172.218.4.0/26
                            communities: [bgp-large, "65001:100"]
                        """)),
                valid("acceptsEveryScalarField", bgpConfiguration("""
                        logSeverityScreen: Info
                        listenPort: 1790
                        nodeMeshMaxRestartTime: 120s
                        nodeMeshPassword: {secretKeyRef: {name: bgp, key: mesh}}
                        bindMode: NodeIP
                        ignoredInterfaces: [vxlan*, kube-ipvs0]
                        localWorkloadPeeringIPV4: 169.254.0.179
                        localWorkloadPeeringIPV6: "fe80::179"
                        programClusterRoutes: Enabled
                        ipv4NormalRoutePriority: 1024
                        """)),
                valid(
                        "acceptsNodeScopedConfiguration",
                        Docs.doc("BGPConfiguration", "name: node.node1", "listenPort: 179")),
                only(
                        "rejectsMeshPasswordWithMeshOff",
                        bgpConfiguration(
                                "nodeToNodeMeshEnabled: false\nnodeMeshPassword: {secretKeyRef: {name: a, key: b}}"),
                        "spec.nodeMeshPassword",
                        "nodeMeshPassword cannot be set when nodeToNodeMeshEnabled is false"),
                only(
                        "rejectsMeshRestartTimeWithMeshOff",
                        bgpConfiguration("nodeToNodeMeshEnabled: false\nnodeMeshMaxRestartTime: 60s"),
                        "spec.nodeMeshMaxRestartTime",
                        "nodeMeshMaxRestartTime cannot be set when nodeToNodeMeshEnabled is false"),
                only(
                        "rejectsUnusedCommunities",
                        bgpConfiguration("communities: [{name: a, value: \"1:2\"}]"),
                        "spec.communities",
                        "communities are defined but not used in prefixAdvertisements"),
                only(
                        "rejectsStandardCommunityAbove16Bits",
                        bgpConfiguration("""
                        communities: [{name: a, value: "65536:1"}]
                        prefixAdvertisements: [{cidr: 10.0.0.0/8, communities: [a]}]
                        """),
                        "spec.communities[0].value",
                        "'65536:1' is not a community value"),
                only(
                        "rejectsUndefinedCommunityName",
                        bgpConfiguration("prefixAdvertisements: [{cidr: 10.0.0.0/8, communities: [missing]}]"),
                        "spec.prefixAdvertisements[0].communities[0]",
                        "'missing' is neither a community value nor the name of one in spec.communities"),
                only(
                        "rejectsBadPrefixAdvertisementCidr",
                        bgpConfiguration("prefixAdvertisements: [{cidr: ten, communities: [\"1:1\"]}]"),
                        "spec.prefixAdvertisements[0].cidr",
                        "'ten' is not a CIDR"),
                only(
                        "rejectsUnmaskedServiceCidr",
                        bgpConfiguration("serviceClusterIPs: [{cidr: 10.96.0.1/12}]"),
                        "spec.serviceClusterIPs[0].cidr",
                        "10.96.0.1/12 is not a masked CIDR (host bits set); use 10.96.0.0/12"),
                only(
                        "rejectsServiceCidrAsString",
                        bgpConfiguration("serviceClusterIPs: [10.96.0.0/12]"),
                        "spec.serviceClusterIPs[0]",
                        "expected a map, got a string"),
                only(
                        "rejectsListenPortZero",
                        bgpConfiguration("listenPort: 0"),
                        "spec.listenPort",
                        "listenPort 0 is out of range; use 1-65535"),
                only(
                        "rejectsUnknownLogLevel",
                        bgpConfiguration("logSeverityScreen: Verbose"),
                        "spec.logSeverityScreen",
                        "'Verbose' is not a log level; use Trace, Debug, Info, Warning, Error or Fatal"),
                only(
                        "rejectsUnknownBindMode",
                        bgpConfiguration("bindMode: All"),
                        "spec.bindMode",
                        "'All' is not allowed here; use None, NodeIP (case-sensitive)"),
                only(
                        "rejectsWildcardOnlyIgnoredInterface",
                        bgpConfiguration("ignoredInterfaces: [\"*\"]"),
                        "spec.ignoredInterfaces[0]",
                        "interface '*' is not valid; use 1-15 letters, digits, '_', '.', '-' or '*' (not '*' alone)"),
                only(
                        "rejectsIpv6InIpv4PeeringField",
                        bgpConfiguration("localWorkloadPeeringIPV4: \"fe80::1\""),
                        "spec.localWorkloadPeeringIPV4",
                        "'fe80::1' is not an IPv4 address"),
                only(
                        "rejectsUnknownProgramClusterRoutes",
                        bgpConfiguration("programClusterRoutes: yes-please"),
                        "spec.programClusterRoutes",
                        "'yes-please' is not allowed here; use Enabled, Disabled, EnabledIPIPOnly, EnabledNoEncapOnly (case-sensitive)"),
                only(
                        "rejectsZeroRoutePriority",
                        bgpConfiguration("ipv6NormalRoutePriority: 0"),
                        "spec.ipv6NormalRoutePriority",
                        "priority 0 is out of range; use 1-2147483646"),
                only(
                        "rejectsMeshFlagAsString",
                        bgpConfiguration("nodeToNodeMeshEnabled: \"false\""),
                        "spec.nodeToNodeMeshEnabled",
                        "expected true or false, got a string (false)"),
                only(
                        "rejectsUnknownBgpConfigurationField",
                        bgpConfiguration("nodeToNodeMesh: false"),
                        "spec.nodeToNodeMesh",
                        "unknown field 'nodeToNodeMesh'")));
    }

    @TestFactory
    Stream<DynamicTest> felixConfigurations() {
        return ValidationAssertions.run(List.of(
                valid("acceptsFailsafePortsWithNets", felix("""
                        failsafeInboundHostPorts:
                          - {protocol: TCP, port: 22, net: 10.0.0.0/8}
                          - {protocol: UDP, port: 68}
                          - {port: 179}
                        failsafeOutboundHostPorts:
                          - {protocol: udp, port: 53, net: "fd00::/8"}
                        """)),
                valid("acceptsFailsafeOff", felix("failsafeInboundHostPorts: []\nfailsafeOutboundHostPorts: []")),
                valid("acceptsEndpointToHostActionInAnyCase", felix("defaultEndpointToHostAction: ACCEPT")),
                valid("acceptsHostSettings", felix("""
                        ipv6Support: false
                        interfacePrefix: cali
                        interfaceExclude: kube-ipvs0
                        iptablesFilterAllowAction: Return
                        iptablesMangleAllowAction: Accept
                        iptablesFilterDenyAction: Reject
                        logSeverityScreen: warning
                        healthEnabled: true
                        healthPort: 9099
                        prometheusMetricsEnabled: true
                        prometheusMetricsPort: 9091
                        bpfEnabled: false
                        """)),
                only(
                        "rejectsSctpFailsafePort",
                        felix("failsafeInboundHostPorts: [{protocol: SCTP, port: 3868}]"),
                        "spec.failsafeInboundHostPorts[0].protocol",
                        "failsafe protocol 'SCTP' is not supported; Felix accepts TCP or UDP and refuses to start otherwise"),
                only(
                        "rejectsFailsafePortAboveRange",
                        felix("failsafeOutboundHostPorts: [{protocol: TCP, port: 70000}]"),
                        "spec.failsafeOutboundHostPorts[0].port",
                        "port 70000 is out of range; use 0-65535"),
                only(
                        "rejectsFailsafePortMissing",
                        felix("failsafeInboundHostPorts: [{protocol: TCP}]"),
                        "spec.failsafeInboundHostPorts[0].port",
                        "missing port"),
                only(
                        "rejectsFailsafeStringForm",
                        felix("failsafeInboundHostPorts: \"tcp:22\""),
                        "spec.failsafeInboundHostPorts",
                        "expected a list, got a string (tcp:22)"),
                only(
                        "rejectsFailsafeNetThatIsNotCidr",
                        felix("failsafeInboundHostPorts: [{port: 22, net: 10.0.0.1}]"),
                        "spec.failsafeInboundHostPorts[0].net",
                        "'10.0.0.1' is not a CIDR"),
                only(
                        "rejectsUnknownEndpointToHostAction",
                        felix("defaultEndpointToHostAction: Allow"),
                        "spec.defaultEndpointToHostAction",
                        "'Allow' is not allowed here; use Drop, Accept, Return"),
                only(
                        "rejectsDropAsFilterAllowAction",
                        felix("iptablesFilterAllowAction: Drop"),
                        "spec.iptablesFilterAllowAction",
                        "'Drop' is not allowed here; use Accept, Return"),
                only(
                        "rejectsAcceptAsFilterDenyAction",
                        felix("iptablesFilterDenyAction: Accept"),
                        "spec.iptablesFilterDenyAction",
                        "'Accept' is not allowed here; use Drop, Reject"),
                only(
                        "rejectsHealthPortZero",
                        felix("healthPort: 0"),
                        "spec.healthPort",
                        "healthPort 0 is out of range; use 1-65535"),
                only(
                        "namesARealFelixFieldPolcatDoesNotRead",
                        felix("vxlanEnabled: true"),
                        "spec.vxlanEnabled",
                        "FelixConfiguration field 'vxlanEnabled' is one polcat does not read, so it can neither check nor explain it"),
                only(
                        "rejectsUnknownFelixField",
                        felix("failsafeInboundPorts: []"),
                        "spec.failsafeInboundPorts",
                        "unknown field 'failsafeInboundPorts'")));
    }
}
