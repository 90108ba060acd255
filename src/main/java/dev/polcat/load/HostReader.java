package dev.polcat.load;

import dev.polcat.calico.KubernetesNames;
import dev.polcat.catalog.Host;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
import dev.polcat.diag.Suggestions;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import dev.polcat.yaml.YEntry;
import dev.polcat.yaml.YList;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/** Reads a profile's {@code hosts}: name, interface (default {@code *}), IPs and endpoint labels. */
final class HostReader {
    private static final List<String> KEYS = InputKeys.HOST;
    private static final String NAME = InputNames.HOST;
    private static final String INTERFACE = InputNames.INTERFACE;

    private final Diagnostics diags;

    HostReader(Diagnostics diags) {
        this.diags = diags;
    }

    List<Host> read(YNode node) {
        List<Host> out = new ArrayList<>();
        if (node == null || node instanceof YScalar s && s.isNull()) return out;
        if (!(node instanceof YList l)) {
            error(node, "hosts: expected a list of hosts", "");
            return out;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < l.items().size(); i++) {
            Host h = host(l.items().get(i), "hosts[" + i + "]");
            if (h == null) continue;
            if (!names.add(h.name())) {
                error(l.items().get(i), "hosts[" + i + "]: duplicate host name '" + h.name() + "'", "");
                continue;
            }
            out.add(h);
        }
        return out;
    }

    private Host host(YNode node, String path) {
        if (!(node instanceof YMap m)) {
            error(node, path + ": expected a map with name, interface, ips and labels", "");
            return null;
        }
        for (YEntry e : m.entries()) {
            if (!KEYS.contains(e.key())) {
                diags.add(Diagnostic.error(
                                DiagnosticCode.P104_UNKNOWN_KEY, e.keyPos(), path + ": unknown key '" + e.key() + "'")
                        .withHint(Suggestions.hint(e.key(), KEYS)));
            }
        }
        String name = string(m, "name", path);
        if (name == null) return null;
        if (!name.matches(NAME)) {
            error(
                    m.get("name").orElseThrow(),
                    path + ".name: '" + name + "' is not a valid host name",
                    "use lowercase letters, digits, '-' and '.'");
            return null;
        }
        String iface = m.get("interface").isPresent() ? string(m, "interface", path) : "*";
        if (iface == null || !iface.matches(INTERFACE)) {
            error(
                    m.get("interface").orElse(m),
                    path + ".interface: expected '*' or an interface name of at most 15 characters",
                    "");
            return null;
        }
        List<Cidr> ips = new ArrayList<>();
        YNode ipsNode = m.get("ips").orElse(null);
        if (ipsNode instanceof YList il) {
            for (YNode ipNode : il.items()) {
                var ip = ipNode instanceof YScalar s && s.kind() == YScalar.Kind.STRING
                        ? IpNet.parse(s.text())
                        : java.util.Optional.<IpNet>empty();
                if (ip.isEmpty() || ip.get().hasPrefix()) {
                    error(
                            ipNode,
                            path + ".ips: '" + text(ipNode) + "' is not an IP address",
                            "write an address such as 10.0.1.10 or fd00::10");
                    return null;
                }
                ips.add(new Cidr(ip.get().address(), ip));
            }
        } else if (ipsNode != null) {
            error(ipsNode, path + ".ips: expected a list of IP addresses", "");
            return null;
        }
        TreeMap<String, String> labels = new TreeMap<>();
        YNode ln = m.get("labels").orElse(null);
        if (ln instanceof YMap lm) {
            for (YEntry e : lm.entries()) {
                if (!(e.value() instanceof YScalar s && s.kind() == YScalar.Kind.STRING)) {
                    error(
                            e.value(),
                            path + ".labels." + e.key() + ": label values must be strings",
                            "quote it: \"" + text(e.value()) + "\"");
                    continue;
                }
                var keyProblem = KubernetesNames.labelKeyProblem(e.key());
                var valueProblem = KubernetesNames.labelValueProblem(e.key(), s.text());
                keyProblem.ifPresent(why -> diags.add(
                        Diagnostic.error(DiagnosticCode.P107_INVALID_VALUE, e.keyPos(), path + ".labels: " + why)
                                .withHint("e.g. role: web or app.example.com/tier: db")));
                valueProblem.ifPresent(why -> error(e.value(), path + ".labels: " + why, "e.g. role: web"));
                if (keyProblem.isEmpty() && valueProblem.isEmpty()) labels.put(e.key(), s.text());
            }
        } else if (ln != null) {
            error(ln, path + ".labels: expected a map of label to value", "");
        }
        return new Host(name, iface, ips, labels, m.pos());
    }

    private String string(YMap m, String key, String path) {
        YNode n = m.get(key).orElse(null);
        if (n instanceof YScalar s && s.kind() == YScalar.Kind.STRING) return s.text();
        error(
                n == null ? m : n,
                path + "." + key + ": expected text" + (n instanceof YScalar sc ? ", got '" + sc.text() + "'" : ""),
                n instanceof YScalar sc ? "quote it: \"" + sc.text() + "\"" : "");
        return null;
    }

    private static String text(YNode n) {
        return n instanceof YScalar s ? s.text() : n.describe();
    }

    private void error(YNode at, String message, String hint) {
        diags.add(Diagnostic.error(DiagnosticCode.P107_INVALID_VALUE, at.pos(), message)
                .withHint(hint));
    }
}
