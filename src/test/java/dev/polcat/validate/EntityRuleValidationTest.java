package dev.polcat.validate;

import static dev.polcat.validate.Docs.egress;
import static dev.polcat.validate.Docs.ingress;
import static dev.polcat.validate.Docs.npEgress;
import static dev.polcat.validate.Docs.npIngress;
import static dev.polcat.validate.ValidationAssertions.invalid;
import static dev.polcat.validate.ValidationAssertions.valid;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Source/destination selectors, global(), and serviceAccounts. */
class EntityRuleValidationTest {

    @TestFactory
    Stream<DynamicTest> ruleSelectors() {
        return ValidationAssertions.run(List.of(
                valid("acceptsRuleSelectors", ingress("""
                        action: Allow
                        source:
                          selector: role == "frontend"
                          notSelector: has(quarantined)
                          namespaceSelector: team in {"a", "b"}
                        """)),
                invalid(
                        "rejectsBadSourceSelector",
                        ingress("""
                        action: Allow
                        source:
                          selector: role == frontend
                        """),
                        "spec.ingress[0].source.selector",
                        "invalid selector 'role == frontend': expected a quoted string at position 8, found 'frontend' (values must be quoted, as in role == \"web\")"),
                invalid(
                        "rejectsBadDestinationNotSelector",
                        egress("""
                        action: Deny
                        destination:
                          notSelector: "a && "
                        """),
                        "spec.egress[0].destination.notSelector",
                        "invalid selector 'a && ': expected an operator such as ==, !=, in, not in, contains, starts with or ends with at position 2, found '&&'"),
                invalid(
                        "rejectsBadNamespaceSelectorInRule",
                        npIngress("""
                        action: Allow
                        source:
                          namespaceSelector: "name = 'x'"
                        """),
                        "spec.ingress[0].source.namespaceSelector",
                        "invalid selector 'name = 'x'': expected '==' at position 5, found '='"),
                invalid(
                        "rejectsRuleSelectorLongerThan1024",
                        ingress("action: Allow\nsource:\n  selector: \"k == '" + "v".repeat(1019) + "'\""),
                        "spec.ingress[0].source.selector",
                        "selector is 1026 characters long; at most 1024 are allowed"),
                invalid(
                        "rejectsSelectorAsNumber",
                        ingress("""
                        action: Allow
                        source:
                          selector: 5
                        """),
                        "spec.ingress[0].source.selector",
                        "expected a string, got a number (5)"),
                invalid(
                        "rejectsUnknownEntityField",
                        ingress("""
                        action: Allow
                        source:
                          net: [10.0.0.0/8]
                        """),
                        "spec.ingress[0].source.net#key",
                        "unknown field 'net'")));
    }

    @TestFactory
    Stream<DynamicTest> globalSelector() {
        return ValidationAssertions.run(
                List.of(
                        valid("acceptsGlobalAsWholeNamespaceSelector", npIngress("""
                        action: Allow
                        source:
                          namespaceSelector: global()
                          selector: role == "monitoring"
                        """)),
                        valid("acceptsGlobalWithSurroundingSpaces", npEgress("""
                        action: Allow
                        destination:
                          namespaceSelector: "  global( )  "
                        """)),
                        invalid(
                                "rejectsGlobalAndedInNamespaceSelector",
                                npIngress("""
                        action: Allow
                        source:
                          namespaceSelector: global() && all()
                        """),
                                "spec.ingress[0].source.namespaceSelector",
                                "global() cannot be combined with other selectors in namespaceSelector, got 'global() && all()'"),
                        invalid(
                                "rejectsGlobalOredInNamespaceSelector",
                                npIngress("""
                        action: Allow
                        source:
                          namespaceSelector: global()||all()
                        """),
                                "spec.ingress[0].source.namespaceSelector",
                                "global() cannot be combined with other selectors in namespaceSelector, got 'global()||all()'"),
                        invalid(
                                "rejectsNegatedGlobalInNamespaceSelector",
                                ingress("""
                        action: Allow
                        destination:
                          namespaceSelector: "!global()"
                        """),
                                "spec.ingress[0].destination.namespaceSelector",
                                "global() cannot be combined with other selectors in namespaceSelector, got '!global()'"),
                        invalid(
                                "rejectsGlobalInRuleSelector",
                                ingress("""
                        action: Allow
                        source:
                          selector: global()
                        """),
                                "spec.ingress[0].source.selector",
                                "global() is not allowed here; it is only valid as the whole namespaceSelector of a rule's source or destination"),
                        invalid(
                                "rejectsGlobalInsideRuleSelectorExpression",
                                egress("""
                        action: Allow
                        destination:
                          selector: has(a) && global()
                        """),
                                "spec.egress[0].destination.selector",
                                "global() is not allowed here; it is only valid as the whole namespaceSelector of a rule's source or destination"),
                        invalid(
                                "rejectsGlobalInRuleNotSelector",
                                ingress("""
                        action: Deny
                        source:
                          notSelector: global()
                        """),
                                "spec.ingress[0].source.notSelector",
                                "global() is not allowed here; it is only valid as the whole namespaceSelector of a rule's source or destination")));
    }

    @TestFactory
    Stream<DynamicTest> serviceAccounts() {
        return ValidationAssertions.run(List.of(
                valid("acceptsServiceAccountNamesAndSelector", npIngress("""
                        action: Allow
                        source:
                          serviceAccounts:
                            names: [api, worker]
                            selector: team == "payments"
                        """)),
                invalid(
                        "rejectsBadServiceAccountSelector",
                        npIngress("""
                        action: Allow
                        source:
                          serviceAccounts:
                            selector: team ==
                        """),
                        "spec.ingress[0].source.serviceAccounts.selector",
                        "invalid selector 'team ==': expected a quoted string at position 7, found the end of the selector"),
                invalid(
                        "rejectsDuplicateServiceAccountName",
                        npIngress("""
                        action: Allow
                        source:
                          serviceAccounts:
                            names: [api, api]
                        """),
                        "spec.ingress[0].source.serviceAccounts.names[1]",
                        "duplicate service account 'api'; names is a set"),
                invalid(
                        "rejectsUnknownServiceAccountField",
                        npIngress("""
                        action: Allow
                        source:
                          serviceAccounts:
                            name: api
                        """),
                        "spec.ingress[0].source.serviceAccounts.name#key",
                        "unknown field 'name'"),
                invalid(
                        "rejectsServiceAccountNamesAsString",
                        npIngress("""
                        action: Allow
                        source:
                          serviceAccounts:
                            names: api
                        """),
                        "spec.ingress[0].source.serviceAccounts.names",
                        "expected a list, got a string (api)")));
    }
}
