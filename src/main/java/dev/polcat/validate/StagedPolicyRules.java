package dev.polcat.validate;

import dev.polcat.calico.CalicoYamlWriter;
import dev.polcat.calico.KubernetesNetworkPolicy;
import dev.polcat.calico.PolicyResource;
import dev.polcat.calico.StagedAction;
import dev.polcat.calico.StagedPolicy;
import java.util.Map;

/**
 * Staged policies (validator.go, validateStaged*Policy): a staged Delete only names the policy to delete,
 * so its spec must be empty (the Calico kinds may keep {@code tier}); any other action is validated as
 * the policy it stages. For a StagedKubernetesNetworkPolicy Calico converts the spec to a Calico policy and
 * validates that; polcat applies the Kubernetes API's rules, which reject everything that conversion would
 * (and name the Kubernetes field).
 */
final class StagedPolicyRules {
    private StagedPolicyRules() {}

    static void check(StagedPolicy staged, Problems p) {
        if (staged.stagedAction() == StagedAction.DELETE) {
            deleteHasNoSpec(staged, p);
        } else if (staged.enforced() instanceof PolicyResource policy) {
            PolicySpecRules.check(policy, p);
        } else if (staged.enforced() instanceof KubernetesNetworkPolicy k8s) {
            KubernetesPolicyRules.checkSpec(k8s.spec(), p);
        }
    }

    private static void deleteHasNoSpec(StagedPolicy staged, Problems p) {
        boolean kubernetes = staged.enforced() instanceof KubernetesNetworkPolicy;
        Map<String, Object> spec = CalicoYamlWriter.specTree(staged);
        for (String field : spec.keySet()) {
            if (field.equals("stagedAction") || !kubernetes && field.equals("tier")) continue;
            // The writer always shows podSelector; an empty one is the zero value Calico expects.
            if (kubernetes && field.equals("podSelector") && spec.get(field) instanceof Map<?, ?> m && m.isEmpty())
                continue;
            p.add(
                    "spec." + field,
                    field + " must not be set when stagedAction is Delete: a staged Delete only names the "
                            + "policy it removes" + (kubernetes ? "" : " (and may give its tier)"),
                    "remove " + field + ", or use stagedAction: Set to stage a changed policy");
            return;
        }
    }
}
