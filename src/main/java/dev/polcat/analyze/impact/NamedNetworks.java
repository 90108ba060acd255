package dev.polcat.analyze.impact;

import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.EntityRule;
import dev.polcat.calico.GlobalNetworkSet;
import dev.polcat.calico.NetworkSet;
import dev.polcat.calico.PolicyResource;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Rule;
import dev.polcat.net.Cidr;
import java.util.ArrayList;
import java.util.List;

/** Every network an environment's Calico policies and network sets name: where a "somewhere" address must not be. */
final class NamedNetworks {
    private NamedNetworks() {}

    static List<Cidr> of(List<CalicoResource> resources) {
        List<Cidr> out = new ArrayList<>();
        for (CalicoResource r : resources) {
            if (r instanceof GlobalNetworkSet s) out.addAll(s.nets());
            if (r instanceof NetworkSet s) out.addAll(s.nets());
            if (r instanceof PolicyResource p) {
                for (PolicyType dir : PolicyType.values()) {
                    for (Rule rule : p.spec().rules(dir)) {
                        add(rule.source(), out);
                        add(rule.destination(), out);
                    }
                }
            }
        }
        return out;
    }

    private static void add(EntityRule e, List<Cidr> out) {
        if (e == null) return;
        out.addAll(e.nets());
        out.addAll(e.notNets());
    }
}
