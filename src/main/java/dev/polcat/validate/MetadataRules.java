package dev.polcat.validate;

import java.util.Locale;
import java.util.Map;

/** Labels and annotations (validateObjectMetaLabels/Annotations, validateRuleMetadata). */
final class MetadataRules {
    static final int ANNOTATION_LIMIT = 256 * 1024;

    private MetadataRules() {}

    /** Label keys are qualified names as written; values are label values. */
    static void labels(Map<String, String> labels, String base, Problems p) {
        for (Map.Entry<String, String> e : labels.entrySet()) {
            String path = base + "." + e.getKey();
            K8sNames.qualifiedNameProblem(e.getKey())
                    .ifPresent(problem -> p.add(
                            path,
                            "label key " + Problems.quote(e.getKey()) + " is not valid: " + problem
                                    + "; a label key is " + K8sNames.QUALIFIED_RULE,
                            "e.g. app.example.com/role"));
            K8sNames.labelValueProblem(e.getValue())
                    .ifPresent(
                            problem -> p.add(
                                    path,
                                    "label value " + Problems.quote(e.getValue()) + " is not valid: " + problem,
                                    "label values are at most 63 letters, digits, '-', '_' and '.'; put longer text in an annotation"));
        }
    }

    /** Annotation keys are qualified names after lowercasing; keys plus values at most 256 KiB. */
    static void annotations(Map<String, String> annotations, String base, Problems p) {
        long total = 0;
        for (Map.Entry<String, String> e : annotations.entrySet()) {
            String path = base + "." + e.getKey();
            K8sNames.qualifiedNameProblem(e.getKey().toLowerCase(Locale.ROOT))
                    .ifPresent(problem -> p.add(
                            path,
                            "annotation key " + Problems.quote(e.getKey()) + " is not valid: " + problem
                                    + "; an annotation key is " + K8sNames.QUALIFIED_RULE,
                            "e.g. polcat.dev/owner"));
            total += K8sNames.utf8Length(e.getKey()) + K8sNames.utf8Length(e.getValue());
        }
        if (total > ANNOTATION_LIMIT) {
            p.add(
                    base,
                    "annotations total " + total + " bytes, " + (total - ANNOTATION_LIMIT)
                            + " bytes over the 262144-byte (256 KiB) limit for keys plus values",
                    "move long text out of the annotations");
        }
    }
}
