package dev.polcat.analyze.flow;

import dev.polcat.calico.EntityRule;
import dev.polcat.calico.selector.Selector;
import dev.polcat.calico.selector.SelectorParseException;
import java.util.List;

/**
 * A rule's source or destination, pre-compiled: nets and notNets as ranges, selectors as the address
 * sets they stand for ({@link SelectorSets}), ports. {@code notSelector} and {@code notNets} negate the
 * packet match: an address outside every matching member passes, including addresses polcat knows
 * nothing about. serviceAccounts and services select workloads and Kubernetes services, which polcat
 * does not model; such a rule never matches.
 */
final class EntityMatcher {
    private final String side;
    private final AddressSet nets;
    private final AddressSet notNets;
    private final AddressSet selected;
    private final String selectedText;
    private final AddressSet notSelected;
    private final String notSelectedText;
    private final String unmodelled;
    private final PortMatcher ports;
    private final PortMatcher notPorts;

    EntityMatcher(EntityRule e, String side, SelectorSets sets, List<String> warnings) throws SelectorParseException {
        this.side = side;
        String owner = "rule " + side;
        nets = e.nets().isEmpty() ? null
                : new AddressSet(SelectorSets.ranges(owner, e.nets(), warnings), String.join(", ", e.nets()));
        notNets = e.notNets().isEmpty() ? null
                : new AddressSet(SelectorSets.ranges(owner, e.notNets(), warnings), String.join(", ", e.notNets()));
        String ns = e.namespaceSelector().strip();
        SelectorSets.Scope scope = ns.isEmpty() ? SelectorSets.Scope.ANY
                : ns.equals("global()") ? SelectorSets.Scope.GLOBAL : SelectorSets.Scope.NAMESPACED;
        Selector nsSel = scope == SelectorSets.Scope.NAMESPACED ? Selector.parse(ns) : null;
        Selector sel = e.selector().isEmpty() ? null : Selector.parse(e.selector());
        boolean positive = sel != null || scope != SelectorSets.Scope.ANY;
        selected = positive ? sets.members(sel, scope, nsSel) : null;
        String nsText = ns.isEmpty() ? "" : "namespaceSelector " + ns;
        selectedText = sel == null ? nsText : "selector " + e.selector() + (ns.isEmpty() ? "" : " with " + nsText);
        notSelected = e.notSelector().isEmpty() ? null : sets.members(Selector.parse(e.notSelector()), scope, nsSel);
        notSelectedText = "notSelector " + e.notSelector() + (ns.isEmpty() ? "" : " with " + nsText);
        unmodelled = e.services() != null ? "services match Kubernetes service endpoints, which polcat does not model"
                : e.serviceAccounts() != null ? "serviceAccounts match workload endpoints only, which polcat does not model"
                : null;
        ports = e.ports().isEmpty() ? null : new PortMatcher(e.ports());
        notPorts = e.notPorts().isEmpty() ? null : new PortMatcher(e.notPorts());
    }

    /** Adds this side's criteria to {@code m}; false as soon as the rule cannot match. */
    boolean match(FlowContext ctx, Peer peer, Integer port, RuleMatch m) {
        if (unmodelled != null && !m.add(Coverage.NONE, side + " " + unmodelled)) return false;
        if (nets != null) {
            Coverage c = nets.cover(peer);
            if (c != Coverage.ALL && !m.add(c, side + " nets " + nets.text()
                    + (c == Coverage.NONE ? " do not hold " : " may not hold all of ") + peer.text())) {
                return false;
            }
        }
        if (notNets != null) {
            Coverage c = notNets.cover(peer).negate();
            if (c != Coverage.ALL && !m.add(c, side + " notNets " + notNets.text()
                    + (c == Coverage.NONE ? " hold " : " may exclude part of ") + peer.text())) {
                return false;
            }
        }
        if (selected != null) {
            Coverage c = selected.cover(peer);
            if (c != Coverage.ALL && !m.add(c, side + " " + selectedText
                    + (c == Coverage.NONE ? " matches no host or network set holding "
                            : " matches hosts or network sets holding only part of ") + peer.text())) {
                return false;
            }
        }
        if (notSelected != null) {
            Coverage c = notSelected.cover(peer).negate();
            if (c != Coverage.ALL && !m.add(c, side + " " + notSelectedText
                    + (c == Coverage.NONE ? " matches a host or network set holding " : " matches hosts or network sets holding part of ")
                    + peer.text())) {
                return false;
            }
        }
        String portSide = side.equals("source") ? "source port" : "port";
        if (ports != null) {
            Coverage c = ports.cover(ctx, port, peer);
            if (c != Coverage.ALL && !m.add(c, side + " ports " + ports.text()
                    + (c == Coverage.NONE ? " do not include " : " include only part of ") + portText(ctx, port, portSide))) {
                return false;
            }
        }
        if (notPorts != null) {
            Coverage c = notPorts.cover(ctx, port, peer).negate();
            return c == Coverage.ALL || m.add(c, side + " notPorts " + notPorts.text()
                    + (c == Coverage.NONE ? " exclude " : " exclude part of ") + portText(ctx, port, portSide));
        }
        return true;
    }

    private static String portText(FlowContext ctx, Integer port, String what) {
        if (!ctx.mayCarryPorts()) return "any " + what + " (" + ProtocolText.of(ctx.protocol()) + " has none)";
        String p = port == null ? "any " + what : what + " " + port;
        return ctx.protocol() == null ? p + " of any protocol" : p;
    }
}
