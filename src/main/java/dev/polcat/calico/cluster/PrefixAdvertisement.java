package dev.polcat.calico.cluster;

import java.util.List;

/** Communities to attach to routes for one CIDR; each is a community name or a literal value. */
public record PrefixAdvertisement(String cidr, List<String> communities) {
    public PrefixAdvertisement {
        cidr = cidr == null ? "" : cidr;
        communities = List.copyOf(communities);
    }
}
