package dev.polcat.validate;

import dev.polcat.calico.IpBlock;
import dev.polcat.calico.KubernetesNetworkPolicy;
import dev.polcat.calico.KubernetesPeer;
import dev.polcat.calico.KubernetesPolicySpec;
import dev.polcat.calico.KubernetesPort;
import dev.polcat.calico.KubernetesRule;
import dev.polcat.calico.Port;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import java.util.List;
import java.util.Set;

/**
 * A Kubernetes NetworkPolicy spec as the Kubernetes API server validates it (pkg/apis/networking/validation,
 * ValidateNetworkPolicySpec): the pod selector, then each rule's ports and peers, then policyTypes.
 */
final class KubernetesPolicyRules {
    private static final Set<String> PROTOCOLS = Set.of("TCP", "UDP", "SCTP");

    private KubernetesPolicyRules() {}

    static void check(KubernetesNetworkPolicy np, Problems p) {
        checkSpec(np.spec(), p);
    }

    static void checkSpec(KubernetesPolicySpec s, Problems p) {
        LabelSelectorRules.check(s.podSelector(), "spec.podSelector", p);
        rules(s.ingress(), "spec.ingress", "from", p);
        rules(s.egress(), "spec.egress", "to", p);
        if (s.policyTypes().size() > 2) {
            p.add(
                    "spec.policyTypes",
                    "may not specify more than two policyTypes",
                    "list Ingress and/or Egress, each once");
        }
    }

    private static void rules(List<KubernetesRule> rules, String base, String peersKey, Problems p) {
        for (int i = 0; i < rules.size(); i++) {
            String path = Problems.item(base, i);
            KubernetesRule r = rules.get(i);
            for (int j = 0; j < r.ports().size(); j++) port(r.ports().get(j), Problems.item(path + ".ports", j), p);
            for (int j = 0; j < r.peers().size(); j++)
                peer(r.peers().get(j), Problems.item(path + "." + peersKey, j), p);
        }
    }

    private static void port(KubernetesPort k, String path, Problems p) {
        if (k.protocol() != null && !PROTOCOLS.contains(k.protocol().text())) {
            p.add(
                    path + ".protocol",
                    "protocol " + Problems.quote(k.protocol().text()) + " is not supported; use TCP, UDP or SCTP",
                    "protocols are case-sensitive; omit protocol for TCP");
        }
        Port port = k.port();
        if (port == null) {
            if (k.endPort() != null)
                p.add(path + ".endPort", "endPort needs port: it ends the range that port starts", "add port");
            return;
        }
        if (port.isNamed()) {
            K8sNames.portNameProblem(port.name())
                    .ifPresent(problem -> p.add(
                            path + ".port",
                            "port name " + Problems.quote(port.name()) + " is not valid: " + problem,
                            K8sNames.PORT_NAME_RULE));
            if (k.endPort() != null) {
                p.add(
                        path + ".endPort",
                        "endPort needs a numeric port; a named port cannot start a range",
                        "give port as a number, or remove endPort");
            }
            return;
        }
        if (port.min() < 1 || port.min() > 65535) {
            p.add(path + ".port", "port " + port.min() + " is not valid; a port is 1-65535", "");
        }
        if (k.endPort() != null) {
            if (k.endPort() < port.min()) {
                p.add(
                        path + ".endPort",
                        "endPort " + k.endPort() + " is less than port " + port.min(),
                        "endPort ends the range; make it at least port");
            }
            if (k.endPort() < 1 || k.endPort() > 65535) {
                p.add(path + ".endPort", "endPort " + k.endPort() + " is not valid; a port is 1-65535", "");
            }
        }
    }

    private static void peer(KubernetesPeer peer, String path, Problems p) {
        int parts = 0;
        if (peer.podSelector() != null) {
            parts++;
            LabelSelectorRules.check(peer.podSelector(), path + ".podSelector", p);
        }
        if (peer.namespaceSelector() != null) {
            parts++;
            LabelSelectorRules.check(peer.namespaceSelector(), path + ".namespaceSelector", p);
        }
        if (peer.ipBlock() != null) {
            parts++;
            ipBlock(peer.ipBlock(), path + ".ipBlock", p);
        }
        if (parts == 0) {
            p.add(
                    path,
                    "a peer needs podSelector, namespaceSelector or ipBlock",
                    "to allow every peer, leave out the whole from/to list instead of writing an empty entry");
        } else if (parts > 1 && peer.ipBlock() != null) {
            p.add(
                    path,
                    "ipBlock cannot be combined with podSelector or namespaceSelector in one peer",
                    "make the ipBlock a peer of its own (a separate list entry)");
        }
    }

    /**
     * ValidateIPBlock: cidr is required and a CIDR; each except a CIDR strictly inside it. Host bits are
     * accepted (the API's legacy CIDR rule; Calico masks them when it converts the policy).
     */
    private static void ipBlock(IpBlock b, String path, Problems p) {
        if (b.cidr().isEmpty()) {
            p.add(path + ".cidr", "cidr is required", "e.g. cidr: 10.0.0.0/8");
            return;
        }
        var cidr = cidr(b.cidr(), path + ".cidr", p);
        for (int i = 0; i < b.except().size(); i++) {
            String at = Problems.item(path + ".except", i);
            var except = cidr(b.except().get(i), at, p);
            if (cidr == null || except == null) continue;
            var outer = cidr;
            var inner = except;
            boolean inside = outer.contains(inner) && outer.prefixLength() < inner.prefixLength();
            if (!inside) {
                p.add(
                        at,
                        "except " + Problems.quote(b.except().get(i).text()) + " is not strictly inside cidr "
                                + Problems.quote(b.cidr().text()),
                        "except lists smaller ranges cut out of cidr");
            }
        }
    }

    private static IpNet cidr(Cidr c, String path, Problems p) {
        String text = c.text();
        var net = c.parsed().filter(IpNet::hasPrefix).orElse(null);
        if (net == null) {
            p.add(
                    path,
                    Problems.quote(text) + " is not a CIDR",
                    "write an address range with its prefix length, e.g. 10.0.0.0/24 or fd00::/64");
        }
        return net;
    }
}
