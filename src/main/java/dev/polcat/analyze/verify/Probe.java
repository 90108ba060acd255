package dev.polcat.analyze.verify;

import dev.polcat.analyze.flow.Flow;
import dev.polcat.net.IpNet;

/**
 * One systematic inbound flow: a service on a host from a source network, named {@code label} after
 * what declares it ({@code anywhere}, a parameter, {@code set NAME}).
 */
public record Probe(String host, String service, String label, String cidr) {
    Flow flow() {
        return FlowRequest.parse("ingress " + service + " from " + cidr + " to " + host);
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
