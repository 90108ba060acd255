package dev.polcat.analyze.verify;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.build.BuildResult;
import dev.polcat.calico.CalicoResource;
import dev.polcat.catalog.Profile;
import dev.polcat.validate.ValidatedPolicy;
import java.util.ArrayList;
import java.util.List;

/** Every exposure probe of each environment of a built catalog, with the environment's simulators. */
record EnvironmentProbes(Profile env, List<CalicoResource> resources, EnvironmentFlows flows, List<Probe> probes) {
    static List<EnvironmentProbes> of(BuildResult result) {
        List<EnvironmentProbes> out = new ArrayList<>();
        for (EnvironmentAnalysis e : result.analysis().environments()) {
            List<ValidatedPolicy> ordered =
                    e.policies().stream().map(PolicyAnalysis::policy).toList();
            List<CalicoResource> resources =
                    ordered.stream().flatMap(v -> v.resources().stream()).toList();
            EnvironmentFlows flows = new EnvironmentFlows(e.env(), ordered, d -> {});
            List<Probe> probes = new ArrayList<>(
                    FlowMatrix.probes(e.env(), resources, flows.simulator().failsafe()));
            probes.addAll(
                    FlowMatrix.peerProbes(e.env(), resources, flows.simulator().failsafe()));
            out.add(new EnvironmentProbes(e.env(), resources, flows, probes));
        }
        return out;
    }
}
