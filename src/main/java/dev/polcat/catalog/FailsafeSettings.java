package dev.polcat.catalog;

import dev.polcat.diag.SourcePos;

/**
 * Felix's failsafe ports as the environment configures them, in Felix's own string format ({@code
 * tcp:22,udp:68}, {@code none}); null means Felix's defaults. The positions are those of the values in
 * the profile (the profile's start when a value is absent), for messages about them.
 */
public record FailsafeSettings(String inbound, String outbound, SourcePos inboundPos, SourcePos outboundPos) {
    public static final FailsafeSettings DEFAULTS = new FailsafeSettings(null, null, null, null);
}
