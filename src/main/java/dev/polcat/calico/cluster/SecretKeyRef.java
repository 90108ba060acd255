package dev.polcat.calico.cluster;

/** A BGP password: a key of a Secret in calico-node's namespace ({@code password.secretKeyRef}). */
public record SecretKeyRef(String name, String key, Boolean optional) {
    public SecretKeyRef {
        name = name == null ? "" : name;
        key = key == null ? "" : key;
    }
}
