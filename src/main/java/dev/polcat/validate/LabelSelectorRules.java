package dev.polcat.validate;

import dev.polcat.calico.LabelRequirement;
import dev.polcat.calico.LabelSelector;

/**
 * A Kubernetes label selector (apimachinery meta/v1/validation, ValidateLabelSelector): matchLabels are
 * label keys and values; each matchExpressions entry has a label key, In/NotIn with at least one value,
 * Exists/DoesNotExist with none, and label values.
 */
final class LabelSelectorRules {
    private LabelSelectorRules() {}

    static void check(LabelSelector s, String path, Problems p) {
        MetadataRules.labels(s.matchLabels(), path + ".matchLabels", p);
        for (int i = 0; i < s.matchExpressions().size(); i++) {
            requirement(s.matchExpressions().get(i), Problems.item(path + ".matchExpressions", i), p);
        }
    }

    private static void requirement(LabelRequirement r, String path, Problems p) {
        if (r.operator() != null && r.operator().takesValues() && r.values().isEmpty()) {
            p.add(
                    path + ".values",
                    "values must not be empty when operator is " + r.operator().yamlName(),
                    "list the label values to match, or use Exists");
        } else if (r.operator() != null
                && !r.operator().takesValues()
                && !r.values().isEmpty()) {
            p.add(
                    path + ".values",
                    "values must be empty when operator is " + r.operator().yamlName(),
                    "remove values");
        }
        if (r.key().isEmpty()) {
            p.add(path + ".key", "key is required", "the label key to test, e.g. app");
        } else {
            K8sNames.qualifiedNameProblem(r.key())
                    .ifPresent(problem -> p.add(
                            path + ".key",
                            "label key " + Problems.quote(r.key()) + " is not valid: " + problem + "; a label key is "
                                    + K8sNames.QUALIFIED_RULE,
                            "e.g. app.example.com/role"));
        }
        for (int i = 0; i < r.values().size(); i++) {
            String value = r.values().get(i);
            String at = Problems.item(path + ".values", i);
            K8sNames.labelValueProblem(value)
                    .ifPresent(problem ->
                            p.add(at, "label value " + Problems.quote(value) + " is not valid: " + problem, ""));
        }
    }
}
