package dev.polcat.analyze.flow;

/** The first trail line: how the flow was read. */
final class FlowText {
    private FlowText() {}

    static String describe(FlowContext ctx) {
        Flow flow = ctx.flow();
        String hep = ctx.local().describe(ctx.ipVersion());
        String version = "IPv" + ctx.ipVersion();
        return switch (flow.direction()) {
            case INGRESS ->
                "ingress " + flow.service() + " from " + ctx.source().text() + " to " + hep + "; " + version;
            case EGRESS ->
                "egress " + flow.service() + " from " + hep + " to "
                        + ctx.destination().text() + "; " + version;
            case FORWARD ->
                "forward " + flow.service() + " from " + ctx.source().text() + " to "
                        + ctx.destination().text() + " through " + hep + "; " + version
                        + "; no failsafe for forwarded traffic";
            case PATH -> throw new IllegalStateException("a path is described leg by leg");
        };
    }
}
