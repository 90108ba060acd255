package dev.polcat.analyze.flow;

import dev.polcat.calico.PolicyType;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of a host endpoint's normal chain: its profiles in order, then drop. Profile resources are not
 * read, so only {@code projectcalico-default-allow} (which allows everything) is understood; any other
 * profile is reported and treated as allowing nothing.
 */
final class ProfileStage {
    static final String DEFAULT_ALLOW = "projectcalico-default-allow";

    private final boolean assumeDefaultAllow;

    ProfileStage(boolean assumeDefaultAllow) {
        this.assumeDefaultAllow = assumeDefaultAllow;
    }

    StageResult run(HostInfo host, PolicyType direction, boolean policyApplied, Trail trail) {
        List<String> profiles = new ArrayList<>(host.profiles());
        if (assumeDefaultAllow && !profiles.contains(DEFAULT_ALLOW)) profiles.add(DEFAULT_ALLOW);
        for (String p : profiles) {
            if (p.equals(DEFAULT_ALLOW)) {
                trail.add(TrailStep.of(Stage.PROFILES, Outcome.ALLOWED, "allowed by profile " + DEFAULT_ALLOW));
                return StageResult.ALLOW;
            }
            trail.add(
                    TrailStep.of(
                            Stage.PROFILES,
                            Outcome.NOTE,
                            "profile " + p
                                    + " is not modelled (polcat does not read Profile resources); treated as allowing nothing"));
        }
        String policies = policyApplied ? "every tier passed" : "no policy applied";
        String dir = direction == PolicyType.INGRESS ? "ingress" : "egress";
        String profile = profiles.isEmpty() ? "no profile" : "no profile allowed it";
        trail.add(TrailStep.of(Stage.PROFILES, Outcome.DROPPED, policies + " (" + dir + "); " + profile + " → drop"));
        return StageResult.DENY;
    }
}
