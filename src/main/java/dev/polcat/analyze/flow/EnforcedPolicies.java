package dev.polcat.analyze.flow;

import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.GlobalNetworkPolicy;
import dev.polcat.calico.NetworkPolicy;
import java.util.ArrayList;
import java.util.List;

/** The policies Felix enforces, from an environment's resources, in Calico's terms. */
final class EnforcedPolicies {
    private EnforcedPolicies() {}

    static List<EnforcedPolicy> of(List<CalicoResource> resources) {
        List<EnforcedPolicy> out = new ArrayList<>();
        for (CalicoResource r : resources) {
            if (r instanceof GlobalNetworkPolicy g) out.add(new EnforcedPolicy("GlobalNetworkPolicy", g.name(), "", g.spec()));
            if (r instanceof NetworkPolicy n) {
                out.add(new EnforcedPolicy("NetworkPolicy", n.name(), n.metadata().namespace(), n.spec()));
            }
        }
        return out;
    }
}
