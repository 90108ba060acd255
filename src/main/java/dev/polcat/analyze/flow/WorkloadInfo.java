package dev.polcat.analyze.flow;

import dev.polcat.catalog.Namespace;
import dev.polcat.catalog.Workload;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A workload (pod) as the simulator sees it: one workload endpoint with the labels Calico gives it
 * (libcalico-go's pod conversion and its kns./ksa. profiles): the pod's labels, plus
 * {@code projectcalico.org/namespace}, {@code projectcalico.org/orchestrator: k8s} and
 * {@code projectcalico.org/serviceaccount}, plus the namespace's labels prefixed {@code pcns.} and the
 * service account's labels prefixed {@code pcsa.} (each with {@code projectcalico.org/name}).
 * A {@code namespaceSelector} sees the namespace's labels, a {@code serviceAccountSelector} the service
 * account's, both with {@code projectcalico.org/name}; namespaces also carry Kubernetes'
 * {@code kubernetes.io/metadata.name}.
 */
final class WorkloadInfo implements EndpointInfo {
    static final String NAME_LABEL = WorkloadLabels.NAME_LABEL;

    private final Workload workload;
    private final String name;
    private final Map<String, String> labels;
    private final Map<String, String> namespaceLabels;
    private final Map<String, String> accountLabels;
    private final List<IpRange> v4 = new ArrayList<>();
    private final List<IpRange> v6 = new ArrayList<>();
    private final String v4Peer; // how flows name it as a peer, made once: the exposure report asks per flow
    private final String v6Peer;

    WorkloadInfo(Workload w, Namespace ns, List<String> warnings) {
        this.workload = w;
        this.name = w.ref();
        this.namespaceLabels = WorkloadLabels.namespace(w.namespace(), ns == null ? Map.of() : ns.labels());
        this.accountLabels = WorkloadLabels.account(w);
        this.labels = WorkloadLabels.of(w, namespaceLabels, accountLabels);
        for (Cidr ip : w.ips()) {
            IpNet net = ip.parsed().orElse(null);
            if (net == null || !net.isSingleAddress()) {
                warnings.add("workload " + name + ": '" + ip + "' is not an IP address; ignored");
                continue;
            }
            (net.version() == 4 ? v4 : v6).add(IpRange.of(net));
        }
        this.v4Peer = EndpointInfo.peerText(name, v4, 4);
        this.v6Peer = EndpointInfo.peerText(name, v6, 6);
    }

    /** A namespace's labels as selectors see them: its own, its name under projectcalico.org/name and kubernetes.io/metadata.name. */
    static Map<String, String> namespaceLabels(String namespace, Map<String, String> declared) {
        return WorkloadLabels.namespace(namespace, declared);
    }

    @Override
    public String name() {
        return name;
    }

    String namespace() {
        return workload.namespace();
    }

    /** The host the pod runs on, or "". */
    String node() {
        return workload.node();
    }

    @Override
    public Map<String, String> labels() {
        return labels;
    }

    Map<String, String> namespaceLabels() {
        return namespaceLabels;
    }

    Map<String, String> accountLabels() {
        return accountLabels;
    }

    String serviceAccount() {
        return workload.serviceAccount();
    }

    @Override
    public List<IpRange> addresses(int version) {
        return version == 4 ? v4 : v6;
    }

    @Override
    public List<IpRange> allAddresses() {
        List<IpRange> all = new ArrayList<>(v4);
        all.addAll(v6);
        return all;
    }

    @Override
    public boolean hasNamedPorts() {
        return !workload.ports().isEmpty();
    }

    @Override
    public boolean hasNamedPort(String portName, int protocol, Integer port) {
        for (Workload.NamedPort p : workload.ports()) {
            int number = switch (p.protocol()) {
                case "UDP" -> 17;
                case "SCTP" -> 132;
                default -> 6;
            };
            if (p.name().equals(portName) && number == protocol && (port == null || p.port() == port)) return true;
        }
        return false;
    }

    @Override
    public String addressText(int version) {
        return EndpointInfo.joined(addresses(version));
    }

    @Override
    public String text(int version) {
        return version == 4 ? v4Peer : v6Peer;
    }

    @Override
    public String describe(int version) {
        String addresses = has(version) ? addressText(version) : "no IPv" + version + " address";
        String node = workload.node().isEmpty() ? "" : ", on " + workload.node();
        return "workload endpoint " + name + " (" + addresses + node + ")";
    }
}
