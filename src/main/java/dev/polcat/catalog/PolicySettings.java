package dev.polcat.catalog;

import java.util.Map;

/** A profile's choices for one policy: whether it is enabled and values that apply to it alone. */
public record PolicySettings(boolean enabled, Map<String, ParamValue> values) {
    public static final PolicySettings DEFAULT = new PolicySettings(true, Map.of());

    public PolicySettings {
        values = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(values));
    }
}
