package dev.polcat.calico;

import java.util.Optional;

public enum PolicyType {
    INGRESS("Ingress"),
    EGRESS("Egress");

    private final String yamlName;

    PolicyType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<PolicyType> fromYaml(String s) {
        for (PolicyType t : values()) {
            if (t.yamlName.equals(s)) return Optional.of(t);
        }
        return Optional.empty();
    }
}
