package dev.polcat.analyze.verify;

import dev.polcat.analyze.flow.Endpoint;
import dev.polcat.analyze.flow.Flow;
import dev.polcat.analyze.flow.FlowService;
import dev.polcat.net.IpNet;

/**
 * One systematic inbound flow: a service on a host from a source network, named {@code label} after
 * what declares it ({@code anywhere}, a parameter, {@code set NAME}).
 */
public record Probe(String host, String service, String label, String cidr) {
    /** The flow it probes; its ends and service are the environment's own names, networks and ports. */
    Flow flow() {
        return Flow.ingress(Endpoint.parse(cidr), Endpoint.parse(host), FlowService.parse(service));
    }

    /** From anywhere: the whole IPv4 or IPv6 internet. */
    public boolean isFromInternet() {
        return label.equals("anywhere")
                || IpNet.parse(cidr).map(IpNet::isCatchAll).orElse(false);
    }

    public String describe() {
        return service + " to " + host + " from " + label + " (" + cidr + ")";
    }
}
