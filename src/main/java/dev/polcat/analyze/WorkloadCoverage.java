package dev.polcat.analyze;

import dev.polcat.analyze.flow.WorkloadLabels;
import dev.polcat.calico.PolicyResource;
import dev.polcat.calico.selector.ParsedSelector;
import dev.polcat.calico.selector.SelectorParseException;
import dev.polcat.catalog.Namespace;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.Workload;
import java.util.Map;

/**
 * Whether a policy applies to a pod of the environment, as the flow simulator decides it: a namespaced
 * policy only in its namespace, its namespaceSelector and serviceAccountSelector (when set) matching the
 * pod's namespace and service account, its selector matching the labels Calico gives the pod; doNotTrack
 * and preDNAT policies are host-endpoint-only.
 */
public final class WorkloadCoverage {
    private WorkloadCoverage() {}

    public static boolean selects(PolicyResource p, Workload w, Profile env) {
        var spec = p.spec();
        if (spec.doNotTrack() || spec.preDNAT()) return false;
        String ns = p.metadata().namespace() == null ? "" : p.metadata().namespace();
        if (!ns.isEmpty() && !ns.equals(w.namespace())) return false;
        Namespace declared = env.namespace(w.namespace()).orElse(null);
        Map<String, String> nsLabels =
                WorkloadLabels.namespace(w.namespace(), declared == null ? Map.of() : declared.labels());
        return matches(spec.namespaceSelector(), nsLabels)
                && matches(spec.serviceAccountSelector(), WorkloadLabels.account(w))
                && matches(spec.selector(), WorkloadLabels.of(w, declared));
    }

    /** An empty selector is unset (matches); one that does not parse matches nothing, as Felix drops the policy. */
    private static boolean matches(ParsedSelector selector, Map<String, String> labels) {
        if (selector.isEmpty()) return true;
        try {
            return selector.selector().matches(labels);
        } catch (SelectorParseException e) {
            return false;
        }
    }
}
