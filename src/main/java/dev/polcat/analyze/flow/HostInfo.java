package dev.polcat.analyze.flow;

import dev.polcat.calico.HostEndpoint;
import dev.polcat.catalog.Host;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A host as the simulator sees it: one host endpoint on its interface, with the host's labels and
 * addresses (taken as the endpoint's expectedIPs). A HostEndpoint resource whose {@code node} is the host
 * adds its profiles and named ports; without one the endpoint has no profile and no named port.
 */
final class HostInfo implements EndpointInfo {
    private final String name;
    private final String interfaceName;
    private final Map<String, String> labels;
    private final List<IpRange> v4 = new ArrayList<>();
    private final List<IpRange> v6 = new ArrayList<>();
    private final List<String> profiles;
    private final List<HostEndpoint.EndpointPort> namedPorts;
    private final String v4Text;
    private final String v6Text;
    private final String v4Peer;
    private final String v6Peer;

    HostInfo(Host host, HostEndpoint hep, List<String> warnings) {
        this.name = host.name();
        this.interfaceName = host.interfaceName() == null ? "" : host.interfaceName();
        this.labels = host.labels();
        for (Cidr ip : host.ips()) {
            IpNet net = ip.parsed().orElse(null);
            if (net == null || !net.isSingleAddress()) {
                warnings.add("host " + name + ": '" + ip + "' is not an IP address; ignored");
                continue;
            }
            (net.version() == 4 ? v4 : v6).add(IpRange.of(net));
        }
        this.profiles = hep == null ? List.of() : hep.profiles();
        this.namedPorts = hep == null ? List.of() : hep.ports();
        this.v4Text = EndpointInfo.joined(v4);
        this.v6Text = EndpointInfo.joined(v6);
        this.v4Peer = EndpointInfo.peerText(name, v4, 4);
        this.v6Peer = EndpointInfo.peerText(name, v6, 6);
    }

    @Override
    public String name() {
        return name;
    }

    String interfaceName() {
        return interfaceName;
    }

    boolean allInterfaces() {
        return interfaceName.equals("*");
    }

    @Override
    public Map<String, String> labels() {
        return labels;
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

    List<String> profiles() {
        return profiles;
    }

    @Override
    public boolean hasNamedPorts() {
        return !namedPorts.isEmpty();
    }

    /** Whether the endpoint declares a named port {@code portName} for this protocol and port number. */
    @Override
    public boolean hasNamedPort(String portName, int protocol, Integer port) {
        for (HostEndpoint.EndpointPort p : namedPorts) {
            if (p.name().equals(portName)
                    && p.protocol() != null
                    && p.protocol().ianaNumber().orElse(-1) == protocol
                    && (port == null || p.port() == port)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 10.30.1.21, 10.30.2.21}: the addresses of one IP version. */
    @Override
    public String addressText(int version) {
        return version == 4 ? v4Text : v6Text;
    }

    /** {@code prod-cp-1 (10.30.1.21)}, its addresses of one IP version. */
    @Override
    public String text(int version) {
        return version == 4 ? v4Peer : v6Peer;
    }

    @Override
    public String describe(int version) {
        String addresses = has(version) ? addressText(version) : "no IPv" + version + " address";
        return "host endpoint " + name + " (interface " + (interfaceName.isEmpty() ? "?" : interfaceName) + ", "
                + addresses + ")";
    }
}
