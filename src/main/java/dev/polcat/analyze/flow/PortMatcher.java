package dev.polcat.analyze.flow;

import dev.polcat.calico.Port;
import java.util.List;

/**
 * A rule's {@code ports} or {@code notPorts} on one side. Numbers and ranges match the flow's port.
 * A named port matches only a host given by name whose HostEndpoint resource declares that port, or a
 * workload given by name that declares it, with the flow's protocol and port; a bare address or network never matches a named port, since polcat
 * does not know which workload or endpoint, if any, it belongs to.
 */
final class PortMatcher {
    private final List<Port> ports;
    private final String text;

    PortMatcher(List<Port> ports) {
        this.ports = List.copyOf(ports);
        this.text = String.join(", ", ports.stream().map(Port::toString).toList());
    }

    List<Port> ports() {
        return ports;
    }

    String text() {
        return text;
    }

    /** How much of the flow's port on this side the list holds (before any negation). */
    Coverage cover(FlowContext ctx, Integer port, Peer peer) {
        if (!ctx.mayCarryPorts()) return Coverage.NONE;
        Coverage best = Coverage.NONE;
        for (Port p : ports) {
            Coverage c;
            if (p.isNamed()) {
                c = namedPort(ctx, port, peer, p.name());
            } else if (port == null) {
                c = Coverage.SOME;
            } else {
                c = Coverage.of(p.contains(port));
            }
            if (ctx.protocol() == null && c == Coverage.ALL) c = Coverage.SOME;
            if (c.ordinal() > best.ordinal()) best = c;
            if (best == Coverage.ALL) break;
        }
        return best;
    }

    private static Coverage namedPort(FlowContext ctx, Integer port, Peer peer, String name) {
        if (peer.endpoint() == null) return Coverage.NONE;
        if (ctx.protocol() == null) {
            return peer.endpoint().hasNamedPort(name, 6, port)
                            || peer.endpoint().hasNamedPort(name, 17, port)
                            || peer.endpoint().hasNamedPort(name, 132, port)
                    ? Coverage.SOME
                    : Coverage.NONE;
        }
        if (!peer.endpoint().hasNamedPort(name, ctx.protocol(), port)) return Coverage.NONE;
        return port == null ? Coverage.SOME : Coverage.ALL;
    }
}
