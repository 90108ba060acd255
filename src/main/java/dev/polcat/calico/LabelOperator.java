package dev.polcat.calico;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The operator of a Kubernetes label selector requirement (matchExpressions[].operator). */
public enum LabelOperator {
    IN("In"),
    NOT_IN("NotIn"),
    EXISTS("Exists"),
    DOES_NOT_EXIST("DoesNotExist");

    private final String yamlName;

    LabelOperator(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    /** In and NotIn need values; Exists and DoesNotExist must have none. */
    public boolean takesValues() {
        return this == IN || this == NOT_IN;
    }

    public static Optional<LabelOperator> fromYaml(String text) {
        return Arrays.stream(values()).filter(o -> o.yamlName.equals(text)).findFirst();
    }

    public static List<String> yamlNames() {
        return Arrays.stream(values()).map(LabelOperator::yamlName).toList();
    }
}
