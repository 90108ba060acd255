package dev.polcat.validate;

import dev.polcat.calico.Kind;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Rule;

/**
 * One ingress or egress rule: its own fields, then each rule group that looks at part of it. A missing or
 * invalid action reaches the model as null and is reported by the reader, not again here.
 */
final class RuleRules {
    private RuleRules() {}

    static void check(Rule rule, String path, PolicyType direction, Kind kind, Problems p) {
        Integer v = rule.ipVersion();
        if (v != null && v != 4 && v != 6) {
            p.add(path + ".ipVersion", "ipVersion must be 4 or 6, got " + v, "omit it to match both");
        }
        ProtocolRules.check(rule.protocol(), path + ".protocol", p);
        ProtocolRules.check(rule.notProtocol(), path + ".notProtocol", p);
        IcmpRules.check(rule, path, p);
        PortRules.check(rule, path, p);
        CidrRules.check(rule, path, p);
        EntityRules.check(rule.source(), path + ".source", p);
        EntityRules.check(rule.destination(), path + ".destination", p);
        ServiceRules.check(rule, path, direction, kind, p);
        HttpRules.check(rule, path, direction, p);
        MetadataRules.annotations(rule.annotations(), path + ".metadata.annotations", p);
    }
}
