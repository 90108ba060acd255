package dev.polcat.analyze;

import dev.polcat.analyze.flow.WorkloadLabels;
import dev.polcat.catalog.FlowPeer;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.PublicService;
import dev.polcat.catalog.Workload;
import java.util.Locale;

/**
 * Whether a profile's {@code public:} list declares one service ({@code tcp/9091}, {@code icmp/8}) on one
 * endpoint: a host (by name or {@code {hosts: SELECTOR}}) or a workload (by {@code namespace/name} or
 * {@code {workloads: SELECTOR, namespace: NS}}, the selector seeing the labels Calico gives the pod).
 */
public final class PublicDeclarations {
    private PublicDeclarations() {}

    /** {@code endpoint}: a host's name or a workload's {@code namespace/name}. */
    public static boolean declares(Profile env, String endpoint, String service) {
        return env.publicServices().stream().anyMatch(p -> names(p, env, endpoint) && covers(p, service));
    }

    /** Whether the entry's {@code to} names this endpoint (a host's name or a workload's namespace/name). */
    public static boolean names(PublicService p, Profile env, String endpoint) {
        Host host = env.host(endpoint).orElse(null);
        if (host != null) return names(p.to(), host);
        Workload w = env.workload(endpoint).orElse(null);
        return w != null && names(p.to(), w, env);
    }

    static boolean names(FlowPeer to, Host h) {
        if (to.isWorkloadSelector()) return false;
        return to.isSelector() ? to.selects(h.labels()) : to.value().equals(h.name());
    }

    static boolean names(FlowPeer to, Workload w, Profile env) {
        if (to.isSelector()) return false;
        if (!to.isWorkloadSelector()) return to.value().equals(w.ref());
        if (!to.namespace().isEmpty() && !to.namespace().equals(w.namespace())) return false;
        return to.selects(WorkloadLabels.of(w, env.namespace(w.namespace()).orElse(null)));
    }

    /** {@code any} covers all; {@code tcp} every TCP port; {@code tcp/9091} itself; {@code icmp} every type. */
    static boolean covers(PublicService p, String service) {
        String s = service.toLowerCase(Locale.ROOT);
        int slash = s.indexOf('/');
        String proto = slash < 0 ? s : s.substring(0, slash);
        return p.services().contains("any")
                || p.services().contains(s)
                || slash >= 0 && p.services().contains(proto);
    }
}
