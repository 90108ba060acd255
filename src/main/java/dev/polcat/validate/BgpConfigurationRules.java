package dev.polcat.validate;

import dev.polcat.calico.BgpConfiguration;
import dev.polcat.calico.cluster.BgpConfigurationSpec;
import dev.polcat.calico.cluster.Community;
import dev.polcat.calico.cluster.PrefixAdvertisement;
import dev.polcat.net.IpNet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * BGPConfiguration (bgpconfig.go tags and CEL rules, validator.go validateBGPConfigurationSpec): the
 * node mesh, service IP blocks, communities and their use in prefix advertisements, ports and enums.
 */
final class BgpConfigurationRules {
    private static final Pattern STANDARD = Pattern.compile("([0-9]+):([0-9]+)");
    private static final Pattern LARGE = Pattern.compile("([0-9]+):([0-9]+):([0-9]+)");
    private static final Pattern IGNORED_INTERFACE = Pattern.compile("[a-zA-Z0-9_.*-]{1,15}");

    private BgpConfigurationRules() {}

    static void check(BgpConfiguration c, Problems p) {
        BgpConfigurationSpec s = c.spec();
        ClusterValues.logLevel(s.logSeverityScreen(), "spec.logSeverityScreen", p);
        meshOnlyFields(s, p);
        cidrs(s.serviceLoadBalancerIPs(), "spec.serviceLoadBalancerIPs", p);
        cidrs(s.serviceExternalIPs(), "spec.serviceExternalIPs", p);
        cidrs(s.serviceClusterIPs(), "spec.serviceClusterIPs", p);
        ClusterValues.oneOf(
                s.serviceLoadBalancerAggregation(),
                List.of("Enabled", "Disabled"),
                "spec.serviceLoadBalancerAggregation",
                p);
        communities(s, p);
        ClusterValues.range(s.listenPort(), 1, 65535, "spec.listenPort", "listenPort", p);
        ClusterValues.duration(s.nodeMeshMaxRestartTime(), "spec.nodeMeshMaxRestartTime", p);
        ClusterValues.oneOf(s.bindMode(), List.of("None", "NodeIP"), "spec.bindMode", p);
        for (int i = 0; i < s.ignoredInterfaces().size(); i++) {
            String iface = s.ignoredInterfaces().get(i);
            if (iface.equals("*") || !IGNORED_INTERFACE.matcher(iface).matches()) {
                p.add(
                        Problems.item("spec.ignoredInterfaces", i),
                        "interface " + Problems.quote(iface)
                                + " is not valid; use 1-15 letters, digits, '_', '.', '-' or '*' (not '*' alone)",
                        "");
            }
        }
        ipOfFamily(s.localWorkloadPeeringIPV4(), true, "spec.localWorkloadPeeringIPV4", p);
        ipOfFamily(s.localWorkloadPeeringIPV6(), false, "spec.localWorkloadPeeringIPV6", p);
        ClusterValues.oneOf(
                s.programClusterRoutes(),
                List.of("Enabled", "Disabled", "EnabledIPIPOnly", "EnabledNoEncapOnly"),
                "spec.programClusterRoutes",
                p);
        ClusterValues.range(s.ipv4NormalRoutePriority(), 1, 2147483646, "spec.ipv4NormalRoutePriority", "priority", p);
        ClusterValues.range(s.ipv6NormalRoutePriority(), 1, 2147483646, "spec.ipv6NormalRoutePriority", "priority", p);
    }

    private static void meshOnlyFields(BgpConfigurationSpec s, Problems p) {
        if (s.nodeToNodeMeshEnabled() == null || s.nodeToNodeMeshEnabled()) return;
        if (s.nodeMeshPassword() != null) {
            p.add("spec.nodeMeshPassword", "nodeMeshPassword cannot be set when nodeToNodeMeshEnabled is false", "");
        }
        if (!s.nodeMeshMaxRestartTime().isEmpty()) {
            p.add(
                    "spec.nodeMeshMaxRestartTime",
                    "nodeMeshMaxRestartTime cannot be set when nodeToNodeMeshEnabled is false",
                    "");
        }
    }

    /** Service IP blocks are masked CIDRs (the "net" tag). */
    private static void cidrs(List<String> cidrs, String base, Problems p) {
        for (int i = 0; i < cidrs.size(); i++) {
            String at = Problems.item(base, i) + ".cidr";
            String text = cidrs.get(i);
            var net = IpNet.parse(text).orElse(null);
            if (net == null) {
                p.add(at, Problems.quote(text) + " is not a CIDR", "e.g. 10.96.0.0/12");
            } else if (!net.isMasked()) {
                p.add(at, text + " is not a masked CIDR (host bits set); use " + net.maskedForm(), "");
            }
        }
    }

    private static void communities(BgpConfigurationSpec s, Problems p) {
        if (!s.communities().isEmpty() && s.prefixAdvertisements().isEmpty()) {
            p.add(
                    "spec.communities",
                    "communities are defined but not used in prefixAdvertisements",
                    "refer to them from prefixAdvertisements[].communities, or remove them");
        }
        for (int i = 0; i < s.communities().size(); i++) {
            Community c = s.communities().get(i);
            String at = Problems.item("spec.communities", i);
            ClusterValues.subdomain(c.name(), at + ".name", "community name", p);
            if (c.name().isEmpty()) p.add(at + ".name", "name is required", "");
            if (!isCommunity(c.value())) p.add(at + ".value", communityProblem(c.value()), COMMUNITY_HINT);
        }
        for (int i = 0; i < s.prefixAdvertisements().size(); i++) {
            PrefixAdvertisement a = s.prefixAdvertisements().get(i);
            String at = Problems.item("spec.prefixAdvertisements", i);
            if (IpNet.parse(a.cidr()).isEmpty()) p.add(at + ".cidr", Problems.quote(a.cidr()) + " is not a CIDR", "");
            for (int j = 0; j < a.communities().size(); j++) {
                String v = a.communities().get(j);
                boolean defined =
                        s.communities().stream().anyMatch(c -> c.name().equals(v));
                if (!isCommunity(v) && !defined) {
                    p.add(
                            Problems.item(at + ".communities", j),
                            Problems.quote(v) + " is neither a community value nor the name of one in spec.communities",
                            COMMUNITY_HINT);
                }
            }
        }
    }

    private static final String COMMUNITY_HINT =
            "a community is aa:nn (two 16-bit numbers) or aa:nn:mm (three 32-bit numbers)";

    private static boolean isCommunity(String v) {
        var std = STANDARD.matcher(v);
        if (std.matches()) return fits(std.group(1), 0xFFFFL) && fits(std.group(2), 0xFFFFL);
        var large = LARGE.matcher(v);
        return large.matches()
                && fits(large.group(1), 0xFFFFFFFFL)
                && fits(large.group(2), 0xFFFFFFFFL)
                && fits(large.group(3), 0xFFFFFFFFL);
    }

    private static String communityProblem(String v) {
        return v.isEmpty() ? "value is required" : Problems.quote(v) + " is not a community value";
    }

    private static boolean fits(String digits, long max) {
        return digits.length() <= 10 && Long.parseLong(digits) <= max;
    }

    private static void ipOfFamily(String value, boolean v4, String path, Problems p) {
        if (value.isEmpty()) return;
        var net = IpNet.parse(value).filter(n -> !n.hasPrefix()).orElse(null);
        if (net == null || net.isV4() != v4) {
            p.add(path, Problems.quote(value) + " is not an " + (v4 ? "IPv4" : "IPv6") + " address", "");
        }
    }
}
