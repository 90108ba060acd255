package dev.polcat.analyze.run;

import dev.polcat.calico.BgpConfiguration;
import dev.polcat.calico.BgpPeer;
import dev.polcat.calico.FelixConfiguration;
import dev.polcat.calico.cluster.BgpPeerSpec;
import dev.polcat.calico.cluster.FelixConfigurationSpec;
import dev.polcat.calico.cluster.ProtoPort;
import java.util.ArrayList;
import java.util.List;

/** BGPPeer, BGPConfiguration and FelixConfiguration in one summary each, field by field. */
final class ClusterConfigText {
    private ClusterConfigText() {}

    static String bgpPeer(BgpPeer peer) {
        BgpPeerSpec s = peer.spec();
        List<String> parts = new ArrayList<>();
        String nodes = !s.node().isEmpty()
                ? "node " + s.node()
                : !s.nodeSelector().isEmpty() ? "nodes matching " + s.nodeSelector() : "every node";
        String remote = !s.peerIP().isEmpty()
                ? s.peerIP()
                : !s.peerSelector().isEmpty()
                        ? "the nodes matching " + s.peerSelector()
                        : !s.localWorkloadSelector().isEmpty()
                                ? "local workloads matching " + s.localWorkloadSelector()
                                : "nobody";
        parts.add("BGP peering: " + nodes + " peer" + (s.node().isEmpty() ? "" : "s") + " with " + remote
                + (s.asNumber() == null ? "" : " in AS " + s.asNumber()));
        if (s.localASNumber() != null) parts.add("local AS " + s.localASNumber());
        if (s.keepOriginalNextHop()) parts.add("keeps the original next hop");
        if (!s.nextHopMode().isEmpty()) parts.add("next hop mode " + s.nextHopMode());
        if (s.password() != null)
            parts.add("password from Secret " + s.password().name() + " key "
                    + s.password().key());
        if (!s.sourceAddress().isEmpty()) parts.add("source address " + s.sourceAddress());
        if (!s.maxRestartTime().isEmpty()) parts.add("graceful restart within " + s.maxRestartTime());
        if (!s.keepaliveTime().isEmpty()) parts.add("keepalive every " + s.keepaliveTime());
        if (s.numAllowedLocalASNumbers() != null)
            parts.add("accepts its own AS " + s.numAllowedLocalASNumbers() + " time(s) in paths");
        if (s.ttlSecurity() != null) parts.add("TTL security " + s.ttlSecurity() + " hop(s)");
        if (!s.reachableBy().isEmpty()) parts.add("reached through gateway " + s.reachableBy());
        if (!s.filters().isEmpty()) parts.add("filters " + String.join(", ", s.filters()));
        if (!s.reversePeering().isEmpty()) parts.add("reverse peering " + s.reversePeering());
        return String.join("; ", parts);
    }

