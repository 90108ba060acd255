package dev.polcat.analyze.verify;

import dev.polcat.analyze.flow.Endpoint;
import dev.polcat.analyze.flow.Flow;
import dev.polcat.catalog.FlowService;
import dev.polcat.net.IpNet;
import java.util.Optional;

/**
 * One systematic inbound flow: a service on a host from a source network (or another endpoint), named
 * {@code label} after what declares it ({@code anywhere}, a parameter, {@code set NAME}). The texts are
 * what reports show; {@code target}, {@code source} and {@code flowService} are the same ends and service
 * as values, made once from the environment's typed hosts, networks and rules.
 */
public record Probe(
        String host,
        String service,
        String label,
        String cidr,
        Endpoint target,
        FlowService flowService,
        Endpoint source) {

    /** The flow it probes. */
    Flow flow() {
        return Flow.ingress(source, target, flowService);
    }

    /** The source network, empty when the source is another host or workload. */
    public Optional<IpNet> network() {
        return source instanceof Endpoint.Cidr c
                ? Optional.of(c.network())
                : source instanceof Endpoint.Ip ip ? Optional.of(ip.address()) : Optional.empty();
    }

    /** From anywhere: the whole IPv4 or IPv6 internet. */
    public boolean isFromInternet() {
        return label.equals("anywhere") || network().map(IpNet::isCatchAll).orElse(false);
    }

    public String describe() {
        return service + " to " + host + " from " + label + " (" + cidr + ")";
    }
}
