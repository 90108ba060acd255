package dev.polcat.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Meaningful names for the networks of a rule that serves one well-known service: the sources of SSH are
 * {@code managementNets}, the destinations of etcd's port are {@code etcdServers}, a Kubernetes ipBlock that
 * may reach DNS is {@code dnsClientNet}, the sources of node-exporter's port are {@code monitoringNets}. Everything else keeps its positional name (policy, list, item, field:
 * {@code failsafeIngress2SourceNets}), which is unique within a policy and stable across runs.
 */
final class ParamNames {
    private ParamNames() {}

    /** What the sources and the destinations of a well-known service's rule are called (singular). */
    private record Roles(String clients, String servers) {}

    private static final Map<String, Roles> WELL_KNOWN = Map.ofEntries(
            Map.entry("tcp/22", new Roles("managementNet", "sshServer")),
            Map.entry("tcp/179", new Roles("bgpPeer", "bgpPeer")),
            Map.entry("tcp/2379", new Roles("etcdClientNet", "etcdServer")),
            Map.entry("tcp/2380", new Roles("etcdPeer", "etcdPeer")),
            Map.entry("tcp/6443", new Roles("apiServerClientNet", "apiServer")),
            Map.entry("tcp/10250", new Roles("kubeletClientNet", "kubelet")),
            Map.entry("udp/53", new Roles("dnsClientNet", "dnsServer")),
            Map.entry("tcp/53", new Roles("dnsClientNet", "dnsServer")),
            Map.entry("udp/123", new Roles("ntpClientNet", "ntpServer")),
            Map.entry("tcp/9100", new Roles("monitoringNet", "nodeExporter")),
            Map.entry("tcp/5473", new Roles("typhaClientNet", "typhaServer")),
            Map.entry("udp/4789", new Roles("vxlanPeer", "vxlanPeer")),
            Map.entry("tcp/443", new Roles("httpsClientNet", "httpsServer")),
            Map.entry("tcp/80", new Roles("httpClientNet", "httpServer")));

    private static final Pattern CALICO_NETS = Pattern.compile(".*(Source|Destination)Nets");
    private static final Pattern K8S_CIDR = Pattern.compile(".*(From|To)[0-9]+IpBlockCidr");

    /**
     * The meaningful name for a differing field, from its positional {@code name} (which says whether it is a
     * rule's source or destination) and the one {@code service} the rule allows in every environment; empty
     * when the field is not a rule's networks or the service is not well known. {@code list}: plural.
     */
    static Optional<String> of(String name, String service, boolean list) {
        Roles roles = service == null ? null : WELL_KNOWN.get(service);
        if (roles == null) return Optional.empty();
        Matcher calico = CALICO_NETS.matcher(name);
        Matcher k8s = K8S_CIDR.matcher(name);
        boolean source;
        if (calico.matches()) source = calico.group(1).equals("Source");
        else if (k8s.matches()) source = k8s.group(1).equals("From");
        else return Optional.empty();
        String noun = source ? roles.clients() : roles.servers();
        return Optional.of(list ? noun + "s" : noun);
    }

    /** The one service ({@code tcp/22}) a Calico or Kubernetes rule names, or null when it names none or several. */
    static String service(Object rule) {
        if (!(rule instanceof Map<?, ?> m)) return null;
        List<String> found = new ArrayList<>();
        if (m.get("ports") instanceof List<?> k8sPorts) {
            for (Object p : k8sPorts) {
                if (!(p instanceof Map<?, ?> pm) || pm.containsKey("endPort")) return null;
                found.add(text(pm.containsKey("protocol") ? pm.get("protocol") : "TCP") + "/" + pm.get("port"));
            }
        } else if (m.get("destination") instanceof Map<?, ?> d
                && d.get("ports") instanceof List<?> ports
                && m.get("protocol") != null) {
            for (Object p : ports) found.add(text(m.get("protocol")) + "/" + p);
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    private static String text(Object o) {
        return String.valueOf(o).toLowerCase(Locale.ROOT);
    }
}
