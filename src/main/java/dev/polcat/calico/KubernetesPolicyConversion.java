package dev.polcat.calico;

import dev.polcat.calico.selector.ParsedSelector;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Calico NetworkPolicy that Calico enforces for a Kubernetes NetworkPolicy, made as libcalico-go's
 * K8sNetworkPolicyToCalico makes it (backend/k8s/conversion/conversion.go): named
 * {@code knp.default.<name>}, default tier, order 1000; the pod selector gains
 * {@code projectcalico.org/orchestrator == 'k8s'}; each rule becomes one Allow rule per peer × port;
 * an ipBlock becomes nets plus notNets (its except list). Written for a validated policy.
 */
public final class KubernetesPolicyConversion {
    public static final String ORCHESTRATOR_LABEL = "projectcalico.org/orchestrator";

    private KubernetesPolicyConversion() {}

    public static NetworkPolicy toCalico(KubernetesNetworkPolicy np) {
        KubernetesPolicySpec k = np.spec();
        Metadata meta = new Metadata(np.calicoName(), np.metadata().namespace(), new TreeMap<>(), new TreeMap<>());
        PolicySpec spec = new PolicySpec(
                "default",
                BigDecimal.valueOf(1000),
                podSelector(k.podSelector()),
                "",
                "",
                k.effectivePolicyTypes(),
                rules(k.ingress(), true),
                rules(k.egress(), false),
                false,
                false,
                false,
                List.of());
        return new NetworkPolicy(meta, spec);
    }

    private static List<Rule> rules(List<KubernetesRule> rules, boolean ingress) {
        List<Rule> out = new ArrayList<>();
        for (KubernetesRule r : rules) {
            List<KubernetesPeer> peers = r.peers().isEmpty() ? java.util.Collections.singletonList(null) : r.peers();
            List<KubernetesPort> ports = r.ports().isEmpty() ? java.util.Collections.singletonList(null) : r.ports();
            for (KubernetesPeer peer : peers) {
                for (KubernetesPort port : ports) out.add(rule(peer, port, ingress));
            }
        }
        return out;
    }

    private static Rule rule(KubernetesPeer peer, KubernetesPort port, boolean ingress) {
        List<Port> ports = List.of();
        Protocol protocol = null;
        if (port != null) {
            protocol = port.effectiveProtocol();
            if (port.port() != null) {
                Port p = port.port();
                ports = List.of(port.endPort() != null && !p.isNamed() ? Port.range(p.min(), port.endPort()) : p);
            }
        }
        EntityRule peerSide = peer == null ? EntityRule.ANY : peer(peer);
        EntityRule portSide = new EntityRule(List.of(), List.of(), "", "", "", ports, List.of(), null, null);
        EntityRule source = ingress ? peerSide : EntityRule.ANY;
        EntityRule destination = ingress ? portSide : merge(peerSide, ports);
        return new Rule(Action.ALLOW, null, protocol, null, null, null, source, destination, null, new TreeMap<>());
    }

    private static EntityRule merge(EntityRule peer, List<Port> ports) {
        return new EntityRule(
                peer.nets(),
                peer.notNets(),
                peer.selector(),
                ParsedSelector.EMPTY,
                peer.namespaceSelector(),
                ports,
                List.of(),
                null,
                null);
    }

    private static EntityRule peer(KubernetesPeer p) {
        if (p.ipBlock() != null) {
            return new EntityRule(
                    List.of(p.ipBlock().cidr()), p.ipBlock().except(), "", "", "", List.of(), List.of(), null, null);
        }
        String selector = p.podSelector() == null && p.namespaceSelector() == null ? "" : podSelector(p.podSelector());
        String ns = p.namespaceSelector() == null ? "" : namespaceSelector(p.namespaceSelector());
        return new EntityRule(List.of(), List.of(), selector, "", ns, List.of(), List.of(), null, null);
    }

    /** A pod selector: always narrowed to Kubernetes pods, even when empty or absent. */
    public static String podSelector(LabelSelector s) {
        List<String> terms = new ArrayList<>();
        terms.add(ORCHESTRATOR_LABEL + " == 'k8s'");
        if (s != null) terms.addAll(terms(s));
        return String.join(" && ", terms);
    }

    /** A namespace selector: {@code {}} selects every namespace, which Calico writes as all(). */
    public static String namespaceSelector(LabelSelector s) {
        return s.isEmpty() ? "all()" : String.join(" && ", terms(s));
    }

    private static List<String> terms(LabelSelector s) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : s.matchLabels().entrySet()) {
            out.add(e.getKey() + " == '" + e.getValue() + "'");
        }
        for (LabelRequirement r : s.matchExpressions()) {
            String values = "{ '" + String.join("', '", r.values()) + "' }";
            if (r.operator() == null) continue;
            out.add(
                    switch (r.operator()) {
                        case IN -> r.key() + " in " + values;
                        case NOT_IN -> r.key() + " not in " + values;
                        case EXISTS -> "has(" + r.key() + ")";
                        case DOES_NOT_EXIST -> "! has(" + r.key() + ")";
                    });
        }
        return out;
    }
}
