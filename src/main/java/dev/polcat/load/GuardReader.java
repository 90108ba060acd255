package dev.polcat.load;

import dev.polcat.catalog.ExpectedFlow;
import dev.polcat.catalog.FlowPeer;
import dev.polcat.catalog.LockoutTargets;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
import dev.polcat.diag.SourcePos;
import dev.polcat.diag.Suggestions;
import dev.polcat.net.IpNet;
import dev.polcat.yaml.YEntry;
import dev.polcat.yaml.YList;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a profile's {@code guard:} section:
 *
 * <pre>
 * guard:
 *   management: [10.30.0.0/24]           # SSH from here must reach every host
 *   datastore: [10.30.1.11:2379, "[fd00::11]:2379"]   # every host must reach these
 *   bgp: [10.30.1.0/24]                  # TCP 179 both ways between every host and these
 *   workloads:                           # paths pods need, written as expect: entries (allow only)
 *     - allow: udp/53
 *       from: {workloads: all()}
 *       to: {workloads: k8s-app == "kube-dns", namespace: kube-system}
 *       reason: DNS
 * </pre>
 *
 * A {@code workloads} entry must be an {@code allow:} with a workload ({@code namespace/name} or
 * {@code {workloads: SELECTOR}}) at one end: host-to-host paths belong in the other lists or in {@code expect:}.
 */
final class GuardReader {
    private static final List<String> KEYS = InputKeys.GUARD;

    private final Diagnostics diags;

    GuardReader(Diagnostics diags) {
        this.diags = diags;
    }

    LockoutTargets read(YNode node, String file) {
        if (node == null) return LockoutTargets.NONE;
        if (!(node instanceof YMap m)) {
            error(node, "guard: expected a map with management, datastore, bgp and workloads lists", "");
            return LockoutTargets.NONE;
        }
        for (YEntry e : m.entries()) {
            if (!KEYS.contains(e.key())) {
                diags.add(Diagnostic.error(
                                DiagnosticCode.P104_UNKNOWN_KEY, e.keyPos(), "unknown key '" + e.key() + "' in guard")
                        .withHint(Suggestions.hint(e.key(), KEYS)));
            }
        }
        return new LockoutTargets(
                list(m, "management", false),
                list(m, "datastore", true),
                list(m, "bgp", false),
                paths(m.get("workloads").orElse(null), file));
    }

    private List<ExpectedFlow> paths(YNode node, String file) {
        List<ExpectedFlow> out = new ArrayList<>();
        for (ExpectedFlow f : new ExpectationReader(diags).read(node, file)) {
            if (!f.allow()) {
                error(
                        f.pos(),
                        "guard.workloads: a guarded path must be allowed: write allow: " + f.service(),
                        "flows that must be denied go under expect:");
            } else if (!isWorkload(f.from()) && !isWorkload(f.to())) {
                error(
                        f.pos(),
                        "guard.workloads: " + f.describe() + " has no workload at either end",
                        "name a pod (namespace/name) or {workloads: SELECTOR, namespace: NS}; paths between hosts and networks "
                                + "go under management, datastore, bgp or expect:");
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** A workload selector, or namespace/name (a slash that is not part of a network). */
    private static boolean isWorkload(FlowPeer p) {
        return p.isWorkloadSelector()
                || !p.isSelector()
                        && p.value().contains("/")
                        && IpNet.parse(p.value()).isEmpty();
    }

    private List<LockoutTargets.Target> list(YMap m, String key, boolean withPort) {
        List<LockoutTargets.Target> out = new ArrayList<>();
        YNode n = m.get(key).orElse(null);
        if (n == null) return out;
        if (!(n instanceof YList l)) {
            error(n, "guard." + key + ": expected a list", "");
            return out;
        }
        for (YNode item : l.items()) {
            String text = item instanceof YScalar s ? s.text() : "";
            Optional<LockoutTargets.Target> t = withPort ? endpoint(text, item) : network(text, item);
            if (t.isPresent()) {
                out.add(t.get());
            } else {
                error(
                        item,
                        "guard." + key + ": '" + text + "' is not "
                                + (withPort ? "ADDRESS:PORT" : "a network or address"),
                        withPort
                                ? "write 10.0.0.11:2379 or \"[fd00::11]:2379\""
                                : "write 10.0.0.0/24, fd00::/64 or an address");
            }
        }
        return out;
    }

    private static Optional<LockoutTargets.Target> network(String text, YNode at) {
        return IpNet.parse(text)
                .filter(n -> !n.hasHostBits())
                .map(n -> new LockoutTargets.Target(n.hasPrefix() ? n.canonical() : n.address(), n, 0, at.pos()));
    }

    private static Optional<LockoutTargets.Target> endpoint(String text, YNode at) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || !text.substring(colon + 1).matches("[1-9][0-9]{0,4}")) return Optional.empty();
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        int port = Integer.parseInt(text.substring(colon + 1));
        String h = host;
        return port > 65535
                ? Optional.empty()
                : IpNet.parse(host)
                        .filter(n -> !n.hasPrefix())
                        .map(n -> new LockoutTargets.Target(n.address(), n, port, at.pos()))
                        .or(() -> Optional.empty())
                        .filter(t -> !h.isEmpty());
    }

    private void error(YNode at, String message, String hint) {
        error(at.pos(), message, hint);
    }

    private void error(SourcePos at, String message, String hint) {
        diags.add(
                Diagnostic.error(DiagnosticCode.P107_INVALID_VALUE, at, message).withHint(hint));
    }
}
