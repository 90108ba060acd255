package dev.polcat.calico;

import dev.polcat.calico.cluster.BgpPeerSpec;

/** A BGPPeer (projectcalico.org/v3, cluster-wide). */
public record BgpPeer(Metadata metadata, BgpPeerSpec spec) implements CalicoResource {
    @Override
    public Kind kind() {
        return Kind.BGP_PEER;
    }
}
