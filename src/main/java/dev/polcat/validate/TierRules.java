package dev.polcat.validate;

import dev.polcat.calico.Action;
import dev.polcat.calico.Tier;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Tier spec (CEL on Tier): the built-in tiers keep their fixed order and default action. The name
 * (a label, at most 63 characters) is checked by {@link NameRules}; the defaultAction enum by the reader.
 */
final class TierRules {
    private record BuiltIn(BigDecimal order, Action action) {}

    private static final Map<String, BuiltIn> BUILT_IN = Map.of(
            "kube-admin", new BuiltIn(new BigDecimal(1_000), Action.PASS),
            "default", new BuiltIn(new BigDecimal(1_000_000), Action.DENY),
            "kube-baseline", new BuiltIn(new BigDecimal(10_000_000), Action.PASS));

    private TierRules() {}

    static void check(Tier t, Problems p) {
        BuiltIn b = BUILT_IN.get(t.name());
        if (b == null) return;
        if (t.order() == null || t.order().compareTo(b.order()) != 0) {
            p.add(
                    "spec.order",
                    t.name() + " tier order must be " + b.order().toPlainString() + ", got "
                            + (t.order() == null ? "none" : t.order().toPlainString()),
                    "built-in tiers have fixed orders; give your own tier another name");
        }
        // defaultAction is defaulted to Deny by the CRD before the CEL rule runs.
        Action action = t.defaultAction() == null ? Action.DENY : t.defaultAction();
        if (action != b.action()) {
            p.add(
                    "spec.defaultAction",
                    "the '" + t.name() + "' tier must have default action '"
                            + b.action().yamlName() + "', got '" + action.yamlName() + "'"
                            + (t.defaultAction() == null ? " (the default)" : ""),
                    "set defaultAction: " + b.action().yamlName());
        }
    }
}
