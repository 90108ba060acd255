package dev.polcat.calico;

import dev.polcat.diag.Suggestions;
import dev.polcat.net.Cidr;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reads rules and their parts (entity rules, ports, protocols, ICMP and HTTP matches). */
final class RuleReader {
    private static final Set<String> RULE = Set.of(
            "action",
            "ipVersion",
            "protocol",
            "notProtocol",
            "icmp",
            "notICMP",
            "source",
            "destination",
            "http",
            "metadata");
    private static final Set<String> ENTITY = Set.of(
            "nets",
            "notNets",
            "selector",
            "notSelector",
            "namespaceSelector",
            "ports",
            "notPorts",
            "serviceAccounts",
            "services");
    private static final Set<String> ICMP = Set.of("type", "code");
    private static final Set<String> HTTP = Set.of("methods", "paths");
    private static final Set<String> HTTP_PATH = Set.of("exact", "prefix");
    private static final Set<String> SERVICE_ACCOUNTS = Set.of("names", "selector");
    private static final Set<String> SERVICES = Set.of("name", "namespace");
    private static final Set<String> RULE_META = Set.of("annotations");

    private final List<FieldError> errors;

    RuleReader(List<FieldError> errors) {
        this.errors = errors;
    }

    Rule rule(YNode node, String path) {
        FieldReader f = FieldReader.of(node, path, errors, RULE);
        // Not a map (error reported): keep an empty, action-less rule in its place so that the rules after
        // it keep their index, and errors found on them later point at the right spec.ingress[i].
        if (f == null) return new Rule(null, null, null, null, null, null, null, null, null, new TreeMap<>());
        String actionText = f.string("action");
        Action action = Action.fromYaml(actionText).orElse(null);
        if (action == null) {
            f.error(
                    "action",
                    actionText.isEmpty() ? "missing action" : "invalid action '" + actionText + "'",
                    Suggestions.closest(actionText, Action.yamlNames())
                            .map(a -> "did you mean '" + a + "'? actions are case-sensitive: Allow, Deny, Log, Pass")
                            .orElse("allowed: Allow, Deny, Log, Pass (case-sensitive)"));
        }
        FieldReader meta = f.nested("metadata", RULE_META);
        SortedMap<String, String> annotations = meta == null ? new TreeMap<>() : meta.stringMap("annotations");
        return new Rule(
                action,
                f.integer("ipVersion"),
                protocol(f, "protocol"),
                protocol(f, "notProtocol"),
                icmp(f, "icmp"),
                icmp(f, "notICMP"),
                entity(f, "source"),
                entity(f, "destination"),
                http(f),
                annotations);
    }

    /** A name, a number, or an all-digit string (which Calico reads as a number). */
    Protocol protocol(FieldReader f, String key) {
        YNode n = f.node(key);
        if (n == null || n instanceof YScalar s && s.isNull()) return null;
        if (n instanceof YScalar s) {
            if (s.kind() == YScalar.Kind.INT && s.text().matches("-?[0-9]+")) return new Protocol(s.text(), true);
            if (s.kind() == YScalar.Kind.STRING) {
                return new Protocol(s.text(), s.text().matches("[0-9]+"));
            }
        }
        f.error(
                key,
                "expected a protocol name or number, got " + FieldReader.describe(n),
                "allowed: TCP, UDP, ICMP, ICMPv6, SCTP, UDPLite, or 1-255");
        return null;
    }

    private IcmpMatch icmp(FieldReader f, String key) {
        FieldReader m = f.nested(key, ICMP);
        return m == null ? null : new IcmpMatch(m.integer("type"), m.integer("code"));
    }

    private EntityRule entity(FieldReader f, String key) {
        FieldReader e = f.nested(key, ENTITY);
        if (e == null) return EntityRule.ANY;
        FieldReader sa = e.nested("serviceAccounts", SERVICE_ACCOUNTS);
        FieldReader svc = e.nested("services", SERVICES);
        return new EntityRule(
                Cidr.all(e.strings("nets")),
                Cidr.all(e.strings("notNets")),
                e.string("selector"),
                e.string("notSelector"),
                e.string("namespaceSelector"),
                e.list("ports", this::port),
                e.list("notPorts", this::port),
                sa == null ? null : new ServiceAccountMatch(sa.strings("names"), sa.string("selector")),
                svc == null ? null : new ServiceMatch(svc.string("name"), svc.string("namespace")));
    }

    /**
     * Calico's numorstring.Port: an integer, "min:max", an all-digit string (a number), or a name. Range
     * and bound checks belong to the validator; only unparseable forms are errors here.
     */
    Port port(YNode n, String path) {
        if (n instanceof YScalar s && (s.kind() == YScalar.Kind.INT || s.kind() == YScalar.Kind.STRING)) {
            String t = s.text();
            if (t.matches("[0-9]{1,9}")) return Port.single(Integer.parseInt(t));
            if (t.matches("[0-9]{1,9}:[0-9]{1,9}")) {
                int colon = t.indexOf(':');
                return Port.range(Integer.parseInt(t.substring(0, colon)), Integer.parseInt(t.substring(colon + 1)));
            }
            if (s.kind() == YScalar.Kind.STRING && t.matches("[A-Za-z0-9_.-]{1,128}") && !t.matches("[0-9]+")) {
                return Port.named(t);
            }
        }
        String shown = n instanceof YScalar s ? "'" + s.text() + "'" : n.describe();
        errors.add(new FieldError(path, "invalid port " + shown, portHint(n)));
        return null;
    }

    /** "9100/tcp" is how services files and firewalls write ports; in Calico the rule's protocol says it. */
    private static String portHint(YNode n) {
        String general = "a port is a number 1-65535, a range \"min:max\", or a named port";
        if (n instanceof YScalar s && s.text().matches("[0-9]{1,9}(:[0-9]{1,9})?/[A-Za-z]+")) {
            String port = s.text().substring(0, s.text().indexOf('/'));
            return "drop '" + s.text().substring(s.text().indexOf('/')) + "': write " + port
                    + "; the rule's protocol: field says TCP or UDP";
        }
        return general;
    }

    private HttpMatch http(FieldReader f) {
        FieldReader h = f.nested("http", HTTP);
        if (h == null) return null;
        List<HttpMatch.HttpPath> paths = h.list("paths", (n, p) -> {
            FieldReader pr = FieldReader.of(n, p, errors, HTTP_PATH);
            return pr == null ? null : new HttpMatch.HttpPath(pr.string("exact"), pr.string("prefix"));
        });
        return new HttpMatch(h.strings("methods"), paths);
    }
}
