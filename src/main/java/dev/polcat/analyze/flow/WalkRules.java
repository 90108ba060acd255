package dev.polcat.analyze.flow;

import dev.polcat.calico.Port;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules one walk meets (an endpoint's ingress chains, shared by the endpoints that walk alike), indexed
 * by the services they may match, so that finding a service's rules does not look at all of them.
 */
final class WalkRules {
    final int id;
    final boolean host;
    final List<CompiledRule> rules;
    /** Whether a rule names source ports: flows of such a walk get no class. */
    final boolean sourcePorts;
    // Per protocol number (-1: rules for any protocol, or with notProtocol):
    /** rules without a numeric {@code ports} list, which may match any port; */
    private final Map<Integer, List<CompiledRule>> anyPort = new HashMap<>();
    /** rules listing a port, under each port they list (ranges of fewer than 64 ports too); */
    private final Map<Integer, Map<Integer, List<CompiledRule>>> byPort = new HashMap<>();
    /** rules listing a wider range, looked at for every port (listing each of its ports would cost more). */
    private final Map<Integer, List<CompiledRule>> ranges = new HashMap<>();
    /** Rules that match every service alike ({@link CompiledRule#anyService()}), in id order. */
    final List<CompiledRule> anyService = new ArrayList<>();

    WalkRules(int id, boolean host, List<CompiledRule> rules) {
        this.id = id;
        this.host = host;
        this.rules = rules;
        boolean sourcePorts = false;
        for (CompiledRule r : rules) {
            sourcePorts |= r.source().hasPorts();
            if (r.anyService()) {
                anyService.add(r);
                continue;
            }
            Integer protocol = r.protocolNumber();
            int p = protocol == null || r.hasNotProtocol() ? -1 : protocol;
            List<Port> ports = r.destination().numericPorts();
            if (ports == null) {
                anyPort.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
                continue;
            }
            for (Port port : ports) {
                if (port.max() - port.min() < 64) {
                    for (int x = port.min(); x <= port.max(); x++) {
                        List<CompiledRule> list = byPort.computeIfAbsent(p, k -> new HashMap<>())
                                .computeIfAbsent(x, k -> new ArrayList<>());
                        if (list.isEmpty() || list.get(list.size() - 1) != r) list.add(r);
                    }
                } else {
                    List<CompiledRule> list = ranges.computeIfAbsent(p, k -> new ArrayList<>());
                    if (list.isEmpty() || list.get(list.size() - 1) != r) list.add(r);
                }
            }
        }
        this.sourcePorts = sourcePorts;
        anyService.sort(Comparator.comparingInt(CompiledRule::id));
    }

    /**
     * Every rule that may match a flow of this protocol and port, besides those that match every service;
     * a null one may match any of them.
     */
    List<CompiledRule> candidates(Integer protocol, Integer port) {
        if (protocol == null || port == null)
            return rules.stream().filter(r -> !r.anyService()).toList();
        List<CompiledRule> out = new ArrayList<>();
        for (int p : new int[] {protocol, -1}) {
            out.addAll(anyPort.getOrDefault(p, List.of()));
            out.addAll(byPort.getOrDefault(p, Map.of()).getOrDefault(port, List.of()));
            out.addAll(ranges.getOrDefault(p, List.of()));
        }
        return out;
    }
}
