package dev.polcat.calico;

public record ServiceMatch(String name, String namespace) {
    public ServiceMatch {
        name = name == null ? "" : name;
        namespace = namespace == null ? "" : namespace;
    }
}
