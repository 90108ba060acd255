package dev.polcat.calico.cluster;

import java.util.List;

/**
 * The FelixConfiguration fields that decide what host-endpoint policy can and cannot block. The failsafe
 * lists are null when absent (Felix's defaults apply) and empty when written as {@code []} (failsafe
 * off). Strings are "" and objects null when absent; the action strings are case-insensitive in Calico.
 */
public record FelixConfigurationSpec(
        List<ProtoPort> failsafeInboundHostPorts,
        List<ProtoPort> failsafeOutboundHostPorts,
        String defaultEndpointToHostAction,
        String iptablesFilterAllowAction,
        String iptablesFilterDenyAction,
        String iptablesMangleAllowAction,
        String logSeverityScreen,
        String interfacePrefix,
        String interfaceExclude,
        Boolean ipv6Support,
        Boolean bpfEnabled,
        Boolean healthEnabled,
        Integer healthPort,
        Boolean prometheusMetricsEnabled,
        Integer prometheusMetricsPort) {

    public FelixConfigurationSpec {
        failsafeInboundHostPorts = failsafeInboundHostPorts == null ? null : List.copyOf(failsafeInboundHostPorts);
        failsafeOutboundHostPorts = failsafeOutboundHostPorts == null ? null : List.copyOf(failsafeOutboundHostPorts);
        defaultEndpointToHostAction = BgpPeerSpec.orEmpty(defaultEndpointToHostAction);
        iptablesFilterAllowAction = BgpPeerSpec.orEmpty(iptablesFilterAllowAction);
        iptablesFilterDenyAction = BgpPeerSpec.orEmpty(iptablesFilterDenyAction);
        iptablesMangleAllowAction = BgpPeerSpec.orEmpty(iptablesMangleAllowAction);
        logSeverityScreen = BgpPeerSpec.orEmpty(logSeverityScreen);
        interfacePrefix = BgpPeerSpec.orEmpty(interfacePrefix);
        interfaceExclude = BgpPeerSpec.orEmpty(interfaceExclude);
    }
}
