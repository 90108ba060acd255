package dev.polcat.analyze.flow;

import dev.polcat.calico.PolicyType;

/**
 * The policy chains of a host endpoint, and which policies each holds (CALICO.md section 3): doNotTrack
 * policies go only to the untracked chains, preDNAT policies only to the preDNAT chain (ingress), all
 * others to the normal chains, and those with applyOnForward also to the forward chains. A policy is in a
 * chain of a direction only when its (defaulted) types include that direction.
 */
enum Chain {
    UNTRACKED_INGRESS(Stage.UNTRACKED, PolicyType.INGRESS),
    UNTRACKED_EGRESS(Stage.UNTRACKED, PolicyType.EGRESS),
    PRE_DNAT_INGRESS(Stage.PRE_DNAT, PolicyType.INGRESS),
    NORMAL_INGRESS(Stage.NORMAL, PolicyType.INGRESS),
    NORMAL_EGRESS(Stage.NORMAL, PolicyType.EGRESS),
    FORWARD_INGRESS(Stage.FORWARD, PolicyType.INGRESS),
    FORWARD_EGRESS(Stage.FORWARD, PolicyType.EGRESS);

    private final Stage stage;
    private final PolicyType direction;

    Chain(Stage stage, PolicyType direction) {
        this.stage = stage;
        this.direction = direction;
    }

    Stage stage() {
        return stage;
    }

    PolicyType direction() {
        return direction;
    }

    /** Untracked and preDNAT tiers all end with Pass, whatever the tier's defaultAction. */
    boolean tiersEndWithPass() {
        return stage == Stage.UNTRACKED || stage == Stage.PRE_DNAT;
    }

    boolean holds(CompiledPolicy p) {
        if (!p.types().contains(direction)) return false;
        return switch (stage) {
            case UNTRACKED -> p.doNotTrack();
            case PRE_DNAT -> p.preDNAT();
            case NORMAL -> !p.doNotTrack() && !p.preDNAT();
            case FORWARD -> !p.doNotTrack() && !p.preDNAT() && p.applyOnForward();
            default -> false;
        };
    }

    static Chain normal(PolicyType direction) {
        return direction == PolicyType.INGRESS ? NORMAL_INGRESS : NORMAL_EGRESS;
    }

    static Chain untracked(PolicyType direction) {
        return direction == PolicyType.INGRESS ? UNTRACKED_INGRESS : UNTRACKED_EGRESS;
    }
}
