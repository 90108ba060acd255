package dev.polcat.analyze.flow;

/** Where in Felix's processing a trail step happened, in the order packets meet them. */
public enum Stage {
    /** How the flow was read: its host endpoint, addresses and IP version. */
    FLOW("flow"),
    /** Felix's failsafe ports, before any policy. */
    FAILSAFE("failsafe"),
    /** doNotTrack policies (raw table); their tiers end with Pass. */
    UNTRACKED("untracked"),
    /** preDNAT policies (mangle table, ingress only); their tiers end with Pass. */
    PRE_DNAT("preDNAT"),
    /** Normal policies (filter table) for traffic to or from the host. */
    NORMAL("normal"),
    /** applyOnForward policies for traffic forwarded through the host endpoint. */
    FORWARD("forward"),
    /** The host endpoint's profiles, then the final drop. */
    PROFILES("profiles");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    /** The name used in trails: {@code failsafe}, {@code untracked}, {@code preDNAT}, ... */
    public String label() {
        return label;
    }
}
