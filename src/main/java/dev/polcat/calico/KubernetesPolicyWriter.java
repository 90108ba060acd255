package dev.polcat.calico;

import static dev.polcat.calico.CalicoYamlWriter.putList;

import dev.polcat.net.Cidr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a Kubernetes NetworkPolicy spec in the field order of the Kubernetes API (podSelector, ingress,
 * egress, policyTypes), with {@code podSelector: {}} written out when it selects every pod, as kubectl
 * shows it.
 */
final class KubernetesPolicyWriter {
    private KubernetesPolicyWriter() {}

    static Map<String, Object> spec(KubernetesPolicySpec k) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("podSelector", selector(k.podSelector()));
        putList(s, "ingress", rules(k.ingress(), "from"));
        putList(s, "egress", rules(k.egress(), "to"));
        putList(
                s,
                "policyTypes",
                k.policyTypes().stream().map(PolicyType::yamlName).toList());
        return s;
    }

    private static List<Object> rules(List<KubernetesRule> rules, String peersKey) {
        List<Object> out = new ArrayList<>();
        for (KubernetesRule r : rules) {
            Map<String, Object> m = new LinkedHashMap<>();
            List<Object> peers = new ArrayList<>();
            for (KubernetesPeer p : r.peers()) peers.add(peer(p));
            putList(m, peersKey, peers);
            List<Object> ports = new ArrayList<>();
            for (KubernetesPort p : r.ports()) ports.add(port(p));
            putList(m, "ports", ports);
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> peer(KubernetesPeer p) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (p.podSelector() != null) m.put("podSelector", selector(p.podSelector()));
        if (p.namespaceSelector() != null) m.put("namespaceSelector", selector(p.namespaceSelector()));
        if (p.ipBlock() != null) m.put("ipBlock", ipBlock(p.ipBlock()));
        return m;
    }

    private static Map<String, Object> ipBlock(IpBlock b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cidr", b.cidr().text());
        putList(m, "except", Cidr.texts(b.except()));
        return m;
    }

    private static Map<String, Object> port(KubernetesPort p) {
        Map<String, Object> m = new LinkedHashMap<>();
        CalicoYamlWriter.putProtocol(m, "protocol", p.protocol());
        if (p.port() != null)
            m.put(
                    "port",
                    p.port().isNamed() ? p.port().name() : (Object) p.port().min());
        if (p.endPort() != null) m.put("endPort", p.endPort());
        return m;
    }

    static Map<String, Object> selector(LabelSelector s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!s.matchLabels().isEmpty()) m.put("matchLabels", s.matchLabels());
        List<Object> exprs = new ArrayList<>();
        for (LabelRequirement r : s.matchExpressions()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("key", r.key());
            e.put("operator", r.operator() == null ? "" : r.operator().yamlName());
            putList(e, "values", r.values());
            exprs.add(e);
        }
        putList(m, "matchExpressions", exprs);
        return m;
    }
}
