package dev.polcat.analyze.lint;

import dev.polcat.calico.PolicyResource;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Rule;
import java.util.ArrayList;
import java.util.List;

/** A rule with where it sits in its policy, so a finding can name it ({@code spec.ingress[2]}). */
record RuleRefs(PolicyType direction, int index, Rule rule) {
    String path() {
        return "spec." + (direction == PolicyType.INGRESS ? "ingress" : "egress") + "[" + index + "]";
    }

    String label() {
        return rule.name().isEmpty() ? path() : path() + " (" + rule.name() + ")";
    }

    static List<RuleRefs> of(PolicyResource p) {
        List<RuleRefs> out = new ArrayList<>();
        for (PolicyType dir : PolicyType.values()) {
            List<Rule> rules = p.spec().rules(dir);
            for (int i = 0; i < rules.size(); i++) out.add(new RuleRefs(dir, i, rules.get(i)));
        }
        return out;
    }
}
