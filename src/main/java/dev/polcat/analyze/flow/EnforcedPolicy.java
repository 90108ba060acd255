package dev.polcat.analyze.flow;

import dev.polcat.calico.PolicySpec;

/**
 * A policy as Felix enforces it, whatever resource it came from: {@code kind} is how trails name the
 * resource ({@code GlobalNetworkPolicy}, {@code NetworkPolicy}), {@code namespace} is "" for a global
 * policy, and {@code spec} is in Calico's terms (a Kubernetes NetworkPolicy is converted first);
 * {@code staged} when a staged policy put it there (only when every staged policy is enforced).
 */
record EnforcedPolicy(String kind, String name, String namespace, PolicySpec spec, boolean staged) {
    EnforcedPolicy(String kind, String name, String namespace, PolicySpec spec) {
        this(kind, name, namespace, spec, false);
    }

    boolean isGlobal() {
        return namespace.isEmpty();
    }

    /** {@code GlobalNetworkPolicy failsafe}, {@code NetworkPolicy shop/allow-web}. */
    String label() {
        return kind + " " + displayName();
    }

    /** The name trails use: {@code failsafe}, {@code shop/allow-web} for a namespaced policy, with " (staged)" when staged. */
    String displayName() {
        return (isGlobal() ? name : namespace + "/" + name) + (staged ? " (staged)" : "");
    }
}
