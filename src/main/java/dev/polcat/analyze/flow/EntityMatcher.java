package dev.polcat.analyze.flow;

import dev.polcat.calico.EntityRule;
import dev.polcat.calico.Port;
import dev.polcat.calico.ServiceAccountMatch;
import dev.polcat.calico.selector.Selector;
import dev.polcat.calico.selector.SelectorParseException;
import dev.polcat.net.Cidr;
import java.util.List;

/**
 * A rule's source or destination, pre-compiled: nets and notNets as ranges, selectors as the address
 * sets they stand for ({@link SelectorSets}), ports, and the fixed text of every reason it can give.
 * {@code notSelector} and {@code notNets} negate the packet match: an address outside every matching
 * member passes, including addresses polcat knows nothing about. serviceAccounts narrow the selector to
 * workloads with those service accounts. services select Kubernetes services, which polcat does not model;
 * such a rule never matches.
 */
final class EntityMatcher {
    private final boolean isSource;
    private final String unmodelled;
    private final Criterion[] criteria; // nets, notNets, selector, notSelector: those that are set
    private final PortMatcher ports;
    private final PortMatcher notPorts;
    private final String[] portTexts;

    /** An address criterion and its two reason texts (none of the flow matches, part of it matches). */
    private record Criterion(AddressSet set, boolean negated, String none, String some) {
        Coverage cover(Peer peer) {
            Coverage c = set.cover(peer);
            return negated ? c.negate() : c;
        }
    }

    EntityMatcher(EntityRule e, String side, String namespace, SelectorSets sets, List<String> warnings)
            throws SelectorParseException {
        this.isSource = side.equals("source");
        String owner = "rule " + side;
        Criterion nets = e.nets().isEmpty()
                ? null
                : new Criterion(
                        new AddressSet(SelectorSets.ranges(owner, e.nets(), warnings), ""),
                        false,
                        side + " nets " + String.join(", ", Cidr.texts(e.nets())) + " do not hold ",
                        side + " nets " + String.join(", ", Cidr.texts(e.nets())) + " may not hold all of ");
        Criterion notNets = e.notNets().isEmpty()
                ? null
                : new Criterion(
                        new AddressSet(SelectorSets.ranges(owner, e.notNets(), warnings), ""),
                        true,
                        side + " notNets " + String.join(", ", Cidr.texts(e.notNets())) + " hold ",
                        side + " notNets " + String.join(", ", Cidr.texts(e.notNets())) + " may exclude part of ");
        String ns = e.namespaceSelector().text().strip();
        SelectorSets.Scope scope = ns.isEmpty()
                ? (namespace.isEmpty() ? SelectorSets.Scope.ANY : SelectorSets.Scope.OWN_NAMESPACE)
                : ns.equals("global()") ? SelectorSets.Scope.GLOBAL : SelectorSets.Scope.NAMESPACED;
        Selector nsSel =
                scope == SelectorSets.Scope.NAMESPACED ? e.namespaceSelector().selector() : null;
        var accounts = e.serviceAccounts();
        Selector accountSel = accounts == null || accounts.selector().isEmpty()
                ? null
                : accounts.selector().selector();
        SelectorSets.Reach reach = new SelectorSets.Reach(scope, nsSel, namespace, accounts, accountSel);
        Selector sel = e.selector().isEmpty() ? null : e.selector().selector();
        String within = (ns.isEmpty() ? "" : " with namespaceSelector " + ns) + accountText(accounts);
        String selText = side + " " + (sel == null ? "" : "selector " + e.selector()) + within;
        selText = selText.replace(side + "  with ", side + " ");
        Criterion selected = sel == null && ns.isEmpty() && accounts == null
                ? null
                : new Criterion(
                        sets.members(sel, reach),
                        false,
                        selText + inNamespace(scope, namespace) + " matches no endpoint or network set holding ",
                        selText + inNamespace(scope, namespace)
                                + " matches endpoints or network sets holding only part of ");
        String notSelText = side + " notSelector " + e.notSelector() + within + inNamespace(scope, namespace);
        Criterion notSelected = e.notSelector().isEmpty()
                ? null
                : new Criterion(
                        sets.members(e.notSelector().selector(), reach),
                        true,
                        notSelText + " matches an endpoint or network set holding ",
                        notSelText + " matches endpoints or network sets holding part of ");
        criteria = java.util.stream.Stream.of(nets, notNets, selected, notSelected)
                .filter(java.util.Objects::nonNull)
                .toArray(Criterion[]::new);
        unmodelled = e.services() != null
                ? side + " services match Kubernetes service endpoints, which polcat does not model"
                : null;
        ports = e.ports().isEmpty() ? null : new PortMatcher(e.ports());
        notPorts = e.notPorts().isEmpty() ? null : new PortMatcher(e.notPorts());
        portTexts = new String[] {
            ports == null ? "" : side + " ports " + ports.text() + " do not include ",
            ports == null ? "" : side + " ports " + ports.text() + " include only part of ",
            notPorts == null ? "" : side + " notPorts " + notPorts.text() + " exclude ",
            notPorts == null ? "" : side + " notPorts " + notPorts.text() + " exclude part of ",
        };
    }

