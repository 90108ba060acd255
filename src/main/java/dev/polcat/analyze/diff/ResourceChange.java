package dev.polcat.analyze.diff;

import java.util.List;

/**
 * A resource (kind/namespace/name) that differs between the two builds of one environment, from the
 * policy template that renders it. {@code yamlDiff} is a unified diff of its canonical YAML.
 */
public record ResourceChange(
        ChangeKind kind,
        String key,
        String policy,
        List<FieldChange> fields,
        List<String> meanings,
        List<RuleChange> rules,
        List<String> yamlDiff) {
    public ResourceChange {
        fields = List.copyOf(fields);
        meanings = List.copyOf(meanings);
        rules = List.copyOf(rules);
        yamlDiff = List.copyOf(yamlDiff);
    }
}
