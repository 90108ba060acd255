package dev.polcat.validate;

import dev.polcat.calico.cluster.BgpPeerSpec;
import dev.polcat.net.IpNet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * BGPPeer (bgppeer.go field tags and CEL XValidation rules, validator.go validateBGPPeerSpec and
 * validateIPPort): which fields exclude each other, peerIP as an IP with an optional port, selectors,
 * names, enums and durations.
 */
final class BgpPeerRules {
    private static final Pattern IPV4_PORT = Pattern.compile("([0-9.]+):([0-9]+)");
    private static final Pattern IPV6_PORT = Pattern.compile("\\[([0-9a-fA-F:.]+)\\]:([0-9]+)");

    private BgpPeerRules() {}

    static void check(BgpPeerSpec s, Problems p) {
        exclusive(s, p);
        ClusterValues.subdomain(s.node(), "spec.node", "node", p);
        ClusterValues.selector(s.nodeSelector(), "spec.nodeSelector", p);
        peerIp(s, p);
        ClusterValues.selector(s.peerSelector(), "spec.peerSelector", p);
        ClusterValues.oneOf(s.nextHopMode(), List.of("Auto", "Self", "Keep"), "spec.nextHopMode", p);
        if (s.password() != null && s.password().key().isEmpty()) {
            p.add(
                    "spec.password.secretKeyRef.key",
                    "key is required: the key of the Secret that holds the password",
                    "e.g. secretKeyRef: {name: bgp-secrets, key: rr-password}");
        }
        ClusterValues.oneOf(s.sourceAddress(), List.of("UseNodeIP", "None"), "spec.sourceAddress", p);
        ClusterValues.duration(s.maxRestartTime(), "spec.maxRestartTime", p);
        ClusterValues.duration(s.keepaliveTime(), "spec.keepaliveTime", p);
        ClusterValues.range(s.ttlSecurity(), 0, 255, "spec.ttlSecurity", "ttlSecurity", p);
        reachableBy(s, p);
        for (int i = 0; i < s.filters().size(); i++) {
            ClusterValues.subdomain(s.filters().get(i), Problems.item("spec.filters", i), "filter name", p);
        }
        ClusterValues.selector(s.localWorkloadSelector(), "spec.localWorkloadSelector", p);
        ClusterValues.oneOf(s.reversePeering(), List.of("Auto", "Manual"), "spec.reversePeering", p);
    }

    /** The CEL rules on BGPPeerSpec: one error for the second field of each forbidden pair. */
    private static void exclusive(BgpPeerSpec s, Problems p) {
        boolean asNumber = s.asNumber() != null && s.asNumber() != 0;
        if (!s.node().isEmpty() && !s.nodeSelector().isEmpty()) {
            p.add(
                    "spec.nodeSelector",
                    "node and nodeSelector cannot both be set",
                    "peer one node by name, or nodes by selector");
        }
        if (!s.peerIP().isEmpty() && !s.peerSelector().isEmpty()) {
            p.add(
                    "spec.peerSelector",
                    "peerIP and peerSelector cannot both be set",
                    "peer one address, or the nodes a selector picks");
        }
        if (!s.peerSelector().isEmpty() && asNumber) {
            p.add(
                    "spec.asNumber",
                    "asNumber must be empty when peerSelector is set: the peers' AS numbers come from their nodes",
                    "remove asNumber");
        }
        if (!s.localWorkloadSelector().isEmpty()) {
            if (!s.peerIP().isEmpty())
                p.add("spec.peerIP", "peerIP must be empty when localWorkloadSelector is set", "");
            if (!s.peerSelector().isEmpty())
                p.add("spec.peerSelector", "peerSelector must be empty when localWorkloadSelector is set", "");
            if (!asNumber) p.add("spec.asNumber", "asNumber is required when localWorkloadSelector is set", "");
        }
        if (!s.reachableBy().isEmpty() && s.peerIP().isEmpty()) {
            p.add(
                    "spec.reachableBy",
                    "reachableBy must be empty when peerIP is empty",
                    "reachableBy is the gateway to peerIP");
        }
        if (s.keepOriginalNextHop() && !s.nextHopMode().isEmpty()) {
            p.add(
                    "spec.keepOriginalNextHop",
                    "keepOriginalNextHop and nextHopMode cannot both be set",
                    "keepOriginalNextHop is deprecated: use nextHopMode: Keep");
        }
    }

    /** An IP, an IPv4 with ":port", or "[IPv6]:port" (processIPPort). */
    private static void peerIp(BgpPeerSpec s, Problems p) {
        if (s.peerIP().isEmpty()) return;
        if (ipOf(s.peerIP()) == null) {
            p.add(
                    "spec.peerIP",
                    Problems.quote(s.peerIP()) + " is not a peer address; use an IP, <IPv4>:<port> or [<IPv6>]:<port>",
                    "e.g. 10.0.0.1 or 10.0.0.1:1179");
        }
    }

    static IpNet ipOf(String peerIp) {
        String ip = peerIp;
        var v4 = IPV4_PORT.matcher(peerIp);
        var v6 = IPV6_PORT.matcher(peerIp);
        String port = null;
        if (v4.matches()) {
            ip = v4.group(1);
            port = v4.group(2);
        } else if (v6.matches()) {
            ip = v6.group(1);
            port = v6.group(2);
        }
        if (port != null && (port.length() > 5 || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535))
            return null;
        return IpNet.parse(ip).filter(n -> !n.hasPrefix()).orElse(null);
    }

    private static void reachableBy(BgpPeerSpec s, Problems p) {
        if (s.reachableBy().isEmpty()) return;
        var gateway = IpNet.parse(s.reachableBy()).filter(n -> !n.hasPrefix()).orElse(null);
        if (gateway == null) {
            p.add(
                    "spec.reachableBy",
                    Problems.quote(s.reachableBy()) + " is not an IP address",
                    "the gateway's address, e.g. 10.0.0.254");
            return;
        }
        var peer = ipOf(s.peerIP());
        if (peer != null && peer.isV4() != gateway.isV4()) {
            p.add(
                    "spec.reachableBy",
                    "reachableBy is " + gateway.family() + " but peerIP is " + peer.family(),
                    "use a gateway of the peer's address family");
        }
    }
}
