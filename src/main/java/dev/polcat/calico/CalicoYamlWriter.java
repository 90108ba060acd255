package dev.polcat.calico;

import dev.polcat.net.Cidr;
import dev.polcat.yaml.YamlEmitter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes resources in polcat's canonical form: fields in Calico's documented order, absent fields
 * omitted, strings quoted wherever a YAML reader could mistake them. Same model, same bytes.
 */
public final class CalicoYamlWriter {
    private CalicoYamlWriter() {}

    public static String write(CalicoResource r) {
        return YamlEmitter.emit(tree(r));
    }

    public static Map<String, Object> tree(CalicoResource r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", r.kind().apiVersion());
        doc.put("kind", r.kind().yamlName());
        doc.put("metadata", metadata(r.metadata()));
        Map<String, Object> spec = spec(r);
        if (!spec.isEmpty()) doc.put("spec", spec);
        return doc;
    }

    private static Map<String, Object> metadata(Metadata m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", m.name());
        if (!m.namespace().isEmpty()) out.put("namespace", m.namespace());
        if (!m.labels().isEmpty()) out.put("labels", m.labels());
        if (!m.annotations().isEmpty()) out.put("annotations", m.annotations());
        return out;
    }

    /** The spec as the writer would write it: the fields that are set, in canonical order. */
    public static Map<String, Object> specTree(CalicoResource r) {
        return spec(r);
    }

    private static Map<String, Object> spec(CalicoResource r) {
        Map<String, Object> s = new LinkedHashMap<>();
        if (r instanceof PolicyResource p) {
            policySpec(p.spec(), s);
        } else if (r instanceof GlobalNetworkSet g) {
            putList(s, "nets", Cidr.texts(g.nets()));
        } else if (r instanceof NetworkSet n) {
            putList(s, "nets", Cidr.texts(n.nets()));
        } else if (r instanceof HostEndpoint h) {
            hostEndpoint(h, s);
        } else if (r instanceof Tier t) {
            if (t.order() != null) s.put("order", t.order());
            if (t.defaultAction() != null)
                s.put("defaultAction", t.defaultAction().yamlName());
        } else if (r instanceof StagedGlobalNetworkPolicy g) {
            s.put("stagedAction", g.stagedAction().yamlName());
            policySpec(g.spec(), s);
        } else if (r instanceof StagedNetworkPolicy n) {
            s.put("stagedAction", n.stagedAction().yamlName());
            policySpec(n.spec(), s);
        } else if (r instanceof StagedKubernetesNetworkPolicy k) {
            s.put("stagedAction", k.stagedAction().yamlName());
            s.putAll(KubernetesPolicyWriter.spec(k.spec()));
        } else if (r instanceof KubernetesNetworkPolicy k) {
            s.putAll(KubernetesPolicyWriter.spec(k.spec()));
        } else if (r instanceof BgpPeer b) {
            s.putAll(ClusterConfigWriter.bgpPeer(b.spec()));
        } else if (r instanceof BgpConfiguration b) {
            s.putAll(ClusterConfigWriter.bgpConfiguration(b.spec()));
        } else if (r instanceof FelixConfiguration f) {
            s.putAll(ClusterConfigWriter.felixConfiguration(f.spec()));
        }
        return s;
    }

    private static void policySpec(PolicySpec p, Map<String, Object> s) {
        putString(s, "tier", p.tier());
        if (p.order() != null) s.put("order", p.order());
        putString(s, "selector", p.selector().text());
        putString(s, "namespaceSelector", p.namespaceSelector().text());
        putString(s, "serviceAccountSelector", p.serviceAccountSelector().text());
        if (p.doNotTrack()) s.put("doNotTrack", true);
        if (p.preDNAT()) s.put("preDNAT", true);
        if (p.applyOnForward()) s.put("applyOnForward", true);
        if (!p.types().isEmpty())
            s.put("types", p.types().stream().map(PolicyType::yamlName).toList());
        if (!p.ingress().isEmpty()) s.put("ingress", rules(p.ingress()));
        if (!p.egress().isEmpty()) s.put("egress", rules(p.egress()));
        putList(s, "performanceHints", p.performanceHints());
    }

