package dev.polcat.load;

import dev.polcat.catalog.ExpectedFlow;
import dev.polcat.catalog.FlowPeer;
import dev.polcat.catalog.FlowService;
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
import java.util.regex.Pattern;

/**
 * Reads expected flows ({@code expect:} in profiles, {@code examples:} in policy docs):
 *
 * <pre>
 * - allow: tcp/22                      # or deny; tcp/udp/sctp/PORT, icmp[/TYPE], icmpv6[/TYPE], any
 *   from: 10.30.0.0/24                 # a host name, an address, a network, or anywhere
 *   to: {hosts: role == "control-plane"}   # or every host a selector matches
 *   # or a workload shop/api-1, or {workloads: app == "api", namespace: shop} (namespace optional)
 *   via: router-1                      # optional: forwarded by this host
 *   reason: Operators SSH from the office.
 * </pre>
 */
final class ExpectationReader {
    static final Pattern SERVICE =
            Pattern.compile("(?i)(any|(tcp|udp|sctp)(/[0-9]{1,5})?|(icmp|icmpv6)(/[0-9]{1,3})?|[0-9]{1,3})");
    private static final List<String> KEYS = InputKeys.FLOW;

    private static final String PEERS = "a host name, a workload (namespace/name), an address, a network, anywhere, "
            + "{hosts: SELECTOR}, or {workloads: SELECTOR, namespace: NAME}";

    private final Diagnostics diags;

    ExpectationReader(Diagnostics diags) {
        this.diags = diags;
    }

    List<ExpectedFlow> read(YNode node, String origin) {
        List<ExpectedFlow> out = new ArrayList<>();
        if (node == null || node instanceof YScalar s && s.isNull()) return out;
        if (!(node instanceof YList l)) {
            error(node, "expected a list of flows (- allow: tcp/22, from: ..., to: ...)", "");
            return out;
        }
        for (YNode item : l.items()) {
            ExpectedFlow f = flow(item, origin);
            if (f != null) out.add(f);
        }
        return out;
    }

    private ExpectedFlow flow(YNode item, String origin) {
        if (!(item instanceof YMap m)) {
            error(item, "expected a flow: allow (or deny), from, to", "");
            return null;
        }
        for (YEntry e : m.entries()) {
            if (!KEYS.contains(e.key())) {
                diags.add(Diagnostic.error(
                                DiagnosticCode.P104_UNKNOWN_KEY, e.keyPos(), "unknown key '" + e.key() + "' in a flow")
                        .withHint(Suggestions.hint(e.key(), KEYS)));
            }
        }
        boolean allow = m.get("allow").isPresent();
        if (allow == m.get("deny").isPresent()) {
            error(m, "a flow needs exactly one of allow: or deny: (with the service, e.g. tcp/22)", "");
            return null;
        }
        YNode svc = m.get(allow ? "allow" : "deny").orElseThrow();
        String service = svc instanceof YScalar s ? s.text().strip() : "";
        FlowService parsed = SERVICE.matcher(service).matches() && portInRange(service) ? read(service) : null;
        if (parsed == null) {
            error(
                    svc,
                    "'" + service + "' is not a service",
                    "write tcp/22, udp/53, sctp/9000, icmp, icmp/8, icmpv6/135, any, or a protocol number");
            return null;
        }
        FlowPeer from = peer(m, "from", true);
        FlowPeer to = peer(m, "to", true);
        FlowPeer via = peer(m, "via", false);
        if (from == null || to == null || m.get("via").isPresent() && via == null) return null;
        String reason = m.get("reason")
                .filter(n -> n instanceof YScalar)
                .map(n -> ((YScalar) n).text())
                .orElse("");
        return new ExpectedFlow(
                allow, service.toLowerCase(java.util.Locale.ROOT), parsed, from, to, via, reason, item.pos(), origin);
    }

    private static FlowService read(String service) {
        try {
            return FlowService.parse(service);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean portInRange(String service) {
        int slash = service.indexOf('/');
        if (slash < 0)
            return !service.matches("[0-9]+") || Integer.parseInt(service) >= 1 && Integer.parseInt(service) <= 255;
        int n = Integer.parseInt(service.substring(slash + 1));
        return service.toLowerCase(java.util.Locale.ROOT).startsWith("icmp") ? n <= 255 : n >= 1 && n <= 65535;
    }

    private FlowPeer peer(YMap m, String key, boolean required) {
        YNode n = m.get(key).orElse(null);
        if (n == null) {
            if (required) error(m, "a flow needs '" + key + "'", PEERS);
            return null;
        }
        if (n instanceof YScalar s
                && s.kind() == YScalar.Kind.STRING
                && !s.text().isBlank()) return FlowPeer.of(s.text().strip());
        if (n instanceof YMap hm && hm.entries().size() == 1 && hm.get("hosts").orElse(null) instanceof YScalar s) {
            return FlowPeer.hosts(s.text());
        }
        if (n instanceof YMap wm && wm.get("workloads").orElse(null) instanceof YScalar s) {
            return workloads(wm, s, key);
        }
        error(n, "'" + key + "' must be " + PEERS, "");
        return null;
    }

    /** {@code {workloads: app == "api", namespace: shop}}: the namespace is optional (any namespace). */
    private FlowPeer workloads(YMap m, YScalar selector, String key) {
        for (var e : m.entries()) {
            if (!InputKeys.WORKLOAD_PEER.contains(e.key())) {
                diags.add(Diagnostic.error(
                                DiagnosticCode.P104_UNKNOWN_KEY,
                                e.keyPos(),
                                "unknown key '" + e.key() + "' in '" + key + "'")
                        .withHint(Suggestions.hint(e.key(), InputKeys.WORKLOAD_PEER)));
                return null;
            }
        }
        YNode ns = m.get("namespace").orElse(null);
        if (ns != null && !(ns instanceof YScalar s && s.kind() == YScalar.Kind.STRING)) {
            error(ns, key + ".namespace: expected a namespace name", "");
            return null;
        }
        return FlowPeer.workloads(selector.text(), ns == null ? "" : ((YScalar) ns).text());
    }

    private void error(YNode at, String message, String hint) {
        diags.add(Diagnostic.error(DiagnosticCode.P107_INVALID_VALUE, at.pos(), message)
                .withHint(hint));
    }
}
