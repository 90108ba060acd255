package dev.polcat.analyze.diff;

import dev.polcat.calico.PolicyType;
import java.util.List;

/**
 * A rule added, removed, changed (field by field) or moved within its policy. Indexes are -1 on the
 * side where the rule does not exist; {@code label} identifies it for people (its name, or its
 * explanation when unnamed).
 */
public record RuleChange(
        ChangeKind kind,
        PolicyType direction,
        String label,
        int beforeIndex,
        int afterIndex,
        String beforeText,
        String afterText,
        List<FieldChange> fields) {
    public RuleChange {
        fields = List.copyOf(fields);
    }

    public String where() {
        String dir = direction == PolicyType.INGRESS ? "ingress" : "egress";
        return switch (kind) {
            case ADDED -> dir + "[" + afterIndex + "]";
            case REMOVED -> dir + "[" + beforeIndex + "]";
            case CHANGED -> dir + "[" + afterIndex + "]";
            case MOVED -> dir + "[" + beforeIndex + "] → " + dir + "[" + afterIndex + "]";
        };
    }
}
