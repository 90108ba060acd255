package dev.polcat.calico.cluster;

/**
 * One failsafe port: {@code protocol} ("" means TCP), {@code port} (0-65535; null when missing, an error), and {@code net}, a CIDR ("" for
 * any): the source for inbound entries, the destination for outbound ones.
 */
public record ProtoPort(String protocol, Integer port, String net) {
    public ProtoPort {
        protocol = protocol == null ? "" : protocol;
        net = net == null ? "" : net;
    }
}
