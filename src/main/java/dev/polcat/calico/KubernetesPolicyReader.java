package dev.polcat.calico;

import dev.polcat.diag.Suggestions;
import dev.polcat.net.Cidr;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.util.List;
import java.util.Set;

/**
 * Reads the spec of a Kubernetes NetworkPolicy (networking.k8s.io/v1) as the API server decodes it with
 * strict field validation (kubectl's default): unknown fields and wrong value types are errors.
 */
final class KubernetesPolicyReader {
    static final Set<String> SPEC = Set.of("podSelector", "ingress", "egress", "policyTypes");
    private static final Set<String> INGRESS = Set.of("from", "ports");
    private static final Set<String> EGRESS = Set.of("to", "ports");
    private static final Set<String> PEER = Set.of("podSelector", "namespaceSelector", "ipBlock");
    private static final Set<String> IP_BLOCK = Set.of("cidr", "except");
    private static final Set<String> PORT = Set.of("protocol", "port", "endPort");
    private static final Set<String> SELECTOR = Set.of("matchLabels", "matchExpressions");
    private static final Set<String> REQUIREMENT = Set.of("key", "operator", "values");

    private final List<FieldError> errors;

    KubernetesPolicyReader(List<FieldError> errors) {
        this.errors = errors;
    }

    /** The spec fields of {@code f} (whose unknown fields the caller has checked). */
    KubernetesPolicySpec spec(FieldReader f) {
        LabelSelector pods = selector(f, "podSelector");
        List<PolicyType> types = f.list("policyTypes", (n, p) -> {
            String t = n instanceof YScalar s ? s.text() : "";
            var type = PolicyType.fromYaml(t);
            if (type.isEmpty()) {
                errors.add(new FieldError(
                        p, "invalid policy type '" + t + "'", "allowed: Ingress, Egress (case-sensitive)"));
            }
            return type.orElse(null);
        });
        return new KubernetesPolicySpec(
                pods,
                f.list("ingress", (n, p) -> rule(n, p, INGRESS, "from")),
                f.list("egress", (n, p) -> rule(n, p, EGRESS, "to")),
                types);
    }

    private KubernetesRule rule(YNode node, String path, Set<String> known, String peersKey) {
        FieldReader r = FieldReader.of(node, path, errors, known);
        if (r == null) return new KubernetesRule(List.of(), List.of());
        return new KubernetesRule(r.list(peersKey, this::peer), r.list("ports", this::port));
    }

    private KubernetesPeer peer(YNode node, String path) {
        FieldReader p = FieldReader.of(node, path, errors, PEER);
        if (p == null) return new KubernetesPeer(null, null, null);
        FieldReader ip = p.nested("ipBlock", IP_BLOCK);
        IpBlock block = ip == null ? null : new IpBlock(Cidr.of(ip.string("cidr")), Cidr.all(ip.strings("except")));
        return new KubernetesPeer(selector(p, "podSelector"), selector(p, "namespaceSelector"), block);
    }

    private KubernetesPort port(YNode node, String path) {
        FieldReader p = FieldReader.of(node, path, errors, PORT);
        if (p == null) return new KubernetesPort(null, null, null);
        String proto = p.string("protocol");
        return new KubernetesPort(
                proto.isEmpty() ? null : Protocol.named(proto), intOrString(p, "port"), p.integer("endPort"));
    }

    /** IntOrString: a number stays a number, any string (even "80") is a port name, as Kubernetes reads it. */
    private Port intOrString(FieldReader p, String key) {
        YNode n = p.node(key);
        if (n == null || n instanceof YScalar s && s.isNull()) return null;
        if (n instanceof YScalar s && s.kind() == YScalar.Kind.STRING) return Port.named(s.text());
        if (n instanceof YScalar s && s.kind() == YScalar.Kind.INT && s.text().matches("-?[0-9]{1,9}")) {
            return Port.single(Integer.parseInt(s.text()));
        }
        p.error(key, "expected a port number or name, got " + FieldReader.describe(n), "");
        return null;
    }

    /** A label selector, or null when the field is absent (or null). */
    LabelSelector selector(FieldReader f, String key) {
        FieldReader s = f.nested(key, SELECTOR);
        if (s == null) return null;
        return new LabelSelector(s.stringMap("matchLabels"), s.list("matchExpressions", this::requirement));
    }

    private LabelRequirement requirement(YNode node, String path) {
        FieldReader r = FieldReader.of(node, path, errors, REQUIREMENT);
        if (r == null) return null;
        String op = r.string("operator");
        LabelOperator operator = LabelOperator.fromYaml(op).orElse(null);
        if (operator == null) {
            r.error(
                    "operator",
                    op.isEmpty() ? "missing operator" : "invalid operator '" + op + "'",
                    Suggestions.closest(op, LabelOperator.yamlNames())
                                    .map(o -> "did you mean '" + o + "'? ")
                                    .orElse("") + "allowed: In, NotIn, Exists, DoesNotExist (case-sensitive)");
        }
        return new LabelRequirement(r.string("key"), operator, r.strings("values"));
    }
}
