package dev.polcat.calico.cluster;

import java.util.List;

/**
 * A BGPPeer's spec: every field of Calico's BGPPeerSpec. Strings are "" and objects null when absent;
 * AS numbers are read into their 32-bit value (Calico accepts 64512 or the dotted "1.10" form).
 * Durations are Go duration strings as written ("120s").
 */
public record BgpPeerSpec(
        String node,
        String nodeSelector,
        String peerIP,
        Long asNumber,
        Long localASNumber,
        String peerSelector,
        boolean keepOriginalNextHop,
        String nextHopMode,
        SecretKeyRef password,
        String sourceAddress,
        String maxRestartTime,
        String keepaliveTime,
        Integer numAllowedLocalASNumbers,
        Integer ttlSecurity,
        String reachableBy,
        List<String> filters,
        String localWorkloadSelector,
        String reversePeering) {

    public BgpPeerSpec {
        node = orEmpty(node);
        nodeSelector = orEmpty(nodeSelector);
        peerIP = orEmpty(peerIP);
        peerSelector = orEmpty(peerSelector);
        nextHopMode = orEmpty(nextHopMode);
        sourceAddress = orEmpty(sourceAddress);
        maxRestartTime = orEmpty(maxRestartTime);
        keepaliveTime = orEmpty(keepaliveTime);
        reachableBy = orEmpty(reachableBy);
        filters = List.copyOf(filters);
        localWorkloadSelector = orEmpty(localWorkloadSelector);
        reversePeering = orEmpty(reversePeering);
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
