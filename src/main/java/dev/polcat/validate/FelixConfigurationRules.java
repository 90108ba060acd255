package dev.polcat.validate;

import dev.polcat.calico.FelixConfiguration;
import dev.polcat.calico.cluster.FelixConfigurationSpec;
import dev.polcat.calico.cluster.ProtoPort;
import dev.polcat.net.IpNet;
import java.util.List;
import java.util.Locale;

/**
 * The FelixConfiguration fields polcat reads (felixconfig.go tags and CRD patterns): failsafe ports as
 * Felix parses them, the endpoint-to-host and iptables actions, ports and log level.
 */
final class FelixConfigurationRules {
    private FelixConfigurationRules() {}

    static void check(FelixConfiguration f, Problems p) {
        FelixConfigurationSpec s = f.spec();
        failsafe(s.failsafeInboundHostPorts(), "spec.failsafeInboundHostPorts", p);
        failsafe(s.failsafeOutboundHostPorts(), "spec.failsafeOutboundHostPorts", p);
        ClusterValues.oneOfIgnoringCase(
                s.defaultEndpointToHostAction(),
                List.of("Drop", "Accept", "Return"),
                "spec.defaultEndpointToHostAction",
                p);
        ClusterValues.oneOfIgnoringCase(
                s.iptablesFilterAllowAction(), List.of("Accept", "Return"), "spec.iptablesFilterAllowAction", p);
        ClusterValues.oneOfIgnoringCase(
                s.iptablesMangleAllowAction(), List.of("Accept", "Return"), "spec.iptablesMangleAllowAction", p);
        ClusterValues.oneOfIgnoringCase(
                s.iptablesFilterDenyAction(), List.of("Drop", "Reject"), "spec.iptablesFilterDenyAction", p);
        ClusterValues.logLevel(s.logSeverityScreen(), "spec.logSeverityScreen", p);
        ClusterValues.range(s.healthPort(), 1, 65535, "spec.healthPort", "healthPort", p);
        ClusterValues.range(
                s.prometheusMetricsPort(), 1, 65535, "spec.prometheusMetricsPort", "prometheusMetricsPort", p);
    }

    /**
     * Felix turns each entry into "proto:net:port" and parses it at start-up, refusing to start on a bad
     * one (config_params.go, the port-list parameter is die-on-fail): only tcp and udp (any case), ports
     * 0-65535, and a CIDR for net. SCTP, which the field docs mention, is among those refused.
     */
    private static void failsafe(List<ProtoPort> ports, String base, Problems p) {
        if (ports == null) return;
        for (int i = 0; i < ports.size(); i++) {
            ProtoPort pp = ports.get(i);
            String at = Problems.item(base, i);
            String proto = pp.protocol().toLowerCase(Locale.ROOT);
            if (!proto.isEmpty() && !proto.equals("tcp") && !proto.equals("udp")) {
                p.add(
                        at + ".protocol",
                        "failsafe protocol " + Problems.quote(pp.protocol())
                                + " is not supported; Felix accepts TCP or UDP and refuses to start otherwise",
                        "omit protocol for TCP");
            }
            if (pp.port() != null && (pp.port() < 0 || pp.port() > 65535)) {
                p.add(at + ".port", "port " + pp.port() + " is out of range; use 0-65535", "");
            }
            if (!pp.net().isEmpty()
                    && IpNet.parse(pp.net()).filter(IpNet::hasPrefix).isEmpty()) {
                p.add(
                        at + ".net",
                        Problems.quote(pp.net()) + " is not a CIDR",
                        "e.g. 10.0.0.0/8; omit net for any address");
            }
        }
    }
}
