package dev.polcat.calico;

import static dev.polcat.calico.CalicoYamlWriter.putList;
import static dev.polcat.calico.CalicoYamlWriter.putString;

import dev.polcat.calico.cluster.BgpConfigurationSpec;
import dev.polcat.calico.cluster.BgpPeerSpec;
import dev.polcat.calico.cluster.Community;
import dev.polcat.calico.cluster.FelixConfigurationSpec;
import dev.polcat.calico.cluster.PrefixAdvertisement;
import dev.polcat.calico.cluster.ProtoPort;
import dev.polcat.calico.cluster.SecretKeyRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes BGPPeer, BGPConfiguration and FelixConfiguration specs in the field order of Calico's API types. */
final class ClusterConfigWriter {
    private ClusterConfigWriter() {}

    static Map<String, Object> bgpPeer(BgpPeerSpec p) {
        Map<String, Object> s = new LinkedHashMap<>();
        putString(s, "node", p.node());
        putString(s, "nodeSelector", p.nodeSelector());
        putString(s, "peerIP", p.peerIP());
        putValue(s, "asNumber", p.asNumber());
        putValue(s, "localASNumber", p.localASNumber());
        putString(s, "peerSelector", p.peerSelector());
        if (p.keepOriginalNextHop()) s.put("keepOriginalNextHop", true);
        putString(s, "nextHopMode", p.nextHopMode());
        putPassword(s, "password", p.password());
        putString(s, "sourceAddress", p.sourceAddress());
        putString(s, "maxRestartTime", p.maxRestartTime());
        putString(s, "keepaliveTime", p.keepaliveTime());
        putValue(s, "numAllowedLocalASNumbers", p.numAllowedLocalASNumbers());
        putValue(s, "ttlSecurity", p.ttlSecurity());
        putString(s, "reachableBy", p.reachableBy());
        putList(s, "filters", p.filters());
        putString(s, "localWorkloadSelector", p.localWorkloadSelector());
        putString(s, "reversePeering", p.reversePeering());
        return s;
    }

    static Map<String, Object> bgpConfiguration(BgpConfigurationSpec c) {
        Map<String, Object> s = new LinkedHashMap<>();
        putString(s, "logSeverityScreen", c.logSeverityScreen());
        putValue(s, "nodeToNodeMeshEnabled", c.nodeToNodeMeshEnabled());
        putValue(s, "asNumber", c.asNumber());
        putList(s, "serviceLoadBalancerIPs", cidrs(c.serviceLoadBalancerIPs()));
        putList(s, "serviceExternalIPs", cidrs(c.serviceExternalIPs()));
        putList(s, "serviceClusterIPs", cidrs(c.serviceClusterIPs()));
        putString(s, "serviceLoadBalancerAggregation", c.serviceLoadBalancerAggregation());
        List<Object> communities = new ArrayList<>();
        for (Community k : c.communities()) communities.add(map("name", k.name(), "value", k.value()));
        putList(s, "communities", communities);
        List<Object> ads = new ArrayList<>();
        for (PrefixAdvertisement a : c.prefixAdvertisements()) {
            Map<String, Object> m = map("cidr", a.cidr());
            putList(m, "communities", a.communities());
            ads.add(m);
        }
        putList(s, "prefixAdvertisements", ads);
        putValue(s, "listenPort", c.listenPort());
        putPassword(s, "nodeMeshPassword", c.nodeMeshPassword());
        putString(s, "nodeMeshMaxRestartTime", c.nodeMeshMaxRestartTime());
        putString(s, "bindMode", c.bindMode());
        putList(s, "ignoredInterfaces", c.ignoredInterfaces());
        putString(s, "localWorkloadPeeringIPV4", c.localWorkloadPeeringIPV4());
        putString(s, "localWorkloadPeeringIPV6", c.localWorkloadPeeringIPV6());
        putString(s, "programClusterRoutes", c.programClusterRoutes());
        putValue(s, "ipv4NormalRoutePriority", c.ipv4NormalRoutePriority());
        putValue(s, "ipv6NormalRoutePriority", c.ipv6NormalRoutePriority());
        return s;
    }

    static Map<String, Object> felixConfiguration(FelixConfigurationSpec f) {
        Map<String, Object> s = new LinkedHashMap<>();
        putValue(s, "ipv6Support", f.ipv6Support());
        putString(s, "interfacePrefix", f.interfacePrefix());
        putString(s, "interfaceExclude", f.interfaceExclude());
        putString(s, "defaultEndpointToHostAction", f.defaultEndpointToHostAction());
        putString(s, "iptablesFilterAllowAction", f.iptablesFilterAllowAction());
        putString(s, "iptablesMangleAllowAction", f.iptablesMangleAllowAction());
        putString(s, "iptablesFilterDenyAction", f.iptablesFilterDenyAction());
        putString(s, "logSeverityScreen", f.logSeverityScreen());
        putValue(s, "healthEnabled", f.healthEnabled());
        putValue(s, "healthPort", f.healthPort());
        putValue(s, "prometheusMetricsEnabled", f.prometheusMetricsEnabled());
        putValue(s, "prometheusMetricsPort", f.prometheusMetricsPort());
        putProtoPorts(s, "failsafeInboundHostPorts", f.failsafeInboundHostPorts());
        putProtoPorts(s, "failsafeOutboundHostPorts", f.failsafeOutboundHostPorts());
        putValue(s, "bpfEnabled", f.bpfEnabled());
        return s;
    }

    /** An explicit empty list stays {@code []}: it turns failsafe off, unlike an absent field. */
    private static void putProtoPorts(Map<String, Object> s, String key, List<ProtoPort> ports) {
        if (ports == null) return;
        List<Object> out = new ArrayList<>();
        for (ProtoPort p : ports) {
            Map<String, Object> m = new LinkedHashMap<>();
            putString(m, "protocol", p.protocol());
            putValue(m, "port", p.port());
            putString(m, "net", p.net());
            out.add(m);
        }
        s.put(key, out);
    }

    private static void putPassword(Map<String, Object> s, String key, SecretKeyRef ref) {
        if (ref == null) return;
        Map<String, Object> r = new LinkedHashMap<>();
        putString(r, "name", ref.name());
        putString(r, "key", ref.key());
        putValue(r, "optional", ref.optional());
        s.put(key, Map.of("secretKeyRef", r));
    }

    private static List<Object> cidrs(List<String> cidrs) {
        List<Object> out = new ArrayList<>();
        for (String c : cidrs) out.add(map("cidr", c));
        return out;
    }

    private static Map<String, Object> map(String... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    private static void putValue(Map<String, Object> m, String key, Object v) {
        if (v != null) m.put(key, v);
    }
}
