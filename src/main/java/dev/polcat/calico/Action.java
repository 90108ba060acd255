package dev.polcat.calico;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

public enum Action {
    ALLOW("Allow"),
    DENY("Deny"),
    LOG("Log"),
    PASS("Pass");

    private final String yamlName;

    Action(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    /** Whether a matching rule ends evaluation of the policy (Log continues with the next rule). */
    public boolean isTerminal() {
        return this != LOG;
    }

    public static Optional<Action> fromYaml(String s) {
        return Arrays.stream(values()).filter(a -> a.yamlName.equals(s)).findFirst();
    }

    public static List<String> yamlNames() {
        return Arrays.stream(values()).map(Action::yamlName).toList();
    }
}