    static String bgpConfiguration(BgpConfiguration c) {
        var s = c.spec();
        List<String> parts = new ArrayList<>();
        parts.add((c.name().equals("default") ? "cluster-wide" : "for " + c.name())
                + " BGP settings: node-to-node mesh " + (s.isNodeMeshEnabled() ? "on" : "off"));
        if (s.asNumber() != null) parts.add("AS " + s.asNumber());
        if (!s.serviceClusterIPs().isEmpty())
            parts.add("advertises service cluster IPs " + String.join(", ", s.serviceClusterIPs()));
        if (!s.serviceExternalIPs().isEmpty())
            parts.add("advertises service external IPs " + String.join(", ", s.serviceExternalIPs()));
        if (!s.serviceLoadBalancerIPs().isEmpty())
            parts.add("advertises load-balancer IPs " + String.join(", ", s.serviceLoadBalancerIPs()));
        if (!s.serviceLoadBalancerAggregation().isEmpty())
            parts.add("load-balancer aggregation " + s.serviceLoadBalancerAggregation());
        s.communities().forEach(k -> parts.add("community " + k.name() + " = " + k.value()));
        s.prefixAdvertisements()
                .forEach(a -> parts.add(a.cidr() + " advertised with " + String.join(", ", a.communities())));
        if (s.listenPort() != null) parts.add("listens on port " + s.listenPort());
        if (s.nodeMeshPassword() != null)
            parts.add("mesh password from Secret " + s.nodeMeshPassword().name());
        if (!s.nodeMeshMaxRestartTime().isEmpty())
            parts.add("mesh graceful restart within " + s.nodeMeshMaxRestartTime());
        if (!s.bindMode().isEmpty()) parts.add("bind mode " + s.bindMode());
        if (!s.ignoredInterfaces().isEmpty())
            parts.add("ignores interfaces " + String.join(", ", s.ignoredInterfaces()));
        if (!s.localWorkloadPeeringIPV4().isEmpty())
            parts.add("local workload peering at " + s.localWorkloadPeeringIPV4());
        if (!s.localWorkloadPeeringIPV6().isEmpty())
            parts.add("local workload peering at " + s.localWorkloadPeeringIPV6());
        if (!s.programClusterRoutes().isEmpty()) parts.add("cluster routes " + s.programClusterRoutes());
        if (s.ipv4NormalRoutePriority() != null) parts.add("IPv4 route priority " + s.ipv4NormalRoutePriority());
        if (s.ipv6NormalRoutePriority() != null) parts.add("IPv6 route priority " + s.ipv6NormalRoutePriority());
        if (!s.logSeverityScreen().isEmpty()) parts.add("logs at " + s.logSeverityScreen());
        return String.join("; ", parts);
    }

    static String felixConfiguration(FelixConfiguration f) {
        FelixConfigurationSpec s = f.spec();
        List<String> parts = new ArrayList<>();
        parts.add((f.name().equals("default") ? "cluster-wide" : "for " + f.name()) + " Felix settings");
        parts.add("inbound failsafe: " + failsafe(s.failsafeInboundHostPorts(), "from"));
        parts.add("outbound failsafe: " + failsafe(s.failsafeOutboundHostPorts(), "to"));
        if (!s.defaultEndpointToHostAction().isEmpty()) {
            parts.add("pod-to-host traffic after the pod's egress policy: " + s.defaultEndpointToHostAction());
        }
        if (!s.iptablesFilterAllowAction().isEmpty()) parts.add("filter allow action " + s.iptablesFilterAllowAction());
        if (!s.iptablesMangleAllowAction().isEmpty()) parts.add("mangle allow action " + s.iptablesMangleAllowAction());
        if (!s.iptablesFilterDenyAction().isEmpty()) parts.add("deny action " + s.iptablesFilterDenyAction());
        if (!s.interfacePrefix().isEmpty()) parts.add("workload interfaces start with " + s.interfacePrefix());
        if (!s.interfaceExclude().isEmpty()) parts.add("ignores interfaces " + s.interfaceExclude());
        if (s.ipv6Support() != null) parts.add("IPv6 " + (s.ipv6Support() ? "on" : "off"));
        if (s.bpfEnabled() != null) parts.add("eBPF data plane " + (s.bpfEnabled() ? "on" : "off"));
        if (s.healthEnabled() != null) parts.add("health endpoint " + (s.healthEnabled() ? "on" : "off"));
        if (s.healthPort() != null) parts.add("health port " + s.healthPort());
        if (s.prometheusMetricsEnabled() != null)
            parts.add("Prometheus metrics " + (s.prometheusMetricsEnabled() ? "on" : "off"));
        if (s.prometheusMetricsPort() != null) parts.add("metrics port " + s.prometheusMetricsPort());
        if (!s.logSeverityScreen().isEmpty()) parts.add("logs at " + s.logSeverityScreen());
        return String.join("; ", parts);
    }

    private static String failsafe(List<ProtoPort> ports, String netWord) {
        if (ports == null) return "Felix's defaults";
        if (ports.isEmpty()) return "none (failsafe off: policy alone decides, so a mistake can lock hosts out)";
        List<String> out = new ArrayList<>();
        for (ProtoPort p : ports) {
            out.add((p.protocol().isEmpty() ? "TCP" : p.protocol().toUpperCase(java.util.Locale.ROOT)) + " " + p.port()
                    + (p.net().isEmpty() ? "" : " " + netWord + " " + p.net()));
        }
        return String.join(", ", out);
    }
}
