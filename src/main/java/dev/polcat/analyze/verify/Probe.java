package dev.polcat.analyze.verify;

import dev.polcat.analyze.flow.Endpoint;
import dev.polcat.analyze.flow.Flow;
import dev.polcat.catalog.FlowService;
import dev.polcat.net.IpNet;
import java.util.Optional;

/**
 * One systematic inbound flow: a service on a host from a source network (or another endpoint), named
 * {@code label} after what declares it ({@code anywhere}, a parameter, {@code set NAME}). The texts are
 * what reports show; {@code flow} is the same flow as a value, made once from the environment's typed
 * hosts, networks and rules (the matrix reads it more than once per probe).
 */
public record Probe(String host, String service, String label, String cidr, Flow flow) {

    public Probe(
            String host,
            String service,
            String label,
            String cidr,
            Endpoint target,
            FlowService flowService,
            Endpoint source) {
        this(host, service, label, cidr, Flow.ingress(source, target, flowService));
    }

    /** The source network, empty when the source is another host or workload. */
    public Optional<IpNet> network() {
        Endpoint source = flow.from();
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
