package dev.polcat.calico;

import dev.polcat.calico.cluster.BgpConfigurationSpec;
import dev.polcat.calico.cluster.BgpPeerSpec;
import dev.polcat.calico.cluster.Community;
import dev.polcat.calico.cluster.FelixConfigurationSpec;
import dev.polcat.calico.cluster.PrefixAdvertisement;
import dev.polcat.calico.cluster.ProtoPort;
import dev.polcat.calico.cluster.SecretKeyRef;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.util.List;
import java.util.Set;

/** Reads the specs of BGPPeer, BGPConfiguration and FelixConfiguration. */
final class ClusterConfigReader {
    static final Set<String> BGP_PEER = Set.of(
            "node",
            "nodeSelector",
            "peerIP",
            "asNumber",
            "localASNumber",
            "peerSelector",
            "keepOriginalNextHop",
            "nextHopMode",
            "password",
            "sourceAddress",
            "maxRestartTime",
            "keepaliveTime",
            "numAllowedLocalASNumbers",
            "ttlSecurity",
            "reachableBy",
            "filters",
            "localWorkloadSelector",
            "reversePeering");
    static final Set<String> BGP_CONFIGURATION = Set.of(
            "logSeverityScreen",
            "nodeToNodeMeshEnabled",
            "asNumber",
            "serviceLoadBalancerIPs",
            "serviceExternalIPs",
            "serviceClusterIPs",
            "serviceLoadBalancerAggregation",
            "communities",
            "prefixAdvertisements",
            "listenPort",
            "nodeMeshPassword",
            "nodeMeshMaxRestartTime",
            "bindMode",
            "ignoredInterfaces",
            "localWorkloadPeeringIPV4",
            "localWorkloadPeeringIPV6",
            "programClusterRoutes",
            "ipv4NormalRoutePriority",
            "ipv6NormalRoutePriority");
    static final Set<String> FELIX_CONFIGURATION = Set.of(
            "failsafeInboundHostPorts",
            "failsafeOutboundHostPorts",
            "defaultEndpointToHostAction",
            "iptablesFilterAllowAction",
            "iptablesFilterDenyAction",
            "iptablesMangleAllowAction",
            "logSeverityScreen",
            "interfacePrefix",
            "interfaceExclude",
            "ipv6Support",
            "bpfEnabled",
            "healthEnabled",
            "healthPort",
            "prometheusMetricsEnabled",
            "prometheusMetricsPort");
    static final FieldReader.Unread FELIX_UNREAD = new FieldReader.Unread(
            "FelixConfiguration",
            felixFields(),
            "polcat reads the failsafe ports, defaultEndpointToHostAction, the iptables actions, interfacePrefix/"
                    + "interfaceExclude, ipv6Support, bpfEnabled, health, metrics and log level; keep other settings in a "
                    + "FelixConfiguration that polcat does not check");

