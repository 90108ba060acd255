package dev.polcat.analyze;

import dev.polcat.calico.Kind;
import dev.polcat.calico.PolicyResource;
import dev.polcat.calico.selector.SelectorParseException;
import dev.polcat.catalog.Host;
import java.util.ArrayList;
import java.util.List;

/**
 * A host of the environment and the policies that select its host endpoint, in apply order. Only a
 * GlobalNetworkPolicy without a namespace or service-account selector can apply to a host endpoint.
 */
public record HostCoverage(Host host, List<String> policies) {
    public HostCoverage {
        policies = List.copyOf(policies);
    }

    public boolean isCovered() {
        return !policies.isEmpty();
    }

    public static List<HostCoverage> of(List<Host> hosts, List<PolicyAnalysis> ordered) {
        List<HostCoverage> out = new ArrayList<>();
        for (Host h : hosts) {
            List<String> selecting = new ArrayList<>();
            for (PolicyAnalysis pa : ordered) {
                if (pa.policy().policies().stream().anyMatch(p -> selects(p, h)))
                    selecting.add(pa.policy().policy().name());
            }
            out.add(new HostCoverage(h, selecting));
        }
        return out;
    }

    public static boolean selects(PolicyResource p, Host h) {
        if (p.kind() != Kind.GLOBAL_NETWORK_POLICY
                || !p.spec().namespaceSelector().isEmpty()
                || !p.spec().serviceAccountSelector().isEmpty()) {
            return false;
        }
        try {
            return p.spec().selector().selector().matches(h.labels());
        } catch (SelectorParseException e) {
            return false;
        }
    }
}