    private static List<Object> rules(List<Rule> rules) {
        List<Object> out = new ArrayList<>();
        for (Rule r : rules) out.add(rule(r));
        return out;
    }

    public static Map<String, Object> rule(Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", r.action() == null ? "" : r.action().yamlName());
        if (!r.annotations().isEmpty()) m.put("metadata", Map.of("annotations", r.annotations()));
        if (r.ipVersion() != null) m.put("ipVersion", r.ipVersion());
        putProtocol(m, "protocol", r.protocol());
        putProtocol(m, "notProtocol", r.notProtocol());
        putIcmp(m, "icmp", r.icmp());
        putIcmp(m, "notICMP", r.notICMP());
        Map<String, Object> src = entity(r.source());
        if (!src.isEmpty()) m.put("source", src);
        Map<String, Object> dst = entity(r.destination());
        if (!dst.isEmpty()) m.put("destination", dst);
        if (r.http() != null) m.put("http", http(r.http()));
        return m;
    }

    static void putProtocol(Map<String, Object> m, String key, Protocol p) {
        if (p == null) return;
        m.put(key, p.numeric() ? (Object) Integer.valueOf(p.text()) : p.text());
    }

    private static void putIcmp(Map<String, Object> m, String key, IcmpMatch icmp) {
        if (icmp == null) return;
        Map<String, Object> i = new LinkedHashMap<>();
        if (icmp.type() != null) i.put("type", icmp.type());
        if (icmp.code() != null) i.put("code", icmp.code());
        m.put(key, i);
    }

    private static Map<String, Object> entity(EntityRule e) {
        Map<String, Object> m = new LinkedHashMap<>();
        putList(m, "nets", Cidr.texts(e.nets()));
        putList(m, "notNets", Cidr.texts(e.notNets()));
        putString(m, "selector", e.selector().text());
        putString(m, "notSelector", e.notSelector().text());
        putString(m, "namespaceSelector", e.namespaceSelector().text());
        putList(m, "ports", ports(e.ports()));
        putList(m, "notPorts", ports(e.notPorts()));
        if (e.serviceAccounts() != null) {
            Map<String, Object> sa = new LinkedHashMap<>();
            putList(sa, "names", e.serviceAccounts().names());
            putString(sa, "selector", e.serviceAccounts().selector().text());
            m.put("serviceAccounts", sa);
        }
        if (e.services() != null) {
            Map<String, Object> svc = new LinkedHashMap<>();
            putString(svc, "name", e.services().name());
            putString(svc, "namespace", e.services().namespace());
            m.put("services", svc);
        }
        return m;
    }

    /** Single ports as numbers, ranges and names as strings: the forms Calico documents. */
    private static List<Object> ports(List<Port> ports) {
        List<Object> out = new ArrayList<>();
        for (Port p : ports) out.add(p.isNamed() || p.isRange() ? p.toString() : (Object) p.min());
        return out;
    }

    private static Map<String, Object> http(HttpMatch h) {
        Map<String, Object> m = new LinkedHashMap<>();
        putList(m, "methods", h.methods());
        List<Object> paths = new ArrayList<>();
        for (HttpMatch.HttpPath p : h.paths()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            putString(pm, "exact", p.exact());
            putString(pm, "prefix", p.prefix());
            paths.add(pm);
        }
        putList(m, "paths", paths);
        return m;
    }

    private static void hostEndpoint(HostEndpoint h, Map<String, Object> s) {
        putString(s, "node", h.node());
        putString(s, "interfaceName", h.interfaceName());
        putList(s, "expectedIPs", h.expectedIPs());
        putList(s, "profiles", h.profiles());
        List<Object> ports = new ArrayList<>();
        for (HostEndpoint.EndpointPort p : h.ports()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", p.name());
            putProtocol(pm, "protocol", p.protocol());
            pm.put("port", p.port());
            ports.add(pm);
        }
        putList(s, "ports", ports);
    }

    static void putString(Map<String, Object> m, String key, String v) {
        if (v != null && !v.isEmpty()) m.put(key, v);
    }

    static void putList(Map<String, Object> m, String key, List<?> v) {
        if (!v.isEmpty()) m.put(key, v);
    }
}
