package dev.polcat.analyze;

import dev.polcat.calico.Action;
import dev.polcat.calico.HttpMatch;
import dev.polcat.calico.IcmpMatch;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Protocol;
import dev.polcat.calico.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Explains one Calico rule as one plain-English sentence, built from the rule alone:
 * {@code Allow inbound TCP to port 22 from 10.10.0.0/24 or 10.20.0.0/24}.
 *
 * <p>The sentence is: action, direction (inbound/outbound), traffic (IP version, protocol, ICMP match),
 * the destination ("to ..."), the source ("from ..."), then any HTTP match. The peer side of the rule
 * (source of an inbound rule, destination of an outbound one) is always mentioned, as "anywhere" when
 * unrestricted; the local side only when restricted. Plain text, one line, no final period. Immutable and
 * thread-safe.
 */
public final class RuleExplainer {

    /** Explains {@code rule} as found in the {@code direction} list of its policy. */
    public String explain(Rule rule, PolicyType direction) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(direction, "direction");
        boolean inbound = direction == PolicyType.INGRESS;
        List<String> words = new ArrayList<>();
        words.add(action(rule.action()));
        words.add(inbound ? "inbound" : "outbound");
        words.add(traffic(rule));
        words.add(RuleEntityText.describe(rule.destination(), false, !inbound));
        words.add(RuleEntityText.describe(rule.source(), true, inbound));
        if (rule.http() != null) words.add(http(rule.http()));
        words.removeIf(String::isEmpty);
        String sentence = String.join(" ", words);
        return rule.action() == Action.PASS ? sentence + ", handing it to the next tier" : sentence;
    }

    private static String action(Action action) {
        return action == null ? "Match" : action.yamlName();
    }

    /** IP version, protocol (or "traffic"), then the ICMP match and exclusion. */
    private static String traffic(Rule rule) {
        StringBuilder out = new StringBuilder();
        Integer version = rule.ipVersion();
        if (version != null)
            out.append(version == 4 || version == 6 ? "IPv" + version : "IP version " + version)
                    .append(' ');
        Protocol protocol = rule.protocol();
        Protocol notProtocol = rule.notProtocol();
        boolean excluding = false;
        if (protocol != null) {
            out.append(ProtocolNames.describe(protocol));
            if (notProtocol != null) out.append(" but not ").append(ProtocolNames.describe(notProtocol));
        } else if (notProtocol != null) {
            out.append("traffic of any protocol except ").append(ProtocolNames.describe(notProtocol));
            excluding = true;
        } else {
            out.append("traffic");
        }
        IcmpNames.Family family = icmpFamily(rule);
        boolean icmpProtocol = protocol != null && protocol.isIcmp();
        String icmp = icmp(family, rule.icmp());
        if (!icmp.isEmpty())
            out.append(icmpProtocol ? " " : " with " + icmpName(family) + " ").append(icmp);
        String notIcmp = icmp(family, rule.notICMP());
        if (!notIcmp.isEmpty()) {
            out.append(excluding ? " and except " : " except ");
            out.append(icmpProtocol ? "" : icmpName(family) + " ").append(notIcmp);
        }
        return out.toString();
    }

    /** Whose numbering the ICMP match uses: the protocol's, else the IP version's, else ICMPv4. */
    private static IcmpNames.Family icmpFamily(Rule rule) {
        Protocol protocol = rule.protocol();
        if (protocol != null && protocol.isIcmpV6()) return IcmpNames.Family.V6;
        if (protocol != null && protocol.isIcmpV4()) return IcmpNames.Family.V4;
        Integer version = rule.ipVersion();
        return version != null && version == 6 ? IcmpNames.Family.V6 : IcmpNames.Family.V4;
    }

    private static String icmpName(IcmpNames.Family family) {
        return family == IcmpNames.Family.V6 ? "ICMPv6" : "ICMP";
    }

    /** {@code type 3 (destination unreachable) code 4 (fragmentation needed)}, or "" for no match. */
    private static String icmp(IcmpNames.Family family, IcmpMatch match) {
        if (match == null) return "";
        List<String> parts = new ArrayList<>();
        if (match.type() != null) parts.add(IcmpNames.type(family, match.type()));
        if (match.code() != null) parts.add(IcmpNames.code(family, match.type(), match.code()));
        return String.join(" ", parts);
    }

    /** {@code for HTTP GET or HEAD requests whose path is /healthz or starts with /api/}. */
    private static String http(HttpMatch http) {
        if (http.methods().isEmpty() && http.paths().isEmpty()) return "for any HTTP request";
        StringBuilder out = new StringBuilder("for HTTP ");
        if (!http.methods().isEmpty()) {
            out.append(RuleWords.join(
                            http.methods().stream().map(RuleWords::plain).toList(), "or"))
                    .append(' ');
        }
        out.append("requests");
        List<String> paths = new ArrayList<>();
        for (HttpMatch.HttpPath path : http.paths()) {
            if (!path.exact().isEmpty()) paths.add("is " + RuleWords.plain(path.exact()));
            else if (!path.prefix().isEmpty()) paths.add("starts with " + RuleWords.plain(path.prefix()));
        }
        if (!paths.isEmpty()) out.append(" whose path ").append(RuleWords.join(paths, "or"));
        return out.toString();
    }
}
