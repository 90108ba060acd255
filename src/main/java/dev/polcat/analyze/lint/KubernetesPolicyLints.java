package dev.polcat.analyze.lint;

import dev.polcat.analyze.Finding;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.KubernetesNetworkPolicy;
import dev.polcat.calico.KubernetesPolicyConversion;
import dev.polcat.calico.KubernetesRule;
import dev.polcat.calico.NetworkPolicy;
import dev.polcat.calico.PolicyResource;
import dev.polcat.catalog.Profile;
import java.util.ArrayList;
import java.util.List;

/**
 * The lints that hold for a Kubernetes NetworkPolicy, run on the Calico policy Calico enforces for it
 * ({@link KubernetesPolicyConversion}) and reported at the Kubernetes rule they come from. Only
 * {@code open-to-internet} runs: a pod opened to the internet must be caught whichever API opened it, while
 * the other lints speak of Calico fields a Kubernetes policy does not have.
 */
public final class KubernetesPolicyLints {
    private KubernetesPolicyLints() {}

    public static List<Finding> run(
            Profile env, KubernetesNetworkPolicy k8s, List<PolicyResource> policies, List<CalicoResource> resources) {
        NetworkPolicy calico = KubernetesPolicyConversion.toCalico(k8s);
        List<Integer> origin = origins(k8s.spec().ingress());
        List<Finding> out = new ArrayList<>();
        for (Finding f : new OpenToInternet().check(new LintContext(env, calico, policies, resources))) {
            String converted = f.rulePath();
            String prefix = "spec.ingress[";
            if (!converted.startsWith(prefix)) continue;
            int index = Integer.parseInt(converted.substring(prefix.length(), converted.indexOf(']')));
            String path = prefix + origin.get(index) + "]";
            out.add(new Finding(
                    f.id(), f.severity(), path + f.message().substring(converted.length()), path, f.hint()));
        }
        return out;
    }

    /** For each converted rule, the Kubernetes rule it comes from: Calico makes one rule per peer × port. */
    private static List<Integer> origins(List<KubernetesRule> rules) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            int n = Math.max(1, rules.get(i).peers().size())
                    * Math.max(1, rules.get(i).ports().size());
            for (int j = 0; j < n; j++) out.add(i);
        }
        return out;
    }
}
