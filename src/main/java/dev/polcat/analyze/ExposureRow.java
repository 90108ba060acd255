package dev.polcat.analyze;

import dev.polcat.net.IpNet;

/**
 * A service reachable on a host (or workload) from a source, and what allows it (a rule, or failsafe).
 * {@code from} names the source: {@code anywhere}, the parameter or network set that declares {@code cidr},
 * or {@code host}/{@code workload} when the source is another endpoint of the environment ({@code cidr} then
 * holds its name). {@code policy} and {@code rule} ({@code spec.ingress[0]}) are the deciding rule, "" when
 * no policy rule decided (Felix's failsafe ports). {@code net} is the source network as a value, null when
 * the source is another endpoint.
 */
public record ExposureRow(
        String host,
        String service,
        String from,
        String cidr,
        String allowedBy,
        String policy,
        String rule,
        IpNet net) {
    /** {@code from} of a row whose source is another host or workload of the environment. */
    public static final String FROM_HOST = "host";

    public static final String FROM_WORKLOAD = "workload";

    public ExposureRow(String host, String service, String from, String cidr, String allowedBy, IpNet net) {
        this(host, service, from, cidr, allowedBy, "", "", net);
    }

    /** Whether the source is another host or workload of the environment rather than a network. */
    public boolean fromEndpoint() {
        return from.equals(FROM_HOST) || from.equals(FROM_WORKLOAD);
    }
}
