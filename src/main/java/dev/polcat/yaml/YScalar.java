package dev.polcat.yaml;

import dev.polcat.diag.SourcePos;

/**
 * A scalar as written. {@code kind} is how a YAML 1.1 reader (Jackson, SnakeYAML, and Go's yaml.v2 in
 * calicoctl) would type it; {@code text} is always the exact characters of the value, so that "0755" or
 * "NO" can be reported and never silently become 493 or false.
 */
public record YScalar(SourcePos pos, String text, Kind kind) implements YNode {

    public enum Kind {
        STRING("a string"),
        INT("a number"),
        FLOAT("a decimal number"),
        BOOL("a boolean"),
        NULL("null");

        private final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    @Override
    public String describe() {
        return kind.description;
    }
}
