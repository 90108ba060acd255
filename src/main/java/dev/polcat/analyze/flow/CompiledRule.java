package dev.polcat.analyze.flow;

import dev.polcat.calico.Action;
import dev.polcat.calico.IcmpMatch;
import dev.polcat.calico.Protocol;
import dev.polcat.calico.Rule;
import dev.polcat.calico.selector.SelectorParseException;
import java.util.List;

/**
 * One rule, pre-compiled. Criteria are checked in this order, stopping at the first that fails:
 * ipVersion, protocol, notProtocol, icmp, notICMP, source, destination. Protocol names and numbers are
 * the same protocol ({@code TCP} = {@code 6}). {@code icmp} matches only ICMP flows and {@code notICMP}
 * excludes only ICMP flows of that type; a flow never knows its ICMP code. HTTP matches are not
 * evaluated (L7); the trail says so when such a rule matches.
 */
final class CompiledRule {
    private final int id;
    private final Action action;
    private final String ref;
    private final String name;
    private final boolean http;
    private final Integer ipVersion;
    private final Integer protocol;
    private final Integer notProtocol;
    private final IcmpMatch icmp;
    private final IcmpMatch notIcmp;
    private final String protocolText;
    private final String notProtocolText;
    private final EntityMatcher source;
    private final EntityMatcher destination;

    CompiledRule(int id, Rule rule, String ref, String namespace, SelectorSets sets, List<String> warnings)
            throws SelectorParseException {
        this.id = id;
        this.action = rule.action();
        this.ref = ref;
        this.name = rule.name();
        this.http = rule.http() != null;
        this.ipVersion = rule.ipVersion();
        this.protocol = number(rule.protocol());
        this.notProtocol = number(rule.notProtocol());
        this.icmp = rule.icmp();
        this.notIcmp = rule.notICMP();
        this.protocolText = protocol == null ? "" : "protocol " + Protocol.lower(protocol);
        this.notProtocolText = notProtocol == null ? "" : "notProtocol " + Protocol.lower(notProtocol);
        this.source = new EntityMatcher(rule.source(), "source", namespace, sets, warnings);
        this.destination = new EntityMatcher(rule.destination(), "destination", namespace, sets, warnings);
    }

    private static Integer number(Protocol p) {
        if (p == null) return null;
        return p.ianaNumber().orElseThrow(() -> new IllegalArgumentException("unknown protocol " + p));
    }

    /** Unique among the rules of one simulator, from 0: an index into arrays over them. */
    int id() {
        return id;
    }

    Action action() {
        return action;
    }

    /** The protocol as an IANA number, null for any. */
    Integer protocolNumber() {
        return protocol;
    }

    boolean hasNotProtocol() {
        return notProtocol != null;
    }

    /** Whether {@link #serviceCover} is ALL for every flow: no IP version, protocol, ICMP or destination port criterion. */
    boolean anyService() {
        return ipVersion == null
                && protocol == null
                && notProtocol == null
                && icmp == null
                && notIcmp == null
                && !destination.hasPorts();
    }

    /** {@code spec.ingress[2]}. */
    String ref() {
        return ref;
    }

    /** The rule's polcat.dev/rule name, or "". */
    String name() {
        return name;
    }

    EntityMatcher source() {
        return source;
    }

    EntityMatcher destination() {
        return destination;
    }

    boolean hasHttp() {
        return http;
    }

    RuleMatch match(FlowContext ctx) {
        RuleMatch m = new RuleMatch();
        if (ipVersion != null
                && ipVersion != ctx.ipVersion()
                && !m.add(Coverage.NONE, "ipVersion " + ipVersion, () -> "; the flow is IPv" + ctx.ipVersion())) {
            return m;
        }
        Integer p = ctx.protocol();
        if (protocol != null) {
            Coverage c = protocolCover(p);
            if (c != Coverage.ALL && !m.add(c, protocolText, () -> "; the flow is " + protocolText(p))) {
                return m;
            }
        }
        if (notProtocol != null) {
            Coverage c = notProtocolCover(p);
            if (c != Coverage.ALL && !m.add(c, notProtocolText, () -> " excludes " + protocolText(p))) {
                return m;
            }
        }
        if (icmp != null) {
            Coverage c = icmp(ctx, icmp);
            if (c != Coverage.ALL
                    && !m.add(
                            c,
                            "icmp " + icmpText(icmp)
                                    + (c == Coverage.NONE ? " does not match " : " matches only part of "),
                            () -> icmpFlow(ctx))) {
                return m;
            }
        }
        if (notIcmp != null) {
            Coverage c = notIcmpCover(ctx);
            if (c != Coverage.ALL
                    && !m.add(
                            c,
                            "notICMP " + icmpText(notIcmp) + (c == Coverage.NONE ? " excludes " : " excludes part of "),
                            () -> icmpFlow(ctx))) {
                return m;
            }
        }
        if (!source.match(ctx, m)) return m;
        destination.match(ctx, m);
        return m;
    }

    /**
     * How much of the flow's service {@link #match} finds the rule to cover: IP version, protocol, ICMP and
     * the destination's ports, the least of them. With its source's and destination's address covers
     * ({@link EntityMatcher#addressCover}), the least of the three is the rule's cover of the flow.
     */
    Coverage serviceCover(FlowContext ctx) {
        if (ipVersion != null && ipVersion != ctx.ipVersion()) return Coverage.NONE;
        Integer p = ctx.protocol();
        Coverage c = Coverage.ALL;
        if (protocol != null) c = c.and(protocolCover(p));
        if (notProtocol != null) c = c.and(notProtocolCover(p));
        if (icmp != null) c = c.and(icmp(ctx, icmp));
        if (notIcmp != null) c = c.and(notIcmpCover(ctx));
        return c == Coverage.NONE ? c : c.and(destination.portCover(ctx));
    }

    // One place for each criterion's cover, read by match and by the class key alike: were they to differ,
    // the exposure matrix would share a verdict between flows the rule tells apart.

    private Coverage protocolCover(Integer p) {
        return p == null ? Coverage.SOME : Coverage.of(protocol.equals(p));
    }

    private Coverage notProtocolCover(Integer p) {
        return p == null ? Coverage.SOME : Coverage.of(!notProtocol.equals(p));
    }

    private Coverage notIcmpCover(FlowContext ctx) {
        return ctx.isIcmp() || ctx.protocol() == null ? icmp(ctx, notIcmp).negate() : Coverage.ALL;
    }

    /** How much of the flow an ICMP type/code match covers (the flow knows its type at most). */
    private static Coverage icmp(FlowContext ctx, IcmpMatch match) {
        if (ctx.protocol() == null) return Coverage.SOME;
        if (!ctx.isIcmp()) return Coverage.NONE;
        if (match.type() == null) return Coverage.ALL;
        if (ctx.port() == null) return Coverage.SOME;
        if (!match.type().equals(ctx.port())) return Coverage.NONE;
        return match.code() == null ? Coverage.ALL : Coverage.SOME;
    }

    private static String icmpText(IcmpMatch m) {
        String t = m.type() == null ? "any type" : "type " + m.type();
        return m.code() == null ? t : t + " code " + m.code();
    }

    private static String icmpFlow(FlowContext ctx) {
        if (ctx.protocol() == null) return "a flow of any protocol";
        if (!ctx.isIcmp()) return "a " + Protocol.lower(ctx.protocol()) + " flow";
        return ctx.port() == null ? "any ICMP type" : "ICMP type " + ctx.port() + " (any code)";
    }

    private static String protocolText(Integer p) {
        return p == null ? "any protocol" : Protocol.lower(p);
    }
}
