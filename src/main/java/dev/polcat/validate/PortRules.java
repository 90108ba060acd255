package dev.polcat.validate;

import dev.polcat.calico.EntityRule;
import dev.polcat.calico.Port;
import dev.polcat.calico.Protocol;
import dev.polcat.calico.Rule;
import java.util.List;

/**
 * ports/notPorts of a rule's source and destination: each port's own syntax (numorstring.Port,
 * validatePort, validatePortName), at most 50 per list, and the protocol they need (validateRule).
 */
final class PortRules {
    static final int MAX_PORTS = 50;

    private PortRules() {}

    static void check(Rule rule, String path, Problems p) {
        side(rule.source(), rule.protocol(), path + ".source", p);
        side(rule.destination(), rule.protocol(), path + ".destination", p);
    }

    private static void side(EntityRule e, Protocol protocol, String path, Problems p) {
        list(e.ports(), protocol, path + ".ports", p);
        list(e.notPorts(), protocol, path + ".notPorts", p);
    }

    private static void list(List<Port> ports, Protocol protocol, String path, Problems p) {
        if (ports.size() > MAX_PORTS) {
            p.add(
                    path,
                    ports.size() + " ports listed; at most " + MAX_PORTS + " are allowed",
                    "use port ranges such as \"8000:8100\", or split the rule");
        }
        for (int i = 0; i < ports.size(); i++) {
            port(ports.get(i), Problems.item(path, i), p);
        }
        if (protocol == null) {
            for (int i = 0; i < ports.size(); i++) {
                Port port = ports.get(i);
                if (!port.isNamed()) {
                    p.add(
                            Problems.item(path, i),
                            (port.isRange() ? "port range " : "numeric port ") + port
                                    + " needs protocol TCP, UDP or SCTP, but the rule sets no protocol",
                            "set protocol: TCP (notProtocol does not count); only named ports work without"
                                    + " a protocol");
                }
            }
        } else if (!ports.isEmpty() && ProtocolRules.isValid(protocol) && !protocol.supportsPorts()) {
            p.add(
                    path,
                    "ports need protocol TCP, UDP or SCTP, got " + protocol.text(),
                    protocol.text().equals("UDPLite") || protocol.text().equals("136")
                            ? "UDPLite does not support ports in Calico; drop the ports"
                            : "drop the ports, or split the rule so that the ports sit on a TCP/UDP/SCTP rule");
        }
    }

    /** One port on its own: 1-65535, min <= max, or a valid IANA-style name. */
    static void port(Port port, String path, Problems p) {
        if (port.isNamed()) {
            K8sNames.portNameProblem(port.name()).ifPresent(problem -> {
                String lower = K8sNames.suggestName(port.name()).replace('.', '-');
                boolean fixable =
                        lower.length() <= 15 && K8sNames.portNameProblem(lower).isEmpty();
                p.add(
                        path,
                        "named port " + Problems.quote(port.name()) + " is not valid: " + problem + "; "
                                + K8sNames.PORT_NAME_RULE,
                        fixable && !lower.equals(port.name())
                                ? "did you mean '" + lower + "'?"
                                : "or use a number 1-65535 or a range \"min:max\"");
            });
            return;
        }
        if (port.min() > port.max()) {
            p.add(
                    path,
                    "port range " + port + " is reversed; the first port must not exceed the second",
                    "write \"" + port.max() + ":" + port.min() + "\"");
            return;
        }
        if (port.min() < 1 || port.max() > 65535) {
            p.add(
                    path,
                    (port.isRange() ? "port range " : "port ") + port + " is out of range; ports are 1-65535",
                    port.min() == 0 ? "0 is not a valid port" : "");
        }
    }
}
