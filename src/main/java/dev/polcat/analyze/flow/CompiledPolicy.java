package dev.polcat.analyze.flow;

import dev.polcat.calico.PolicyType;
import dev.polcat.calico.selector.Selector;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** A GlobalNetworkPolicy that can apply to host endpoints, with its selector and rules pre-compiled. */
record CompiledPolicy(
        String name,
        String tier,
        BigDecimal order,
        Selector selector,
        boolean doNotTrack,
        boolean preDNAT,
        boolean applyOnForward,
        Set<PolicyType> types,
        List<RuleMatcher> ingress,
        List<RuleMatcher> egress) {

    List<RuleMatcher> rules(PolicyType direction) {
        return direction == PolicyType.INGRESS ? ingress : egress;
    }
}
