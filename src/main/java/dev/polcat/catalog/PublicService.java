package dev.polcat.catalog;

import dev.polcat.diag.SourcePos;
import java.util.List;

/**
 * One entry of a profile's {@code public:} list: services ({@code tcp/443}, {@code udp/53}, {@code tcp}
 * for every TCP port, {@code icmp/8}, {@code icmp}, {@code icmpv6/128}, {@code any}) that are meant to
 * be reachable from the internet on the endpoints {@code to} names (a host name, {hosts: SELECTOR}, a
 * workload namespace/name, or {workloads: SELECTOR, namespace: NS}), and why. An exposure to the internet outside these entries is the {@code open-to-internet} finding.
 */
public record PublicService(List<String> services, FlowPeer to, String reason, SourcePos pos) {
    public PublicService {
        services = List.copyOf(services);
    }
}
