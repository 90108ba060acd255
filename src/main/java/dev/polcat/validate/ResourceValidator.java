package dev.polcat.validate;

import dev.polcat.calico.BgpConfiguration;
import dev.polcat.calico.BgpPeer;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.FelixConfiguration;
import dev.polcat.calico.FieldError;
import dev.polcat.calico.GlobalNetworkSet;
import dev.polcat.calico.HostEndpoint;
import dev.polcat.calico.KubernetesNames;
import dev.polcat.calico.KubernetesNetworkPolicy;
import dev.polcat.calico.NetworkSet;
import dev.polcat.calico.PolicyResource;
import dev.polcat.calico.StagedPolicy;
import dev.polcat.calico.Tier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates a resource as Calico would: the union of libcalico-go's Go validator (what calicoctl, the
 * API server and Felix run) and the CRD schema and CEL rules (what kube-apiserver runs). Shape problems
 * (unknown fields, wrong YAML types, unparseable ports, the action/types/defaultAction enums, a missing
 * name or action) are CalicoReader's; this class checks everything the typed model can express. Stateless, thread-safe; errors come in a fixed order:
 * metadata, then spec in field order.
 */
public final class ResourceValidator {

    public List<FieldError> validate(CalicoResource r) {
        Problems p = new Problems();
        NameRules.check(r, p);
        if (!r.metadata().namespace().isEmpty()) {
            KubernetesNames.namespaceProblem(r.metadata().namespace())
                    .ifPresent(problem -> p.add(
                            "metadata.namespace",
                            problem,
                            namespaceHint(r.metadata().namespace())));
        }
        MetadataRules.labels(r.metadata().labels(), "metadata.labels", p);
        MetadataRules.annotations(r.metadata().annotations(), "metadata.annotations", p);
        if (r instanceof PolicyResource policy) {
            PolicySpecRules.check(policy, p);
        } else if (r instanceof GlobalNetworkSet set) {
            NetworkSetRules.check(set.metadata(), set.nets(), p);
        } else if (r instanceof NetworkSet set) {
            NetworkSetRules.check(set.metadata(), set.nets(), p);
        } else if (r instanceof HostEndpoint hep) {
            HostEndpointRules.check(hep, p);
        } else if (r instanceof Tier tier) {
            TierRules.check(tier, p);
        } else if (r instanceof StagedPolicy staged) {
            StagedPolicyRules.check(staged, p);
        } else if (r instanceof KubernetesNetworkPolicy k8s) {
            KubernetesPolicyRules.check(k8s, p);
        } else if (r instanceof BgpPeer peer) {
            BgpPeerRules.check(peer.spec(), p);
        } else if (r instanceof BgpConfiguration bgp) {
            BgpConfigurationRules.check(bgp, p);
        } else if (r instanceof FelixConfiguration felix) {
            FelixConfigurationRules.check(felix, p);
        }
        return p.list();
    }

    private static String namespaceHint(String namespace) {
        String s = K8sNames.suggestName(namespace).replace('.', '-');
        return !s.isEmpty() && KubernetesNames.isDns1123Label(s)
                ? "did you mean '" + s + "'?"
                : "use the name of the namespace as kubectl get namespaces shows it";
    }

    /**
     * The reader's shape errors followed by this validator's errors, leaving out validator errors at a
     * path the reader already reported (a missing or invalid action, for instance, reaches the model as
     * "no action", and would otherwise be reported twice).
     */
    public static List<FieldError> combine(List<FieldError> shapeErrors, List<FieldError> validationErrors) {
        List<FieldError> out = new ArrayList<>(shapeErrors);
        Set<String> reported = new HashSet<>();
        for (FieldError e : shapeErrors) reported.add(e.path());
        for (FieldError e : validationErrors) {
            if (!reported.contains(e.path())) out.add(e);
        }
        return out;
    }
}
