package dev.polcat.calico.cluster;

import java.util.List;

/**
 * A BGPConfiguration's spec: every field of Calico's BGPConfigurationSpec. Strings are "" and objects null
 * when absent; {@code nodeToNodeMeshEnabled} null means the default (true). The three service IP lists
 * hold the {@code cidr} of each entry.
 */
public record BgpConfigurationSpec(
        String logSeverityScreen,
        Boolean nodeToNodeMeshEnabled,
        Long asNumber,
        List<String> serviceLoadBalancerIPs,
        List<String> serviceExternalIPs,
        List<String> serviceClusterIPs,
        String serviceLoadBalancerAggregation,
        List<Community> communities,
        List<PrefixAdvertisement> prefixAdvertisements,
        Integer listenPort,
        SecretKeyRef nodeMeshPassword,
        String nodeMeshMaxRestartTime,
        String bindMode,
        List<String> ignoredInterfaces,
        String localWorkloadPeeringIPV4,
        String localWorkloadPeeringIPV6,
        String programClusterRoutes,
        Integer ipv4NormalRoutePriority,
        Integer ipv6NormalRoutePriority) {

    public BgpConfigurationSpec {
        logSeverityScreen = BgpPeerSpec.orEmpty(logSeverityScreen);
        serviceLoadBalancerIPs = List.copyOf(serviceLoadBalancerIPs);
        serviceExternalIPs = List.copyOf(serviceExternalIPs);
        serviceClusterIPs = List.copyOf(serviceClusterIPs);
        serviceLoadBalancerAggregation = BgpPeerSpec.orEmpty(serviceLoadBalancerAggregation);
        communities = List.copyOf(communities);
        prefixAdvertisements = List.copyOf(prefixAdvertisements);
        nodeMeshMaxRestartTime = BgpPeerSpec.orEmpty(nodeMeshMaxRestartTime);
        bindMode = BgpPeerSpec.orEmpty(bindMode);
        ignoredInterfaces = List.copyOf(ignoredInterfaces);
        localWorkloadPeeringIPV4 = BgpPeerSpec.orEmpty(localWorkloadPeeringIPV4);
        localWorkloadPeeringIPV6 = BgpPeerSpec.orEmpty(localWorkloadPeeringIPV6);
        programClusterRoutes = BgpPeerSpec.orEmpty(programClusterRoutes);
    }

    /** The node-to-node mesh is on unless explicitly turned off. */
    public boolean isNodeMeshEnabled() {
        return nodeToNodeMeshEnabled == null || nodeToNodeMeshEnabled;
    }
}
