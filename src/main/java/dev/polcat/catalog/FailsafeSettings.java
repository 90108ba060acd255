package dev.polcat.catalog;

import dev.polcat.diag.SourcePos;

/**
 * Felix's failsafe ports as the environment configures them, in Felix's own string format ({@code
 * tcp:22,udp:68}, {@code none}); null means Felix's defaults. The positions are those of the values in
 * the profile (the profile's start when a value is absent), for messages about them. {@code inboundList}
 * and {@code outboundList} are the same read once, as the profile is read (null where the text is null).
 */
public record FailsafeSettings(
        String inbound,
        String outbound,
        SourcePos inboundPos,
        SourcePos outboundPos,
        FailsafeList.Reading inboundList,
        FailsafeList.Reading outboundList) {
    public static final FailsafeSettings DEFAULTS = new FailsafeSettings(null, null, null, null);

    public FailsafeSettings(String inbound, String outbound, SourcePos inboundPos, SourcePos outboundPos) {
        this(
                inbound,
                outbound,
                inboundPos,
                outboundPos,
                inbound == null ? null : FailsafeList.read(inbound),
                outbound == null ? null : FailsafeList.read(outbound));
    }
}
