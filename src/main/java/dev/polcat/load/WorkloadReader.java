package dev.polcat.load;

import dev.polcat.catalog.Host;
import dev.polcat.catalog.Namespace;
import dev.polcat.catalog.Workload;
import dev.polcat.diag.Diagnostics;
import dev.polcat.diag.Suggestions;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import dev.polcat.yaml.YList;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a profile's {@code workloads}:
 *
 * <pre>
 * - name: api-1                      # a pod name (DNS subdomain)
 *   namespace: shop                  # one of the profile's namespaces
 *   labels: {app: api}
 *   serviceAccount: {name: api, labels: {tier: backend}}   # or just: api; default: default
 *   ips: [10.40.1.10]
 *   node: prod-worker-1              # optional: one of the profile's hosts
 *   ports: [{name: http, port: 8080}]   # named container ports; protocol TCP unless given
 * </pre>
 */
final class WorkloadReader {
    private static final List<String> KEYS = InputKeys.WORKLOAD;
    private static final List<String> ACCOUNT_KEYS = InputKeys.SERVICE_ACCOUNT;
    private static final List<String> PORT_KEYS = InputKeys.WORKLOAD_PORT;
    private static final List<String> PROTOCOLS = List.of("TCP", "UDP", "SCTP");
    private static final String PORT_NAME = InputNames.PORT_NAME;

    private final Diagnostics diags;
    private final ProfileFields fields;
    private final LabelReader labels;

    WorkloadReader(Diagnostics diags) {
        this.diags = diags;
        this.fields = new ProfileFields(diags);
        this.labels = new LabelReader(diags);
    }

