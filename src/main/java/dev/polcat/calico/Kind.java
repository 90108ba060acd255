package dev.polcat.calico;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds polcat reads, writes and validates: projectcalico.org/v3 resources, and the Kubernetes
 * NetworkPolicy (networking.k8s.io/v1), which Calico enforces too. A kind is identified by its apiVersion
 * and kind together: {@code NetworkPolicy} names two different kinds.
 */
public enum Kind {
    GLOBAL_NETWORK_POLICY("GlobalNetworkPolicy", false),
    NETWORK_POLICY("NetworkPolicy", true),
    STAGED_GLOBAL_NETWORK_POLICY("StagedGlobalNetworkPolicy", false),
    STAGED_NETWORK_POLICY("StagedNetworkPolicy", true),
    STAGED_KUBERNETES_NETWORK_POLICY("StagedKubernetesNetworkPolicy", true),
    KUBERNETES_NETWORK_POLICY(Kind.K8S_API_VERSION, "NetworkPolicy", true),
    GLOBAL_NETWORK_SET("GlobalNetworkSet", false),
    NETWORK_SET("NetworkSet", true),
    HOST_ENDPOINT("HostEndpoint", false),
    TIER("Tier", false),
    BGP_PEER("BGPPeer", false),
    BGP_CONFIGURATION("BGPConfiguration", false),
    FELIX_CONFIGURATION("FelixConfiguration", false);

    public static final String API_VERSION = "projectcalico.org/v3";
    public static final String K8S_API_VERSION = "networking.k8s.io/v1";

    private final String apiVersion;
    private final String yamlName;
    private final boolean namespaced;

    Kind(String yamlName, boolean namespaced) {
        this(API_VERSION, yamlName, namespaced);
    }

    Kind(String apiVersion, String yamlName, boolean namespaced) {
        this.apiVersion = apiVersion;
        this.yamlName = yamlName;
        this.namespaced = namespaced;
    }

    public String apiVersion() {
        return apiVersion;
    }

    public String yamlName() {
        return yamlName;
    }

    /**
     * The name a resource is stored and compared under: the kind, qualified by its API group when that is
     * not Calico's (kubectl's {@code networkpolicy.networking.k8s.io} style), so that a Kubernetes and a
     * Calico NetworkPolicy of the same name are two resources, as they are in a cluster.
     */
    public String keyName() {
        return apiVersion.equals(API_VERSION)
                ? yamlName
                : yamlName + "." + apiVersion.substring(0, apiVersion.indexOf('/'));
    }

    public boolean isNamespaced() {
        return namespaced;
    }

    /** GlobalNetworkPolicy and NetworkPolicy: Calico policies that are enforced and carry Calico rules. */
    public boolean isPolicy() {
        return this == GLOBAL_NETWORK_POLICY || this == NETWORK_POLICY;
    }

    /** Policies that are only previewed, never enforced. */
    public boolean isStaged() {
        return this == STAGED_GLOBAL_NETWORK_POLICY
                || this == STAGED_NETWORK_POLICY
                || this == STAGED_KUBERNETES_NETWORK_POLICY;
    }

    /** Every kind that describes traffic policy, enforced or staged, Calico or Kubernetes. */
    public boolean isAnyPolicy() {
        return isPolicy() || isStaged() || this == KUBERNETES_NETWORK_POLICY;
    }

    public static Optional<Kind> fromYaml(String apiVersion, String name) {
        return Arrays.stream(values())
                .filter(k -> k.apiVersion.equals(apiVersion) && k.yamlName.equals(name))
                .findFirst();
    }

    /** The Calico (projectcalico.org/v3) kind names, for did-you-mean hints. */
    public static List<String> calicoYamlNames() {
        return Arrays.stream(values())
                .filter(k -> k.apiVersion.equals(API_VERSION))
                .map(Kind::yamlName)
                .toList();
    }
}
