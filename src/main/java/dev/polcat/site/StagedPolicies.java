package dev.polcat.site;

import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.CalicoYamlWriter;
import dev.polcat.calico.PolicyResource;
import dev.polcat.catalog.Profile;
import dev.polcat.publish.Artifact;
import dev.polcat.validate.ValidatedPolicy;
import dev.polcat.yaml.YamlEmitter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code download/ENV/staged/ENV-NAME.staged.yaml}: each policy as its Staged* equivalent (same spec,
 * {@code stagedAction: Set}), for the first step of a rollout. Staged policies are evaluated but never
 * enforced, so what they would allow and deny can be watched before the real ones are applied. Templates
 * that render no policy (only network sets) have none.
 */
final class StagedPolicies {
    private StagedPolicies() {}

    static String fileName(String env, String policy) {
        return env + "-" + policy + ".staged.yaml";
    }

    static String path(String env, String policy) {
        return YamlBundle.folder(env) + "staged/" + fileName(env, policy);
    }

    static Optional<Artifact> artifact(FileHeader header, Profile env, ValidatedPolicy v) {
        if (v.policies().isEmpty()) return Optional.empty();
        StringBuilder b = new StringBuilder(header.lines(env));
        b.append("# Policy:      ")
                .append(v.policy().name())
                .append(" (")
                .append(v.policy().templateFile())
                .append("), staged: evaluated, never enforced\n");
        b.append("# Apply with:  calicoctl apply -f ")
                .append(fileName(env.name(), v.policy().name()))
                .append('\n');
        for (CalicoResource r : v.resources()) {
            if (r instanceof PolicyResource p) b.append("---\n").append(YamlEmitter.emit(staged(p)));
        }
        return Optional.of(Artifact.text(path(env.name(), v.policy().name()), b.toString()));
    }

    /** The policy's canonical tree with kind Staged* and {@code stagedAction: Set} first in its spec. */
    private static Map<String, Object> staged(PolicyResource p) {
        Map<String, Object> tree = CalicoYamlWriter.tree(p);
        Map<String, Object> out = new LinkedHashMap<>();
        tree.forEach((k, v) -> {
            if (k.equals("kind")) {
                out.put(k, "Staged" + v);
            } else if (k.equals("spec")) {
                Map<String, Object> spec = new LinkedHashMap<>();
                spec.put("stagedAction", "Set");
                @SuppressWarnings("unchecked")
                Map<String, Object> orig = (Map<String, Object>) v;
                spec.putAll(orig);
                out.put(k, spec);
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    static List<String> kinds() {
        return List.of("StagedGlobalNetworkPolicy", "StagedNetworkPolicy");
    }
}
