package dev.polcat.catalog;

import dev.polcat.diag.SourcePos;
import dev.polcat.net.IpNet;
import java.util.List;

/**
 * What a profile says must never be cut off (its {@code guard:} section), written independently of the
 * policy parameters so that a typo in one is caught by the other: management networks that reach every
 * host by SSH, datastore endpoints every host reaches, BGP peer networks, and the paths workloads (pods)
 * need ({@code workloads}: allowed flows with a workload at one end, such as DNS to kube-dns or the API
 * server on the control-plane hosts).
 */
public record LockoutTargets(
        List<Target> management, List<Target> datastore, List<Target> bgp, List<ExpectedFlow> workloads) {
    public static final LockoutTargets NONE = new LockoutTargets(List.of(), List.of(), List.of(), List.of());

    public LockoutTargets {
        management = List.copyOf(management);
        datastore = List.copyOf(datastore);
        bgp = List.copyOf(bgp);
        workloads = List.copyOf(workloads);
    }

    /** Host targets only. */
    public LockoutTargets(List<Target> management, List<Target> datastore, List<Target> bgp) {
        this(management, datastore, bgp, List.of());
    }

    /** A network or address, with a port for datastore endpoints (0 otherwise), and where it was written. */
    /** {@code net}: the address parsed when the profile was read. */
    public record Target(String address, IpNet net, int port, SourcePos pos) {}
}