    /** Every FelixConfigurationSpec field name, from a list kept next to this class. */
    private static Set<String> felixFields() {
        try (var in = ClusterConfigReader.class.getResourceAsStream("felix-fields.txt")) {
            if (in == null) throw new IllegalStateException("felix-fields.txt is missing from the build");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final Set<String> PASSWORD = Set.of("secretKeyRef");
    private static final Set<String> SECRET_KEY_REF = Set.of("name", "key", "optional");
    private static final Set<String> CIDR_BLOCK = Set.of("cidr");
    private static final Set<String> COMMUNITY = Set.of("name", "value");
    private static final Set<String> PREFIX_ADVERTISEMENT = Set.of("cidr", "communities");
    private static final Set<String> PROTO_PORT = Set.of("protocol", "port", "net");

    private final List<FieldError> errors;

    ClusterConfigReader(List<FieldError> errors) {
        this.errors = errors;
    }

    BgpPeerSpec bgpPeer(FieldReader f) {
        return new BgpPeerSpec(
                f.string("node"),
                f.string("nodeSelector"),
                f.string("peerIP"),
                asNumber(f, "asNumber"),
                asNumber(f, "localASNumber"),
                f.string("peerSelector"),
                f.bool("keepOriginalNextHop"),
                f.string("nextHopMode"),
                password(f, "password"),
                f.string("sourceAddress"),
                f.string("maxRestartTime"),
                f.string("keepaliveTime"),
                f.integer("numAllowedLocalASNumbers"),
                f.integer("ttlSecurity"),
                f.string("reachableBy"),
                f.strings("filters"),
                f.string("localWorkloadSelector"),
                f.string("reversePeering"));
    }

    BgpConfigurationSpec bgpConfiguration(FieldReader f) {
        return new BgpConfigurationSpec(
                f.string("logSeverityScreen"),
                optionalBool(f, "nodeToNodeMeshEnabled"),
                asNumber(f, "asNumber"),
                cidrs(f, "serviceLoadBalancerIPs"),
                cidrs(f, "serviceExternalIPs"),
                cidrs(f, "serviceClusterIPs"),
                f.string("serviceLoadBalancerAggregation"),
                f.list("communities", (n, p) -> {
                    FieldReader c = FieldReader.of(n, p, errors, COMMUNITY);
                    return c == null ? null : new Community(c.string("name"), c.string("value"));
                }),
                f.list("prefixAdvertisements", (n, p) -> {
                    FieldReader a = FieldReader.of(n, p, errors, PREFIX_ADVERTISEMENT);
                    return a == null ? null : new PrefixAdvertisement(a.string("cidr"), a.strings("communities"));
                }),
                f.integer("listenPort"),
                password(f, "nodeMeshPassword"),
                f.string("nodeMeshMaxRestartTime"),
                f.string("bindMode"),
                f.strings("ignoredInterfaces"),
                f.string("localWorkloadPeeringIPV4"),
                f.string("localWorkloadPeeringIPV6"),
                f.string("programClusterRoutes"),
                f.integer("ipv4NormalRoutePriority"),
                f.integer("ipv6NormalRoutePriority"));
    }

    FelixConfigurationSpec felixConfiguration(FieldReader f) {
        return new FelixConfigurationSpec(
                protoPorts(f, "failsafeInboundHostPorts"),
                protoPorts(f, "failsafeOutboundHostPorts"),
                f.string("defaultEndpointToHostAction"),
                f.string("iptablesFilterAllowAction"),
                f.string("iptablesFilterDenyAction"),
                f.string("iptablesMangleAllowAction"),
                f.string("logSeverityScreen"),
                f.string("interfacePrefix"),
                f.string("interfaceExclude"),
                optionalBool(f, "ipv6Support"),
                optionalBool(f, "bpfEnabled"),
                optionalBool(f, "healthEnabled"),
                f.integer("healthPort"),
                optionalBool(f, "prometheusMetricsEnabled"),
                f.integer("prometheusMetricsPort"));
    }

    /** Null when absent, so that "not set" (Felix's default) and an explicit {@code []} (none) differ. */
    private List<ProtoPort> protoPorts(FieldReader f, String key) {
        if (!f.has(key)) return null;
        return f.list(key, (n, p) -> {
            FieldReader pp = FieldReader.of(n, p, errors, PROTO_PORT);
            if (pp == null) return null;
            Integer port = pp.integer("port");
            if (port == null && !pp.has("port")) pp.error("port", "missing port", "give the port number, 0-65535");
            return new ProtoPort(pp.string("protocol"), port, pp.string("net"));
        });
    }

    private Boolean optionalBool(FieldReader f, String key) {
        return f.has(key) ? f.bool(key) : null;
    }

    private List<String> cidrs(FieldReader f, String key) {
        return f.list(key, (n, p) -> {
            FieldReader c = FieldReader.of(n, p, errors, CIDR_BLOCK);
            return c == null ? null : c.string("cidr");
        });
    }

    private SecretKeyRef password(FieldReader f, String key) {
        FieldReader pw = f.nested(key, PASSWORD);
        if (pw == null) return null;
        FieldReader ref = pw.nested("secretKeyRef", SECRET_KEY_REF);
        if (ref == null) return new SecretKeyRef("", "", null);
        return new SecretKeyRef(ref.string("name"), ref.string("key"), optionalBool(ref, "optional"));
    }

    /**
     * numorstring.ASNumber: a 32-bit number, or a string holding one or the dotted "a.b" form (two 16-bit
     * halves, a*65536+b).
     */
    private Long asNumber(FieldReader f, String key) {
        YNode n = f.node(key);
        if (n == null || n instanceof YScalar s && s.isNull()) return null;
        if (n instanceof YScalar s && (s.kind() == YScalar.Kind.INT || s.kind() == YScalar.Kind.STRING)) {
            String t = s.text();
            if (t.matches("[0-9]{1,10}") && Long.parseLong(t) <= 0xFFFFFFFFL) return Long.parseLong(t);
            if (s.kind() == YScalar.Kind.STRING && t.matches("[0-9]{1,5}\\.[0-9]{1,5}")) {
                long hi = Long.parseLong(t.substring(0, t.indexOf('.')));
                long lo = Long.parseLong(t.substring(t.indexOf('.') + 1));
                if (hi <= 0xFFFF && lo <= 0xFFFF) return (hi << 16) + lo;
            }
        }
        f.error(
                key,
                "invalid AS number " + FieldReader.describe(n),
                "an AS number is 0-4294967295, or two 16-bit numbers in dotted form such as \"1.10\"");
        return null;
    }
}
