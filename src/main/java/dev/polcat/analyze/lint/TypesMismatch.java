package dev.polcat.analyze.lint;

import dev.polcat.analyze.Finding;
import dev.polcat.calico.PolicySpec;
import dev.polcat.calico.PolicyType;
import dev.polcat.diag.Severity;
import java.util.ArrayList;
import java.util.List;

/** Rules in a direction the policy's {@code types} leave out: Calico silently ignores them. */
final class TypesMismatch implements Lint {
    @Override
    public String id() {
        return "types-mismatch";
    }

    @Override
    public String description() {
        return "A policy with ingress rules whose types lack Ingress (or egress rules without Egress): Calico accepts it "
                + "and ignores those rules.";
    }

    @Override
    public List<Finding> check(LintContext ctx) {
        PolicySpec spec = ctx.policy().spec();
        List<Finding> out = new ArrayList<>();
        for (PolicyType t : PolicyType.values()) {
            if (!spec.rules(t).isEmpty() && !spec.appliesTo(t)) {
                String dir = t.yamlName().toLowerCase(java.util.Locale.ROOT);
                out.add(new Finding(
                        id(),
                        Severity.WARNING,
                        "the policy has " + spec.rules(t).size() + " " + dir
                                + " rule(s) but its types are "
                                + spec.effectiveTypes().stream()
                                        .map(PolicyType::yamlName)
                                        .toList()
                                + ", so they are ignored",
                        "spec.types",
                        "add " + t.yamlName() + " to spec.types, or remove the " + dir + " rules"));
            }
        }
        return out;
    }
}
