package dev.polcat.validate;

import dev.polcat.calico.IcmpMatch;
import dev.polcat.calico.Protocol;
import dev.polcat.calico.Rule;

/**
 * icmp/notICMP ranges, icmp's protocol requirement, and ICMP vs ipVersion (CEL on Rule and ICMPFields).
 * notICMP has no protocol requirement.
 */
final class IcmpRules {
    private IcmpRules() {}

    static void check(Rule rule, String path, Problems p) {
        fields(rule.icmp(), path + ".icmp", p);
        fields(rule.notICMP(), path + ".notICMP", p);
        Protocol proto = rule.protocol();
        if (rule.icmp() != null && (proto == null || !ProtocolRules.isValid(proto) || !proto.isIcmp())) {
            p.add(
                    path + ".icmp",
                    "icmp needs protocol ICMP, ICMPv6, 1 or 58, got " + (proto == null ? "no protocol" : proto.text()),
                    "set protocol: ICMP (IPv4) or ICMPv6 (IPv6); names work on every Calico release");
        }
        Integer v = rule.ipVersion();
        if (v == null || v != 4 && v != 6) return;
        coupling(proto, "protocol", v, path, p);
        coupling(rule.notProtocol(), "notProtocol", v, path, p);
    }

    private static void coupling(Protocol proto, String field, int version, String path, Problems p) {
        if (proto == null || !ProtocolRules.isValid(proto)) return;
        if (proto.isIcmpV4() && version != 4) {
            p.add(
                    path + ".ipVersion",
                    field + " " + proto.text() + " needs ipVersion 4, got " + version,
                    "use ICMPv6 for IPv6, or drop ipVersion");
        } else if (proto.isIcmpV6() && version != 6) {
            p.add(
                    path + ".ipVersion",
                    field + " " + proto.text() + " needs ipVersion 6, got " + version,
                    "use ICMP for IPv4, or drop ipVersion");
        }
    }

    private static void fields(IcmpMatch icmp, String path, Problems p) {
        if (icmp == null) return;
        if (icmp.type() != null && (icmp.type() < 0 || icmp.type() > 254)) {
            p.add(
                    path + ".type",
                    "ICMP type " + icmp.type() + " is out of range; allowed 0-254",
                    "e.g. 8 is echo request");
        }
        if (icmp.code() != null && (icmp.code() < 0 || icmp.code() > 255)) {
            p.add(path + ".code", "ICMP code " + icmp.code() + " is out of range; allowed 0-255", "");
        }
        if (icmp.code() != null && icmp.type() == null) {
            p.add(
                    path + ".code",
                    "ICMP code needs an ICMP type; set type as well",
                    "the kernel can match a code only together with its type");
        }
    }
}
