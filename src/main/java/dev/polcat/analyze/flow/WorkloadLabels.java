package dev.polcat.analyze.flow;

import dev.polcat.catalog.Namespace;
import dev.polcat.catalog.Workload;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The labels Calico gives a pod's workload endpoint (libcalico-go's pod conversion and its kns./ksa.
 * profiles), which policy and rule selectors match: the pod's own labels, {@code projectcalico.org/namespace},
 * {@code projectcalico.org/orchestrator: k8s} and {@code projectcalico.org/serviceaccount}, the namespace's
 * labels prefixed {@code pcns.} and the service account's prefixed {@code pcsa.}.
 */
public final class WorkloadLabels {
    static final String NAME_LABEL = "projectcalico.org/name";

    private WorkloadLabels() {}

    /** The endpoint's labels; {@code ns} may be null (a namespace the profile does not describe). */
    public static Map<String, String> of(Workload w, Namespace ns) {
        return of(w, namespace(w.namespace(), ns == null ? Map.of() : ns.labels()), account(w));
    }

    static Map<String, String> of(Workload w, Map<String, String> namespaceLabels, Map<String, String> accountLabels) {
        TreeMap<String, String> all = new TreeMap<>(w.labels());
        namespaceLabels.forEach((k, v) -> all.put("pcns." + k, v));
        accountLabels.forEach((k, v) -> all.put("pcsa." + k, v));
        all.put("projectcalico.org/namespace", w.namespace());
        all.put("projectcalico.org/orchestrator", "k8s");
        all.put("projectcalico.org/serviceaccount", w.serviceAccount());
        return Collections.unmodifiableMap(all);
    }

    /** A namespace's labels as a namespaceSelector sees them: its own, and its name under two keys. */
    public static Map<String, String> namespace(String namespace, Map<String, String> declared) {
        TreeMap<String, String> m = new TreeMap<>(declared);
        m.put("kubernetes.io/metadata.name", namespace);
        m.put(NAME_LABEL, namespace);
        return Collections.unmodifiableMap(m);
    }

    /** A service account's labels as a serviceAccountSelector sees them, with its name. */
    public static Map<String, String> account(Workload w) {
        TreeMap<String, String> sa = new TreeMap<>(w.serviceAccountLabels());
        sa.put(NAME_LABEL, w.serviceAccount());
        return Collections.unmodifiableMap(sa);
    }
}
