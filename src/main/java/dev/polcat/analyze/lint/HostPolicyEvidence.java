package dev.polcat.analyze.lint;

import dev.polcat.calico.Kind;
import dev.polcat.calico.PolicyResource;
import dev.polcat.calico.PolicySpec;
import dev.polcat.calico.Rule;

/**
 * Whether a policy is evidently about hosts rather than pods: it uses a host-only flag (preDNAT,
 * applyOnForward, doNotTrack, which only host endpoints honour), a rule opens a port that only hosts serve
 * (SSH, BGP, etcd, the API server, the kubelet), or the environment's profile declares hosts (the
 * catalog says it protects hosts).
 */
final class HostPolicyEvidence {
    private HostPolicyEvidence() {}

    static boolean isEvidentlyHostPolicy(LintContext ctx) {
        PolicySpec s = ctx.policy().spec();
        if (s.preDNAT() || s.applyOnForward() || s.doNotTrack()) return true;
        if (!ctx.env().hosts().isEmpty()) return true;
        return usesHostOnlyPort(ctx.policy());
    }

    private static boolean usesHostOnlyPort(PolicyResource p) {
        for (Rule r : p.spec().ingress()) {
            if (r.destination().ports().stream()
                    .anyMatch(port ->
                            SensitivePortOpen.SENSITIVE.keySet().stream().anyMatch(port::contains))) {
                return true;
            }
        }
        return false;
    }

    /** A policy that can only ever select pods: a NetworkPolicy, or a GlobalNetworkPolicy narrowed to namespaces or service accounts. */
    static boolean selectsPodsOnly(PolicyResource p) {
        return !p.kind().equals(Kind.GLOBAL_NETWORK_POLICY)
                || !p.spec().namespaceSelector().isEmpty()
                || !p.spec().serviceAccountSelector().isEmpty();
    }
}
