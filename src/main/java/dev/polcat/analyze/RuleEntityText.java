package dev.polcat.analyze;

import dev.polcat.calico.EntityRule;
import dev.polcat.calico.ServiceAccountMatch;
import dev.polcat.calico.ServiceMatch;
import dev.polcat.calico.selector.ParsedSelector;
import dev.polcat.calico.selector.SelectorNode;
import dev.polcat.net.Cidr;
import java.util.ArrayList;
import java.util.List;

/**
 * Words for one side of a rule: {@code from 10.0.0.0/8 or 192.168.0.0/16},
 * {@code to 10.0.0.11/32 on ports 2379 and 2380}, {@code to port 22 on 10.0.0.1/32}.
 *
 * <p>The <em>peer</em> side (source of an inbound rule, destination of an outbound one) names the peer
 * first and its ports after "on", and says "anywhere" when it is unrestricted. The <em>local</em> side,
 * and a peer side with exceptions, name the ports first and the addresses after "on"; an unrestricted
 * local side is left out. All criteria of
 * one side must hold together: a selector subject is narrowed by "in namespaces ...", "using service
 * accounts ...", "whose address is in ...", then "except ..." for notNets and notSelector.
 */
final class RuleEntityText {
    static final String ANY_ENDPOINT = "any Calico endpoint or network set";
    static final String NON_NAMESPACED = "non-namespaced endpoints and global network sets";

    private RuleEntityText() {}

    /** The phrase for one side, or "" for an unrestricted local side. */
    static String describe(EntityRule side, boolean source, boolean peerSide) {
        String preposition = source ? "from" : "to";
        String ports = ports(side, source);
        if (side.hasNoPeerCriteria()) {
            if (peerSide) return preposition + " anywhere" + (ports.isEmpty() ? "" : " on " + ports);
            return ports.isEmpty() ? "" : preposition + " " + ports;
        }
        // "to anything except X on port 443" would leave "on port 443" to X, so exceptions put ports first.
        boolean exceptions = !side.notNets().isEmpty() || !side.notSelector().isEmpty();
        if (!ports.isEmpty() && (!peerSide || exceptions)) {
            return preposition + " " + ports + " on " + peer(side, false, "any address");
        }
        return preposition + " " + peer(side, !ports.isEmpty(), "anywhere") + (ports.isEmpty() ? "" : " on " + ports);
    }

    /** Addresses and endpoints: subject, qualifiers joined by "and", then exceptions. */
    private static String peer(EntityRule side, boolean wordsFollow, String anywhere) {
        List<String> qualifiers = new ArrayList<>();
        List<String> exceptions = new ArrayList<>();
        if (!side.notNets().isEmpty()) exceptions.add(nets(side.notNets()));
        if (!side.notSelector().isEmpty()) {
            exceptions.add(RuleSelectorText.phrase(side.notSelector(), "endpoints", ANY_ENDPOINT, wordsFollow));
        }
        boolean global = isGlobal(side.namespaceSelector());
        if (!side.namespaceSelector().isEmpty() && !global) {
            qualifiers.add(
                    "in " + RuleSelectorText.phrase(side.namespaceSelector(), "namespaces", "any namespace", true));
        }
        if (side.serviceAccounts() != null) qualifiers.add("using " + serviceAccounts(side.serviceAccounts()));
        String subject = subject(side, global, wordsFollow || !qualifiers.isEmpty() || !exceptions.isEmpty());
        if (subject == null) {
            subject = side.notSelector().isEmpty() ? anywhere : "anything";
        } else if (!side.nets().isEmpty() && !isNetsSubject(side)) {
            qualifiers.add("whose address is in " + nets(side.nets()));
        }
        StringBuilder out = new StringBuilder(subject);
        for (int i = 0; i < qualifiers.size(); i++)
            out.append(i == 0 ? " " : " and ").append(qualifiers.get(i));
        for (int i = 0; i < exceptions.size(); i++) {
            out.append(i == 0 ? " except " : " and except ").append(exceptions.get(i));
        }
        return out.toString();
    }

    /** What the side selects before narrowing, or null when only exceptions restrict it. */
    private static String subject(EntityRule side, boolean global, boolean wordsFollow) {
        String allNoun = global ? NON_NAMESPACED : ANY_ENDPOINT;
        if (side.services() != null) return service(side.services());
        if (!side.selector().isEmpty()) {
            return RuleSelectorText.phrase(
                    side.selector(), global ? NON_NAMESPACED : "endpoints", allNoun, wordsFollow);
        }
        if (side.serviceAccounts() != null) return "endpoints";
        if (!side.namespaceSelector().isEmpty()) return allNoun;
        if (!side.nets().isEmpty()) return nets(side.nets());
        return null;
    }

    private static String nets(List<Cidr> nets) {
        return RuleWords.join(nets.stream().map(n -> RuleWords.plain(n.text())).toList(), "or");
    }

    private static boolean isNetsSubject(EntityRule side) {
        return side.services() == null
                && side.selector().isEmpty()
                && side.serviceAccounts() == null
                && side.namespaceSelector().isEmpty();
    }

    private static boolean isGlobal(ParsedSelector namespaceSelector) {
        return !namespaceSelector.isEmpty()
                && RuleSelectorText.parse(namespaceSelector).orElse(null) instanceof SelectorNode.Global;
    }

    private static String service(ServiceMatch service) {
        String name = service.namespace().isEmpty() ? service.name() : service.namespace() + "/" + service.name();
        return "the Kubernetes service " + RuleWords.plain(name);
    }

    private static String serviceAccounts(ServiceAccountMatch accounts) {
        String named =
                accounts.names().isEmpty() ? "" : " named " + RuleWords.plain(RuleWords.join(accounts.names(), "or"));
        if (accounts.selector().isEmpty()) return "service accounts" + named;
        String any = named.isEmpty() ? "any service account" : "service accounts" + named;
        return RuleSelectorText.phrase(accounts.selector(), "service accounts" + named, any, false);
    }

    /** {@code port 22}, {@code ports 1000-2000 except 1500}, {@code any source port except 68}, or "". */
    static String ports(EntityRule side, boolean source) {
        String noun = source ? "source port" : "port";
        String except = side.notPorts().isEmpty()
                ? ""
                : " except " + RuleWords.join(RulePortText.items(side.notPorts(), noun), "and");
        if (side.ports().isEmpty()) return except.isEmpty() ? "" : "any " + noun + except;
        return RulePortText.list(side.ports(), noun) + except;
    }
}
