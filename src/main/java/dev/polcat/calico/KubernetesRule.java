package dev.polcat.calico;

import java.util.List;

/**
 * An ingress rule ({@code from}, {@code ports}) or egress rule ({@code to}, {@code ports}). Empty peers mean
 * every source (or destination); empty ports mean every port. A rule allows traffic matching any peer and
 * any port.
 */
public record KubernetesRule(List<KubernetesPeer> peers, List<KubernetesPort> ports) {
    public KubernetesRule {
        peers = List.copyOf(peers);
        ports = List.copyOf(ports);
    }
}
