package dev.polcat.load;

import dev.polcat.catalog.FlowPeer;
import dev.polcat.catalog.PublicService;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
import dev.polcat.diag.Suggestions;
import dev.polcat.yaml.YEntry;
import dev.polcat.yaml.YList;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a profile's {@code public:} list, what is meant to be reachable from the internet:
 *
 * <pre>
 * public:
 *   - ports: [tcp/443, tcp/80]           # tcp/N, udp/N, sctp/N, tcp (every port), icmp[/TYPE], icmpv6[/TYPE], any
 *     to: {hosts: role == "ingress"}     # or a host's name, a workload shop/web-0,
 *                                        # or {workloads: app == "web", namespace: shop} (namespace optional)
 *     reason: the ingress controller serves the public web site
 * </pre>
 */
final class PublicReader {
    private static final List<String> KEYS = InputKeys.PUBLIC;

    private final Diagnostics diags;

    PublicReader(Diagnostics diags) {
        this.diags = diags;
    }

    List<PublicService> read(YNode node) {
        List<PublicService> out = new ArrayList<>();
        if (node == null || node instanceof YScalar s && s.isNull()) return out;
        if (!(node instanceof YList l)) {
            error(node, "public: expected a list of entries (- ports: [tcp/443], to: ..., reason: ...)", "");
            return out;
        }
        for (YNode item : l.items()) {
            PublicService p = entry(item);
            if (p != null) out.add(p);
        }
        return out;
    }

    private PublicService entry(YNode item) {
        if (!(item instanceof YMap m)) {
            error(item, "public: expected an entry with ports, to and reason", "");
            return null;
        }
        for (YEntry e : m.entries()) {
            if (!KEYS.contains(e.key())) {
                diags.add(Diagnostic.error(
                                DiagnosticCode.P104_UNKNOWN_KEY, e.keyPos(), "unknown key '" + e.key() + "' in public")
                        .withHint(Suggestions.hint(e.key(), KEYS)));
            }
        }
        List<String> services = services(m);
        FlowPeer to = to(m);
        String reason = m.get("reason")
                .filter(n -> n instanceof YScalar s && !s.text().isBlank())
                .map(n -> ((YScalar) n).text().strip())
                .orElse(null);
        if (reason == null)
            error(m, "public: every entry needs a reason", "say why this is meant to be reachable from the internet");
        if (services == null || to == null || reason == null) return null;
        return new PublicService(services, to, reason, item.pos());
    }

    private List<String> services(YMap m) {
        YNode n = m.get("ports").orElse(null);
        if (n == null) {
            error(m, "public: an entry needs ports", "e.g. ports: [tcp/443]");
            return null;
        }
        List<YNode> items = n instanceof YList l ? l.items() : List.of(n);
        List<String> out = new ArrayList<>();
        for (YNode i : items) {
            String text = i instanceof YScalar s ? s.text().strip().toLowerCase(Locale.ROOT) : "";
            if (!isService(text)) {
                error(
                        i,
                        "public: '" + text + "' is not a service",
                        "write tcp/443, udp/53, sctp/9000, tcp (every TCP port), icmp, icmp/8, icmpv6/128 or any");
                return null;
            }
            out.add(text);
        }
        return out;
    }

    static boolean isService(String s) {
        if (!s.matches("any|(tcp|udp|sctp|icmp|icmpv6)(/[0-9]{1,5})?")) return false;
        int slash = s.indexOf('/');
        if (slash < 0) return true;
        int n = Integer.parseInt(s.substring(slash + 1));
        return s.startsWith("icmp") ? n <= 255 : n >= 1 && n <= 65535;
    }

    private FlowPeer to(YMap m) {
        YNode n = m.get("to").orElse(null);
        if (n instanceof YScalar s
                && s.kind() == YScalar.Kind.STRING
                && !s.text().isBlank()) return FlowPeer.of(s.text().strip());
        if (n instanceof YMap hm && hm.entries().size() == 1 && hm.get("hosts").orElse(null) instanceof YScalar s) {
            return FlowPeer.hosts(s.text());
        }
        if (n instanceof YMap wm
                && wm.get("workloads").orElse(null) instanceof YScalar s
                && wm.entries().stream().allMatch(e -> InputKeys.WORKLOAD_PEER.contains(e.key()))) {
            YNode ns = wm.get("namespace").orElse(null);
            if (ns == null) return FlowPeer.workloads(s.text(), "");
            if (ns instanceof YScalar nss
                    && nss.kind() == YScalar.Kind.STRING
                    && !nss.text().isBlank()) {
                return FlowPeer.workloads(s.text(), nss.text().strip());
            }
        }
        error(
                n == null ? m : n,
                "public: 'to' must be a host name, a workload (namespace/name), {hosts: SELECTOR} or "
                        + "{workloads: SELECTOR, namespace: NAME}",
                "e.g. to: {hosts: role == \"ingress\"} or to: {workloads: app == \"web\", " + "namespace: shop}");
        return null;
    }

    private void error(YNode at, String message, String hint) {
        diags.add(Diagnostic.error(DiagnosticCode.P107_INVALID_VALUE, at.pos(), message)
                .withHint(hint));
    }
}
