package dev.polcat.validate;

import dev.polcat.calico.HostEndpoint;
import dev.polcat.calico.Protocol;
import dev.polcat.net.IpNet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HostEndpoint spec (validateHostEndpointSpec, struct tags, CRD schema and CEL): node, interfaceName or
 * expectedIPs, the interface pattern, plain expected IPs, profile names and named ports.
 */
final class HostEndpointRules {
    private static final Pattern INTERFACE = Pattern.compile("[A-Za-z0-9_.-]{1,15}");

    private HostEndpointRules() {}

    static void check(HostEndpoint h, Problems p) {
        if (h.node().isEmpty()) {
            p.add("spec.node", "node is required: the Calico node (host) this endpoint belongs to", "");
        } else if (!K8sNames.isSubdomain(h.node())) {
            p.add(
                    "spec.node",
                    "node " + Problems.quote(h.node()) + " is not a valid node name; use " + K8sNames.SUBDOMAIN_RULE,
                    "");
        }
        if (h.interfaceName().isEmpty() && h.expectedIPs().isEmpty()) {
            p.add(
                    "spec.interfaceName",
                    "a HostEndpoint needs interfaceName or expectedIPs; neither is set",
                    "set interfaceName: eth0 (or \"*\"), or list the host's expectedIPs");
        } else if (!h.interfaceName().isEmpty()
                && !h.interfaceName().equals("*")
                && !INTERFACE.matcher(h.interfaceName()).matches()) {
            p.add(
                    "spec.interfaceName",
                    "interfaceName " + Problems.quote(h.interfaceName()) + " is not valid;"
                            + " use \"*\" or 1-15 letters, digits, '_', '.' and '-'",
                    "");
        }
        expectedIps(h.expectedIPs(), p);
        profiles(h.profiles(), p);
        ports(h.ports(), p);
    }

    private static void expectedIps(List<String> ips, Problems p) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ips.size(); i++) {
            String at = Problems.item("spec.expectedIPs", i);
            String ip = ips.get(i);
            Optional<IpNet> net = IpNet.parse(ip);
            if (!seen.add(ip)) {
                p.add(at, "duplicate expected IP " + ip + "; expectedIPs is a set", "remove the repeat");
            } else if (net.isEmpty() || net.get().hasPrefix()) {
                p.add(
                        at,
                        Problems.quote(ip) + " is not a plain IP address; expectedIPs take addresses such as"
                                + " 10.0.0.5 or 2001:db8::5, not CIDRs",
                        net.isPresent() ? "drop the /prefix" : "");
            }
        }
    }

    private static void profiles(List<String> profiles, Problems p) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < profiles.size(); i++) {
            String at = Problems.item("spec.profiles", i);
            String name = profiles.get(i);
            if (!seen.add(name)) {
                p.add(at, "duplicate profile " + Problems.quote(name) + "; profiles is a set", "remove the repeat");
            } else if (!K8sNames.isSubdomain(name)) {
                p.add(
                        at,
                        "profile " + Problems.quote(name) + " is not a valid profile name; use "
                                + K8sNames.SUBDOMAIN_RULE,
                        "");
            }
        }
    }

    private static void ports(List<HostEndpoint.EndpointPort> ports, Problems p) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            HostEndpoint.EndpointPort port = ports.get(i);
            String at = Problems.item("spec.ports", i);
            K8sNames.portNameProblem(port.name())
                    .ifPresent(problem -> p.add(
                            at + ".name",
                            "port name " + Problems.quote(port.name()) + " is not valid: " + problem + "; "
                                    + K8sNames.PORT_NAME_RULE,
                            ""));
            Protocol proto = port.protocol();
            if (proto == null) {
                p.add(at + ".protocol", "protocol is required: TCP, UDP or SCTP", "");
            } else if (!ProtocolRules.carriesPorts(proto)) {
                p.add(
                        at + ".protocol",
                        "a named port needs protocol TCP, UDP or SCTP (or 6, 17, 132), got " + proto.text(),
                        "");
            }
            if (port.port() < 1 || port.port() > 65535) {
                p.add(
                        at + ".port",
                        "port " + port.port() + " is out of range; ports are 1-65535",
                        port.port() == 0 ? "set port (0 or missing is not allowed)" : "");
            }
            // Interpretation: the same name may repeat with another protocol, but not with the same one.
            if (proto != null
                    && !seen.add(port.name() + "/"
                            + proto.ianaNumber().map(String::valueOf).orElse(proto.text()))) {
                p.add(
                        at,
                        "port " + Problems.quote(port.name()) + " with protocol " + proto.text()
                                + " is listed twice; a name may repeat only with a different protocol",
                        "remove the repeat");
            }
        }
    }
}
