package dev.polcat.analyze.flow;

import java.util.List;
import java.util.Map;

/** What rules and trails need of an endpoint, host or workload: its name, labels, addresses and named ports. */
sealed interface EndpointInfo permits HostInfo, WorkloadInfo {
    /** {@code prod-cp-1} for a host, {@code shop/api-1} for a workload. */
    String name();

    /** The labels policy selectors see on the endpoint. */
    Map<String, String> labels();

    List<IpRange> addresses(int version);

    List<IpRange> allAddresses();

    default boolean has(int version) {
        return !addresses(version).isEmpty();
    }

    /** Whether the endpoint declares a named port {@code portName} for this protocol and port number (null: any). */
    boolean hasNamedPort(String portName, int protocol, Integer port);

    /** Whether the endpoint declares any named port. */
    boolean hasNamedPorts();

    /** {@code 10.30.1.21, 10.30.2.21}: the addresses of one IP version. */
    String addressText(int version);

    /** {@code prod-cp-1 (10.30.1.21)}: the endpoint and its addresses of one IP version. */
    String text(int version);

    /** {@code host endpoint prod-cp-1 (interface bond0, 10.30.1.21)}: how the first trail line names it. */
    String describe(int version);

    static String joined(List<IpRange> a) {
        return String.join(", ", a.stream().map(IpRange::text).toList());
    }

    static String peerText(String name, List<IpRange> addresses, int version) {
        if (addresses.isEmpty()) return name + " (no IPv" + version + " address)";
        return name + " (" + joined(addresses) + ")";
    }
}