    List<Workload> read(YNode node, List<Namespace> namespaces, List<Host> hosts) {
        List<Workload> out = new ArrayList<>();
        if (node == null || node instanceof YScalar s && s.isNull()) return out;
        if (!(node instanceof YList l)) {
            fields.error(node, "workloads: expected a list of workloads (- name: api-1, namespace: shop, ...)", "");
            return out;
        }
        List<String> nsNames = namespaces.stream().map(Namespace::name).toList();
        List<String> hostNames = hosts.stream().map(Host::name).toList();
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < l.items().size(); i++) {
            String path = "workloads[" + i + "]";
            Workload w = workload(l.items().get(i), path, nsNames, hostNames);
            if (w == null) continue;
            if (!refs.add(w.ref())) {
                fields.error(l.items().get(i), path + ": duplicate workload '" + w.ref() + "'", "");
                continue;
            }
            out.add(w);
        }
        return out;
    }

    private Workload workload(YNode item, String path, List<String> namespaces, List<String> hosts) {
        if (!(item instanceof YMap m)) {
            fields.error(
                    item,
                    path + ": expected a map with name, namespace, labels, serviceAccount, ips, node and ports",
                    "");
            return null;
        }
        fields.checkKeys(m, KEYS, path);
        String name = fields.name(m, path, ProfileFields.SUBDOMAIN, 253, "pod");
        String ns = fields.text(m, "namespace", path);
        if (name == null || ns == null) return null;
        if (!namespaces.contains(ns)) {
            fields.error(
                    m.get("namespace").orElseThrow(),
                    path + ".namespace: '" + ns + "' is not one of the profile's namespaces",
                    Suggestions.closest(ns, namespaces)
                            .map(s -> "did you mean '" + s + "'?")
                            .orElse("declare it under namespaces: (- name: " + ns + ")"));
            return null;
        }
        String node = "";
        if (m.get("node").isPresent()) {
            node = fields.text(m, "node", path);
            if (node == null) return null;
            if (!hosts.contains(node)) {
                fields.error(
                        m.get("node").orElseThrow(),
                        path + ".node: '" + node + "' is not one of the profile's hosts",
                        Suggestions.closest(node, hosts)
                                .map(s -> "did you mean '" + s + "'?")
                                .orElse("name a host listed under hosts:"));
                return null;
            }
        }
        List<Cidr> ips = ips(m.get("ips").orElse(null), path + ".ips");
        List<Workload.NamedPort> ports = ports(m.get("ports").orElse(null), path + ".ports");
        YNode account = m.get("serviceAccount").orElse(null);
        String accountName = "default";
        TreeMap<String, String> accountLabels = new TreeMap<>();
        if (account instanceof YMap am) {
            fields.checkKeys(am, ACCOUNT_KEYS, path + ".serviceAccount");
            accountName = fields.name(am, path + ".serviceAccount", ProfileFields.SUBDOMAIN, 253, "service account");
            accountLabels = labels.read(am.get("labels").orElse(null), path + ".serviceAccount.labels");
        } else if (account != null) {
            accountName = fields.text(m, "serviceAccount", path);
            if (accountName != null && !accountName.matches(ProfileFields.SUBDOMAIN)) {
                fields.error(
                        account,
                        path + ".serviceAccount: '" + accountName + "' is not a valid service account name",
                        "use lowercase letters, digits, '-' and '.'");
                accountName = null;
            }
        }
        if (ips == null || ports == null || accountName == null) return null;
        return new Workload(
                name,
                ns,
                labels.read(m.get("labels").orElse(null), path + ".labels"),
                accountName,
                accountLabels,
                ips,
                node,
                ports,
                m.pos());
    }

    private List<Cidr> ips(YNode node, String path) {
        List<Cidr> out = new ArrayList<>();
        if (node == null) return out;
        if (!(node instanceof YList l)) {
            fields.error(
                    node,
                    path + ": expected a list of IP addresses",
                    "write [10.40.1.10] or [10.40.1.10, fd00:40::10]");
            return null;
        }
        for (YNode ipNode : l.items()) {
            Optional<IpNet> ip = ipNode instanceof YScalar s && s.kind() == YScalar.Kind.STRING
                    ? IpNet.parse(s.text())
                    : Optional.empty();
            if (ip.isEmpty() || ip.get().hasPrefix()) {
                fields.error(
                        ipNode,
                        path + ": '" + (ipNode instanceof YScalar s ? s.text() : ipNode.describe())
                                + "' is not an IP address",
                        "write an address such as 10.40.1.10 or fd00:40::10");
                return null;
            }
            out.add(new Cidr(ip.get().address(), ip));
        }
        return out;
    }

    private List<Workload.NamedPort> ports(YNode node, String path) {
        List<Workload.NamedPort> out = new ArrayList<>();
        if (node == null) return out;
        if (!(node instanceof YList l)) {
            fields.error(node, path + ": expected a list of named ports (- name: http, port: 8080)", "");
            return null;
        }
        for (int i = 0; i < l.items().size(); i++) {
            String at = path + "[" + i + "]";
            if (!(l.items().get(i) instanceof YMap pm)) {
                fields.error(l.items().get(i), at + ": expected a map with name, protocol and port", "");
                return null;
            }
            fields.checkKeys(pm, PORT_KEYS, at);
            String name = fields.text(pm, "name", at);
            if (name == null) return null;
            if (!name.matches(PORT_NAME)) {
                fields.error(
                        pm.get("name").orElseThrow(),
                        at + ".name: '" + name + "' is not a valid port name",
                        "at most 15 lowercase letters, digits and '-', with a letter, no '--', not starting or ending with '-'");
                return null;
            }
            String protocol = pm.get("protocol").isPresent() ? fields.text(pm, "protocol", at) : "TCP";
            if (protocol == null || !PROTOCOLS.contains(protocol)) {
                fields.error(
                        pm.get("protocol").orElse(pm),
                        at + ".protocol: expected TCP, UDP or SCTP",
                        protocol == null ? "" : Suggestions.hint(protocol, PROTOCOLS));
                return null;
            }
            YNode port = pm.get("port").orElse(null);
            if (!(port instanceof YScalar ps)
                    || ps.kind() != YScalar.Kind.INT
                    || !ps.text().matches("[0-9]{1,5}")
                    || Integer.parseInt(ps.text()) < 1
                    || Integer.parseInt(ps.text()) > 65535) {
                fields.error(port == null ? pm : port, at + ".port: expected a port number 1-65535", "");
                return null;
            }
            out.add(new Workload.NamedPort(name, protocol, Integer.parseInt(ps.text())));
        }
        return out;
    }
}
