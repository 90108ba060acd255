package dev.polcat.calico;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a staged policy would do once enforced: {@code Set} creates or replaces the policy of the same
 * name, {@code Delete} removes it. The CRD enum also has {@code Learn} and {@code Ignore} (used by Calico
 * Enterprise's policy recommendation); Calico validates those like Set (validator.go,
 * validateStaged*Policy: only Delete is special), so polcat reads them too.
 */
public enum StagedAction {
    SET("Set"),
    DELETE("Delete"),
    LEARN("Learn"),
    IGNORE("Ignore");

    private final String yamlName;

    StagedAction(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<StagedAction> fromYaml(String text) {
        return Arrays.stream(values()).filter(a -> a.yamlName.equals(text)).findFirst();
    }

    public static List<String> yamlNames() {
        return Arrays.stream(values()).map(StagedAction::yamlName).toList();
    }
}
