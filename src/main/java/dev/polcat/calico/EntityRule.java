package dev.polcat.calico;

import dev.polcat.calico.selector.ParsedSelector;
import dev.polcat.net.Cidr;
import java.util.List;

/**
 * A rule's source or destination. Empty strings and lists mean "not set"; {@code serviceAccounts} and
 * {@code services} are null when absent.
 */
public record EntityRule(
        List<Cidr> nets,
        List<Cidr> notNets,
        ParsedSelector selector,
        ParsedSelector notSelector,
        ParsedSelector namespaceSelector,
        List<Port> ports,
        List<Port> notPorts,
        ServiceAccountMatch serviceAccounts,
        ServiceMatch services) {

    public static final EntityRule ANY =
            new EntityRule(List.of(), List.of(), "", "", "", List.of(), List.of(), null, null);

    public EntityRule {
        nets = List.copyOf(nets);
        notNets = List.copyOf(notNets);
        selector = selector == null ? ParsedSelector.EMPTY : selector;
        notSelector = notSelector == null ? ParsedSelector.EMPTY : notSelector;
        namespaceSelector = namespaceSelector == null ? ParsedSelector.EMPTY : namespaceSelector;
        ports = List.copyOf(ports);
        notPorts = List.copyOf(notPorts);
    }

    /** Parses the three selectors once, here, where the rule is read or built. */
    public EntityRule(
            List<Cidr> nets,
            List<Cidr> notNets,
            String selector,
            String notSelector,
            String namespaceSelector,
            List<Port> ports,
            List<Port> notPorts,
            ServiceAccountMatch serviceAccounts,
            ServiceMatch services) {
        this(
                nets,
                notNets,
                ParsedSelector.of(selector),
                ParsedSelector.of(notSelector),
                ParsedSelector.of(namespaceSelector),
                ports,
                notPorts,
                serviceAccounts,
                services);
    }

    /** True when this side places no restriction at all on the traffic. */
    public boolean isUnrestricted() {
        return nets.isEmpty()
                && notNets.isEmpty()
                && selector.isEmpty()
                && notSelector.isEmpty()
                && namespaceSelector.isEmpty()
                && ports.isEmpty()
                && notPorts.isEmpty()
                && serviceAccounts == null
                && services == null;
    }

    /** True when no address criteria are set (ports may be). */
    public boolean hasNoPeerCriteria() {
        return nets.isEmpty()
                && notNets.isEmpty()
                && selector.isEmpty()
                && notSelector.isEmpty()
                && namespaceSelector.isEmpty()
                && serviceAccounts == null
                && services == null;
    }
}
