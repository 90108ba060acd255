package dev.polcat.site;

import dev.polcat.catalog.Profile;
import dev.polcat.publish.Artifact;
import dev.polcat.validate.ValidatedPolicy;
import java.util.List;

/**
 * {@code download/ENV/kustomization.yaml}: the environment's folder as a kustomization, so that {@code
 * kubectl apply -k}, Argo CD and Flux can point at it. It lists the per-policy files in apply order and
 * asks kustomize to keep that order ({@code sortOptions: fifo}; its legacy default sorts by kind). The
 * bundle file, the staged variants and the FelixConfiguration patch are left out: the bundle repeats the
 * per-policy files, and the other two are rollout steps, not steady state.
 */
final class Kustomization {
    static final String FILE = "kustomization.yaml";

    private Kustomization() {}

    static String path(String env) {
        return YamlBundle.folder(env) + FILE;
    }

    static Artifact artifact(FileHeader header, Profile env, List<ValidatedPolicy> ordered) {
        StringBuilder b = new StringBuilder(header.lines(env));
        b.append("# Policy:      every enabled policy, in apply order\n");
        b.append("# Apply with:  kubectl apply -k ").append(env.name()).append("/   (the folder holding this file)\n");
        b.append("apiVersion: kustomize.config.k8s.io/v1beta1\n");
        b.append("kind: Kustomization\n");
        b.append("sortOptions:\n  order: fifo\n");
        b.append(ordered.isEmpty() ? "resources: []\n" : "resources:\n");
        for (ValidatedPolicy v : ordered) {
            b.append("  - ")
                    .append(YamlBundle.policyFileName(env.name(), v.policy().name()))
                    .append('\n');
        }
        return Artifact.text(path(env.name()), b.toString());
    }
}
