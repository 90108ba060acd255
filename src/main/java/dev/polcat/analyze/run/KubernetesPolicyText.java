package dev.polcat.analyze.run;

import dev.polcat.calico.IpBlock;
import dev.polcat.calico.KubernetesPeer;
import dev.polcat.calico.KubernetesPolicySpec;
import dev.polcat.calico.KubernetesPort;
import dev.polcat.calico.KubernetesRule;
import dev.polcat.calico.LabelRequirement;
import dev.polcat.calico.LabelSelector;
import dev.polcat.calico.Metadata;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Port;
import dev.polcat.net.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Kubernetes NetworkPolicy in words: what the pod selector isolates, and each rule as the peers and ports
 * it allows ("Allow inbound TCP to port 6379 from pods with role=frontend in this namespace, or from
 * 172.17.0.0/16 except 172.17.1.0/24").
 */
final class KubernetesPolicyText {
    private KubernetesPolicyText() {}

    static String summary(Metadata meta, KubernetesPolicySpec s) {
        String ns = meta.namespace().isEmpty() ? "its namespace" : "namespace " + meta.namespace();
        return "Kubernetes policy, enforced by Calico as knp.default." + meta.name()
                + " at order 1000 in tier default; selects "
                + pods(s.podSelector(), "every pod") + " in " + ns + "; isolates them for "
                + String.join(
                        " and ",
                        s.effectivePolicyTypes().stream()
                                .map(PolicyType::yamlName)
                                .toList())
                + " traffic: only what a rule (of this or another policy selecting them) allows gets through"
                + (s.policyTypes().isEmpty()
                        ? " (policyTypes omitted, so Ingress"
                                + (s.egress().isEmpty() ? " only)" : " and Egress, as it has egress rules)")
                        : "");
    }

    static String rule(KubernetesRule r, PolicyType dir) {
        boolean in = dir == PolicyType.INGRESS;
        String ports = ports(r.ports());
        String peers = r.peers().isEmpty()
                ? "anywhere"
                : String.join(
                        ", or ",
                        r.peers().stream().map(KubernetesPolicyText::peer).toList());
        return "Allow " + (in ? "inbound" : "outbound") + (ports.isEmpty() ? "" : " " + ports)
                + (in ? " from " : " to ") + peers;
    }

    private static String ports(List<KubernetesPort> ports) {
        if (ports.isEmpty()) return "";
        List<String> out = new ArrayList<>();
        for (KubernetesPort p : ports) {
            String proto = p.effectiveProtocol().text();
            Port port = p.port();
            if (port == null) out.add(proto + " on every port");
            else if (port.isNamed()) out.add(proto + " to the port named " + port.name());
            else if (p.endPort() != null && p.endPort() != port.min())
                out.add(proto + " to ports " + port.min() + "-" + p.endPort());
            else out.add(proto + " to port " + port.min());
        }
        return String.join(" or ", out);
    }

    private static String peer(KubernetesPeer p) {
        if (p.ipBlock() != null) return block(p.ipBlock());
        if (p.namespaceSelector() == null) return pods(p.podSelector(), "every pod") + " in this namespace";
        String ns = p.namespaceSelector().isEmpty()
                ? "every namespace"
                : "namespaces with " + labels(p.namespaceSelector());
        return (p.podSelector() == null ? "every pod" : pods(p.podSelector(), "every pod")) + " in " + ns;
    }

    private static String block(IpBlock b) {
        return b.cidr().text() + (b.except().isEmpty() ? "" : " except " + String.join(", ", Cidr.texts(b.except())));
    }

    private static String pods(LabelSelector s, String all) {
        return s == null || s.isEmpty() ? all : "pods with " + labels(s);
    }

    /** matchLabels as k=v, matchExpressions in words, all of which must hold. */
    static String labels(LabelSelector s) {
        List<String> terms = new ArrayList<>();
        for (Map.Entry<String, String> e : s.matchLabels().entrySet()) terms.add(e.getKey() + "=" + e.getValue());
        for (LabelRequirement r : s.matchExpressions()) {
            String values = String.join(" or ", r.values());
            if (r.operator() == null) continue;
            terms.add(
                    switch (r.operator()) {
                        case IN -> r.key() + " in (" + values + ")";
                        case NOT_IN -> r.key() + " unset or not in (" + values + ")";
                        case EXISTS -> "a " + r.key() + " label";
                        case DOES_NOT_EXIST -> "no " + r.key() + " label";
                    });
        }
        return String.join(" and ", terms);
    }
}
