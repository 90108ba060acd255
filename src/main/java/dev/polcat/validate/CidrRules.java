package dev.polcat.validate;

import dev.polcat.calico.Rule;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The four net lists of a rule (scanNets and the {@code net} tag in validator.go, CRD maxItems and set
 * semantics): strictly masked CIDRs with an explicit prefix, one IP family per rule, matching ipVersion,
 * no catch-all in notNets, at most 256 entries, no duplicates.
 */
final class CidrRules {
    static final int MAX_NETS = 256;

    private CidrRules() {}

    /** The first family seen in a rule, and where, so later entries of the other family can say so. */
    private static final class Seen {
        IpNet net;
        String where;
    }

    static void check(Rule rule, String path, Problems p) {
        Seen seen = new Seen();
        list(rule.source().nets(), false, rule, path, "source.nets", seen, p);
        list(rule.source().notNets(), true, rule, path, "source.notNets", seen, p);
        list(rule.destination().nets(), false, rule, path, "destination.nets", seen, p);
        list(rule.destination().notNets(), true, rule, path, "destination.notNets", seen, p);
    }

    private static void list(
            List<Cidr> nets, boolean negated, Rule rule, String rulePath, String field, Seen seen, Problems p) {
        String path = rulePath + "." + field;
        if (nets.size() > MAX_NETS) {
            p.add(
                    path,
                    nets.size() + " entries listed; at most " + MAX_NETS + " are allowed",
                    "put the CIDRs in a GlobalNetworkSet and select it by label");
        }
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < nets.size(); i++) {
            String text = nets.get(i).text();
            String at = Problems.item(path, i);
            if (!distinct.add(text)) {
                p.add(at, "duplicate entry " + Problems.quote(text) + "; " + field + " is a set", "remove the repeat");
                continue;
            }
            Optional<IpNet> parsed = nets.get(i).parsed();
            if (parsed.isEmpty()) {
                p.add(
                        at,
                        Problems.quote(text) + " is not a valid CIDR; use address/prefix such as 10.0.0.0/8"
                                + " or 2001:db8::/32",
                        "");
                continue;
            }
            IpNet net = parsed.get();
            if (!net.hasPrefix()) {
                p.add(
                        at,
                        text + " has no prefix length; rule nets must be CIDRs, use " + net.hostCidr(),
                        "write /32 for one IPv4 address, /128 for one IPv6 address");
                continue;
            }
            if (!net.isMasked()) {
                p.add(
                        at,
                        text + " is not a masked CIDR (host bits set); use " + net.maskedForm(),
                        "Calico rejects rule CIDRs with host bits; kube-apiserver would accept it and Felix"
                                + " would then ignore the whole policy");
            }
            Integer v = rule.ipVersion();
            if (v != null && (v == 4 || v == 6) && v != (net.isV4() ? 4 : 6)) {
                p.add(
                        at,
                        text + " is " + net.family() + " but the rule has ipVersion " + v,
                        "use " + (v == 4 ? "IPv4" : "IPv6") + " CIDRs here, or change ipVersion");
            }
            if (seen.net == null) {
                seen.net = net;
                seen.where = field + "[" + i + "]";
            } else if (seen.net.isV4() != net.isV4()) {
                p.add(
                        at,
                        text + " is " + net.family() + " but this rule already matches " + seen.net.family() + " ("
                                + seen.where + "); one rule cannot mix IPv4 and IPv6",
                        "split it into one rule per IP version");
            }
            if (negated && (text.equals("0.0.0.0/0") || net.isCatchAllV6())) {
                p.add(
                        at,
                        field.substring(field.indexOf('.') + 1) + " must not contain the catch-all " + text
                                + ": the rule would match no traffic",
                        "remove it; to match everything, leave nets" + " empty or use nets: [" + text + "]");
            }
        }
    }
}