    private static String accountText(ServiceAccountMatch a) {
        if (a == null) return "";
        String names = a.names().isEmpty() ? "" : " names " + String.join(", ", a.names());
        String sel = a.selector().isEmpty() ? "" : " selector " + a.selector();
        return " with serviceAccounts" + names + sel;
    }

    /** In a namespaced policy, a rule without namespaceSelector looks only in the policy's namespace. */
    private static String inNamespace(SelectorSets.Scope scope, String namespace) {
        return scope == SelectorSets.Scope.OWN_NAMESPACE ? " (in namespace " + namespace + ")" : "";
    }

    /** How much of {@code peer} the address criteria cover together (the least of them); NONE when the side never matches. */
    Coverage addressCover(Peer peer) {
        if (unmodelled != null) return Coverage.NONE;
        Coverage out = Coverage.ALL;
        for (Criterion c : criteria) {
            out = out.and(c.cover(peer));
            if (out == Coverage.NONE) break;
        }
        return out;
    }

    /** How much of the flow's port on this side {@code ports} and {@code notPorts} cover together. */
    Coverage portCover(FlowContext ctx) {
        Coverage out = Coverage.ALL;
        if (ports != null) out = out.and(portsCover(ctx));
        if (notPorts != null && out != Coverage.NONE) out = out.and(notPortsCover(ctx));
        return out;
    }

    /** Whether the side names ports or notPorts. */
    boolean hasPorts() {
        return ports != null || notPorts != null;
    }

    /** The side's {@code ports} when they are all numbers and ranges (a flow outside them never matches), else null. */
    List<Port> numericPorts() {
        return ports == null || ports.ports().stream().anyMatch(Port::isNamed) ? null : ports.ports();
    }

    /** Adds this side's criteria to {@code m}; false as soon as the rule cannot match. */
    boolean match(FlowContext ctx, RuleMatch m) {
        Peer peer = isSource ? ctx.source() : ctx.destination();
        if (unmodelled != null) return m.add(Coverage.NONE, unmodelled, "");
        for (Criterion c : criteria) {
            Coverage cov = c.cover(peer);
            if (cov != Coverage.ALL && !m.add(cov, cov == Coverage.NONE ? c.none() : c.some(), peer.text()))
                return false;
        }
        String portText = isSource ? ctx.sourcePortText() : ctx.portText();
        if (ports != null) {
            Coverage c = portsCover(ctx);
            if (c != Coverage.ALL && !m.add(c, portTexts[c == Coverage.NONE ? 0 : 1], portText)) return false;
        }
        if (notPorts != null) {
            Coverage c = notPortsCover(ctx);
            return c == Coverage.ALL || m.add(c, portTexts[c == Coverage.NONE ? 2 : 3], portText);
        }
        return true;
    }

    // read by match and by the class key alike (see CompiledRule)

    private Coverage portsCover(FlowContext ctx) {
        return ports.cover(ctx, isSource ? ctx.sourcePort() : ctx.port(), isSource ? ctx.source() : ctx.destination());
    }

    private Coverage notPortsCover(FlowContext ctx) {
        return notPorts.cover(
                        ctx, isSource ? ctx.sourcePort() : ctx.port(), isSource ? ctx.source() : ctx.destination())
                .negate();
    }
}
