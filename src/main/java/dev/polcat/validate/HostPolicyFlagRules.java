package dev.polcat.validate;

import dev.polcat.calico.PolicySpec;
import dev.polcat.calico.PolicyType;

/**
 * GlobalNetworkPolicy doNotTrack / preDNAT / applyOnForward (CEL on GlobalNetworkPolicySpec, formerly
 * validateGlobalNetworkPolicySpec): not both, preDNAT is ingress-only, and either needs applyOnForward.
 */
final class HostPolicyFlagRules {
    private HostPolicyFlagRules() {}

    static void check(PolicySpec s, Problems p) {
        if (s.doNotTrack() && s.preDNAT()) {
            p.add(
                    "spec.preDNAT",
                    "doNotTrack and preDNAT cannot both be true",
                    "write two policies: an untracked one and a pre-DNAT one");
        }
        if (s.preDNAT() && !s.egress().isEmpty()) {
            p.add(
                    "spec.egress",
                    "a preDNAT policy cannot have egress rules; preDNAT applies to ingress only",
                    "move the egress rules to a normal policy");
        }
        if (s.preDNAT()) {
            for (int i = 0; i < s.types().size(); i++) {
                if (s.types().get(i) == PolicyType.EGRESS) {
                    p.add(
                            "spec.types[" + i + "]",
                            "a preDNAT policy cannot have type Egress; use types: [Ingress]",
                            "");
                }
            }
        }
        if ((s.doNotTrack() || s.preDNAT()) && !s.applyOnForward()) {
            p.add(
                    "spec.applyOnForward",
                    "applyOnForward must be true when " + (s.doNotTrack() ? "doNotTrack" : "preDNAT") + " is true",
                    "set applyOnForward: true");
        }
    }
}
