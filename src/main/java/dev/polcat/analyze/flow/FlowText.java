package dev.polcat.analyze.flow;

/** The first trail line: how the flow was read. */
final class FlowText {
    private FlowText() {}

    static String describe(FlowContext ctx) {
        Flow flow = ctx.flow();
        HostInfo h = ctx.local();
        String addresses = h.has(ctx.ipVersion()) ? h.addressText(ctx.ipVersion()) : "no IPv" + ctx.ipVersion() + " address";
        String hep = "host endpoint " + h.name() + " (interface " + (h.interfaceName().isEmpty() ? "?" : h.interfaceName())
                + ", " + addresses + ")";
        String version = "IPv" + ctx.ipVersion();
        return switch (flow.direction()) {
            case INGRESS -> "ingress " + flow.service() + " from " + ctx.source().text() + " to " + hep + "; " + version;
            case EGRESS -> "egress " + flow.service() + " from " + hep + " to " + ctx.destination().text() + "; " + version;
            case FORWARD -> "forward " + flow.service() + " from " + ctx.source().text() + " to " + ctx.destination().text()
                    + " through " + hep + "; " + version + "; no failsafe for forwarded traffic";
        };
    }
}
