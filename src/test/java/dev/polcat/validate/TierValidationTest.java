package dev.polcat.validate;

import static dev.polcat.validate.Docs.doc;
import static dev.polcat.validate.ValidationAssertions.invalid;
import static dev.polcat.validate.ValidationAssertions.valid;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Tier spec, including the fixed order and default action of the built-in tiers. */
class TierValidationTest {

    private static String tier(String name, String spec) {
        return doc("Tier", "name: " + name, spec);
    }

    @TestFactory
    Stream<DynamicTest> tiers() {
        return ValidationAssertions.run(List.of(
                valid("acceptsCustomTier", tier("security", "order: 100\ndefaultAction: Pass")),
                valid("acceptsTierWithoutOrder", tier("platform", "")),
                valid("acceptsFractionalTierOrder", tier("platform", "order: 10.5\ndefaultAction: Deny")),
                invalid(
                        "rejectsLogDefaultAction",
                        tier("security", "defaultAction: Log"),
                        "spec.defaultAction",
                        "invalid defaultAction 'Log'"),
                invalid(
                        "rejectsAllowDefaultAction",
                        tier("security", "defaultAction: Allow"),
                        "spec.defaultAction",
                        "invalid defaultAction 'Allow'"),
                invalid(
                        "rejectsLowercaseDefaultAction",
                        tier("security", "defaultAction: pass"),
                        "spec.defaultAction",
                        "invalid defaultAction 'pass'"),
                invalid(
                        "rejectsTierOrderAsString",
                        tier("security", "order: first"),
                        "spec.order",
                        "expected a number, got a string (first)"),
                invalid(
                        "rejectsUnknownTierField",
                        tier("security", "order: 1\nselector: all()"),
                        "spec.selector#key",
                        "unknown field 'selector'"),
                valid("acceptsDefaultTierWithFixedOrder", tier("default", "order: 1000000")),
                valid("acceptsDefaultTierWithExplicitDeny", tier("default", "order: 1e6\ndefaultAction: Deny")),
                invalid(
                        "rejectsDefaultTierWithOtherOrder",
                        tier("default", "order: 100"),
                        "spec.order",
                        "default tier order must be 1000000, got 100"),
                invalid(
                        "rejectsDefaultTierWithoutOrder",
                        tier("default", "defaultAction: Deny"),
                        "spec.order",
                        "default tier order must be 1000000, got none"),
                invalid(
                        "rejectsDefaultTierWithPass",
                        tier("default", "order: 1000000\ndefaultAction: Pass"),
                        "spec.defaultAction",
                        "the 'default' tier must have default action 'Deny', got 'Pass'"),
                valid("acceptsKubeAdminTier", tier("kube-admin", "order: 1000\ndefaultAction: Pass")),
                invalid(
                        "rejectsKubeAdminTierWithDefaultedDeny",
                        tier("kube-admin", "order: 1000"),
                        "spec.defaultAction",
                        "the 'kube-admin' tier must have default action 'Pass', got 'Deny' (the default)"),
                invalid(
                        "rejectsKubeAdminTierWithOtherOrder",
                        tier("kube-admin", "order: 999\ndefaultAction: Pass"),
                        "spec.order",
                        "kube-admin tier order must be 1000, got 999"),
                valid("acceptsKubeBaselineTier", tier("kube-baseline", "order: 10000000\ndefaultAction: Pass")),
                invalid(
                        "rejectsKubeBaselineTierWithOtherOrder",
                        tier("kube-baseline", "order: 1000\ndefaultAction: Pass"),
                        "spec.order",
                        "kube-baseline tier order must be 10000000, got 1000"),
                invalid(
                        "rejectsKubeBaselineTierWithDeny",
                        tier("kube-baseline", "order: 10000000\ndefaultAction: Deny"),
                        "spec.defaultAction",
                        "the 'kube-baseline' tier must have default action 'Pass', got 'Deny'")));
    }
}
