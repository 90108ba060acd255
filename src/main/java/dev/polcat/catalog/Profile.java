package dev.polcat.catalog;

import dev.polcat.diag.SourcePos;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An environment profile after {@code extends} is resolved. {@code chain} lists the profile files from
 * this one up to the root ancestor. Abstract profiles only hold shared values and build nothing.
 * {@code expectations} are the flows it must allow or deny; {@code failsafe} its Felix failsafe ports;
 * {@code guard} what must never be cut off; {@code publicServices} what is meant to be reachable from the
 * internet. {@code namespaces} and {@code workloads} are the pods the flow simulator knows, next to the hosts.
 */
public record Profile(
        String name,
        String title,
        String description,
        boolean isAbstract,
        List<String> chain,
        Map<String, ParamValue> values,
        Map<String, PolicySettings> policies,
        List<Host> hosts,
        List<Namespace> namespaces,
        List<Workload> workloads,
        List<ExpectedFlow> expectations,
        FailsafeSettings failsafe,
        LockoutTargets guard,
        SourcePos pos,
        List<PublicService> publicServices) {

    public Profile {
        chain = List.copyOf(chain);
        values = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(values));
        policies = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(policies));
        hosts = List.copyOf(hosts);
        namespaces = List.copyOf(namespaces);
        workloads = List.copyOf(workloads);
        expectations = List.copyOf(expectations);
        publicServices = List.copyOf(publicServices);
    }

    /** A profile without namespaces or workloads (host endpoints only) that declares nothing public. */
    public Profile(
            String name,
            String title,
            String description,
            boolean isAbstract,
            List<String> chain,
            Map<String, ParamValue> values,
            Map<String, PolicySettings> policies,
            List<Host> hosts,
            List<ExpectedFlow> expectations,
            FailsafeSettings failsafe,
            LockoutTargets guard,
            SourcePos pos) {
        this(
                name,
                title,
                description,
                isAbstract,
                chain,
                values,
                policies,
                hosts,
                List.of(),
                List.of(),
                expectations,
                failsafe,
                guard,
                pos,
                List.of());
    }

    public PolicySettings settings(String policy) {
        return policies.getOrDefault(policy, PolicySettings.DEFAULT);
    }

    public boolean isEnabled(String policy) {
        return settings(policy).enabled();
    }

    /** The value for a parameter of a policy: the policy's own override, then the environment's. */
    public Optional<ParamValue> value(String policy, String param) {
        ParamValue own = settings(policy).values().get(param);
        return Optional.ofNullable(own != null ? own : values.get(param));
    }

    /** A workload by {@code namespace/name}. */
    public Optional<Workload> workload(String ref) {
        return workloads.stream().filter(w -> w.ref().equals(ref)).findFirst();
    }

    public Optional<Namespace> namespace(String name) {
        return namespaces.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    public Optional<Host> host(String hostName) {
        return hosts.stream().filter(h -> h.name().equals(hostName)).findFirst();
    }
}
