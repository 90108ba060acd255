package dev.polcat.catalog;

/**
 * Felix's failsafe ports as the environment configures them, in Felix's own string format ({@code
 * tcp:22,udp:68}, {@code none}); null means Felix's defaults.
 */
public record FailsafeSettings(String inbound, String outbound) {
    public static final FailsafeSettings DEFAULTS = new FailsafeSettings(null, null);
}
