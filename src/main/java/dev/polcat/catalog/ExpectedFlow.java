package dev.polcat.catalog;

import dev.polcat.diag.SourcePos;

/**
 * A flow an environment must allow or deny, from a profile's {@code expect:} list or a policy doc's
 * {@code examples:}. {@code service} is {@code tcp/22}, {@code udp/53}, {@code icmp}, {@code icmp/8} or
 * {@code any}, as written, and {@code flowService} the same read once when the file was read; {@code from},
 * {@code to} and {@code via} are peers; {@code via} is null unless the flow is
 * forwarded by that host. {@code origin} names where it was written (a profile or a policy doc).
 */
public record ExpectedFlow(
        boolean allow,
        String service,
        FlowService flowService,
        FlowPeer from,
        FlowPeer to,
        FlowPeer via,
        String reason,
        SourcePos pos,
        String origin) {

    /** The flow as written, for messages: {@code allow tcp/22 from 10.0.0.0/24 to prod-cp-1}. */
    public String describe() {
        return (allow ? "allow " : "deny ") + service + " from " + from + " to " + to
                + (via == null ? "" : " via " + via);
    }
}
