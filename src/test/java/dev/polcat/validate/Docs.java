package dev.polcat.validate;

/** Small YAML documents for the validation tables; each wraps a snippet in a complete resource. */
final class Docs {
    private Docs() {}

    static String indent(String text, int spaces) {
        String pad = " ".repeat(spaces);
        StringBuilder b = new StringBuilder();
        for (String line : text.strip().split("\n", -1)) {
            b.append(line.isEmpty() ? "" : pad + line).append('\n');
        }
        return b.toString();
    }

    /** A document of any kind; metadata and spec are YAML snippets (spec may be empty). */
    static String doc(String kind, String metadata, String spec) {
        return "apiVersion: projectcalico.org/v3\nkind: " + kind + "\nmetadata:\n" + indent(metadata, 2)
                + (spec.isBlank() ? "" : "spec:\n" + indent(spec, 2));
    }

    static String gnp(String spec) {
        return doc("GlobalNetworkPolicy", "name: security.test", spec);
    }

    static String gnpNamed(String name, String spec) {
        return doc("GlobalNetworkPolicy", "name: " + name, spec);
    }

    static String np(String spec) {
        return doc("NetworkPolicy", "name: security.test\nnamespace: prod", spec);
    }

    /** A list with one map item, e.g. "ingress" plus a rule. */
    static String listOf(String key, String item) {
        String body = indent(item, 4);
        return key + ":\n  - " + body.substring(4);
    }

    /** A GlobalNetworkPolicy whose only rule is spec.ingress[0]. */
    static String ingress(String rule) {
        return gnp(listOf("ingress", rule));
    }

    /** A GlobalNetworkPolicy whose only rule is spec.egress[0]. */
    static String egress(String rule) {
        return gnp(listOf("egress", rule));
    }

    static String npIngress(String rule) {
        return np(listOf("ingress", rule));
    }

    static String npEgress(String rule) {
        return np(listOf("egress", rule));
    }

    static String hep(String spec) {
        return doc("HostEndpoint", "name: node1-eth0\nlabels:\n  role: node", spec);
    }

    static String sgnp(String spec) {
        return doc("StagedGlobalNetworkPolicy", "name: security.test", spec);
    }

    static String snp(String spec) {
        return doc("StagedNetworkPolicy", "name: security.test\nnamespace: prod", spec);
    }

    static String sknp(String spec) {
        return doc("StagedKubernetesNetworkPolicy", "name: test\nnamespace: prod", spec);
    }

    /** A Kubernetes NetworkPolicy (networking.k8s.io/v1) named test in namespace prod. */
    static String knp(String spec) {
        return "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: test\n  namespace: prod\n"
                + (spec.isBlank() ? "" : "spec:\n" + indent(spec, 2));
    }

    static String bgpPeer(String spec) {
        return doc("BGPPeer", "name: peer1", spec);
    }

    static String bgpConfiguration(String spec) {
        return doc("BGPConfiguration", "name: default", spec);
    }

    static String felix(String spec) {
        return doc("FelixConfiguration", "name: default", spec);
    }
}
