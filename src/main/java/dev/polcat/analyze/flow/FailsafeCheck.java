package dev.polcat.analyze.flow;

import dev.polcat.catalog.FailsafeEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Felix's failsafe rules for host traffic: an inbound entry matches protocol, destination port and (if
 * it has a network) the source address; an outbound entry protocol, destination port and the
 * destination address. Entries whose network is of the other IP version are skipped. A failsafe entry
 * allows a flow only when it matches all of it (every address, a known port and protocol).
 */
final class FailsafeCheck {
    private record Compiled(FailsafeEntry entry, AddressSet net) {}

    private final List<Compiled> inbound;
    private final List<Compiled> outbound;
    private final boolean disabled;

    FailsafeCheck(FailsafePorts ports) {
        this.inbound = compile(ports.inbound());
        this.outbound = compile(ports.outbound());
        this.disabled = ports.isDisabled();
    }

    private static List<Compiled> compile(List<FailsafeEntry> entries) {
        List<Compiled> out = new ArrayList<>();
        for (FailsafeEntry e : entries) {
            AddressSet net = e.net() == null
                    ? null
                    : new AddressSet(List.of(IpRange.of(e.net())), e.net().canonical());
            out.add(new Compiled(e, net));
        }
        return List.copyOf(out);
    }

    /**
     * Whether each inbound entry's network holds all of {@code source}, a letter each, for flows of IP version
     * {@code version}. Only all of it counts: an entry that covers part of a flow allows nothing.
     */
    void inboundCoverages(Peer source, int version, StringBuilder out) {
        for (Compiled c : inbound) {
            if (c.net() != null && c.entry().net().version() == version)
                out.append(whole(c.net().cover(source)));
        }
    }

    /** Whether each inbound entry's protocol and port hold all of the flow's, a letter each. */
    void inboundServiceCoverages(FlowContext ctx, StringBuilder out) {
        for (Compiled c : inbound) out.append(whole(serviceCover(c.entry(), ctx)));
    }

    /** How much of the flow's protocol and port an entry covers: read by {@link #allows} and the class key alike. */
    private static Coverage serviceCover(FailsafeEntry e, FlowContext ctx) {
        Coverage cov = ctx.protocol() == null ? Coverage.SOME : Coverage.of(ctx.protocol() == e.protocolNumber());
        return cov.and(ctx.port() == null ? Coverage.SOME : Coverage.of(ctx.port() == e.port()));
    }

    private static char whole(Coverage c) {
        return c == Coverage.ALL ? 'A' : 'N';
    }

    /** Whether a failsafe entry allows the flow; adds one step to the trail either way. */
    boolean allows(boolean isInbound, FlowContext ctx, Trail trail) {
        String list = isInbound ? "inbound" : "outbound";
        List<Compiled> entries = isInbound ? inbound : outbound;
        if (entries.isEmpty()) {
            trail.add(TrailStep.of(
                    Stage.FAILSAFE,
                    Outcome.NOTE,
                    disabled
                            ? "Felix failsafe ports are disabled"
                            : "no " + list + " Felix failsafe ports are configured"));
            return false;
        }
        List<String> partial = new ArrayList<>();
        for (Compiled c : entries) {
            FailsafeEntry e = c.entry();
            if (e.net() != null && e.net().version() != ctx.ipVersion()) continue;
            Coverage cov = serviceCover(e, ctx);
            if (c.net() != null) cov = cov.and(c.net().cover(isInbound ? ctx.source() : ctx.destination()));
            if (cov == Coverage.ALL) {
                trail.add(TrailStep.of(
                        Stage.FAILSAFE,
                        Outcome.ALLOWED,
                        "allowed by Felix failsafe " + e + " (" + list + "; no policy can deny it)"));
                return true;
            }
            if (cov == Coverage.SOME) partial.add(e.toString());
        }
        trail.add(TrailStep.of(
                Stage.FAILSAFE,
                Outcome.NOTE,
                partial.isEmpty()
                        ? "no " + list + " Felix failsafe entry matches "
                                + ctx.flow().service()
                        : "Felix failsafe " + String.join(", ", partial)
                                + " covers only part of the flow; not counted"));
        return false;
    }
}
