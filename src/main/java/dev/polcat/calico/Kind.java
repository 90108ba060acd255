package dev.polcat.calico;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The projectcalico.org/v3 kinds polcat reads, writes and validates. */
public enum Kind {
    GLOBAL_NETWORK_POLICY("GlobalNetworkPolicy", false),
    NETWORK_POLICY("NetworkPolicy", true),
    GLOBAL_NETWORK_SET("GlobalNetworkSet", false),
    NETWORK_SET("NetworkSet", true),
    HOST_ENDPOINT("HostEndpoint", false),
    TIER("Tier", false);

    public static final String API_VERSION = "projectcalico.org/v3";

    private final String yamlName;
    private final boolean namespaced;

    Kind(String yamlName, boolean namespaced) {
        this.yamlName = yamlName;
        this.namespaced = namespaced;
    }

    public String yamlName() {
        return yamlName;
    }

    public boolean isNamespaced() {
        return namespaced;
    }

    public boolean isPolicy() {
        return this == GLOBAL_NETWORK_POLICY || this == NETWORK_POLICY;
    }

    public static Optional<Kind> fromYaml(String name) {
        return Arrays.stream(values()).filter(k -> k.yamlName.equals(name)).findFirst();
    }

    public static List<String> yamlNames() {
        return Arrays.stream(values()).map(Kind::yamlName).toList();
    }
}
