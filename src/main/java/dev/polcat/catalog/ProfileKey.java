package dev.polcat.catalog;

import java.util.Arrays;
import java.util.List;

/**
 * The keys a profile file may hold at its top level. The one list that both the profile reader (which
 * rejects every other key) and the editor schema (which describes each of these) are made from, so a
 * key added here cannot be forgotten in either: the schema's exhaustive {@code switch} stops compiling.
 */
public enum ProfileKey {
    TITLE("title"),
    DESCRIPTION("description"),
    EXTENDS("extends"),
    ABSTRACT("abstract"),
    VALUES("values"),
    POLICIES("policies"),
    HOSTS("hosts"),
    NAMESPACES("namespaces"),
    WORKLOADS("workloads"),
    EXPECT("expect"),
    FAILSAFE("failsafe"),
    GUARD("guard"),
    PUBLIC("public");

    private final String key;

    ProfileKey(String key) {
        this.key = key;
    }

    /** The key as written in a profile. */
    public String key() {
        return key;
    }

    /** Every key as written, in declaration order (the order did-you-mean hints list them in). */
    public static List<String> keys() {
        return Arrays.stream(values()).map(ProfileKey::key).toList();
    }
}
