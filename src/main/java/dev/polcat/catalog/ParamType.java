package dev.polcat.catalog;

import java.util.List;
import java.util.Map;

/**
 * The declared type of a policy parameter: a scalar kind, a list of a type ({@code cidr[]}), or a record
 * with named fields ({@code record} / {@code record[]}).
 */
public sealed interface ParamType permits ParamType.Scalar, ParamType.ListOf, ParamType.Record {

    /** How the type is written in front matter ({@code cidr[]}). */
    String spelling();

    /** How an error message names a value of this type ("a CIDR", "a list of ports"). */
    String describe();

    /**
     * Structural equality: the same shape of value, whatever the declarations' positions, descriptions
     * and defaults. Two policies may share a parameter name only if their types are the same.
     */
    default boolean sameAs(ParamType other) {
        if (this instanceof Scalar a && other instanceof Scalar b) {
            return a.kind() == b.kind() && a.enumValues().equals(b.enumValues());
        }
        if (this instanceof ListOf a && other instanceof ListOf b)
            return a.item().sameAs(b.item());
        if (this instanceof Record a && other instanceof Record b) {
            if (!a.fields().keySet().equals(b.fields().keySet())) return false;
            for (var e : a.fields().entrySet()) {
                ParameterDecl f = b.fields().get(e.getKey());
                if (f.required() != e.getValue().required()
                        || !f.type().sameAs(e.getValue().type())) return false;
            }
            return true;
        }
        return false;
    }

    enum Kind {
        STRING("string", "a string"),
        BOOL("bool", "true or false"),
        INT("int", "a whole number"),
        PORT("port", "a port (1-65535 or \"min:max\")"),
        CIDR("cidr", "a CIDR such as 10.0.0.0/24"),
        IP("ip", "an IP address"),
        SELECTOR("selector", "a Calico selector"),
        ENUM("enum", "one of the allowed values");

        private final String spelling;
        private final String description;

        Kind(String spelling, String description) {
            this.spelling = spelling;
            this.description = description;
        }

        public String spelling() {
            return spelling;
        }

        public String description() {
            return description;
        }
    }

    record Scalar(Kind kind, List<String> enumValues) implements ParamType {
        public Scalar {
            enumValues = List.copyOf(enumValues);
        }

        public static Scalar of(Kind kind) {
            return new Scalar(kind, List.of());
        }

        @Override
        public String spelling() {
            return kind.spelling();
        }

        @Override
        public String describe() {
            return kind == Kind.ENUM ? "one of " + String.join(", ", enumValues) : kind.description();
        }
    }

    record ListOf(ParamType item) implements ParamType {
        @Override
        public String spelling() {
            return item.spelling() + "[]";
        }

        @Override
        public String describe() {
            return "a list of " + item.spelling() + " values";
        }
    }

    /** Fields in declaration order. */
    record Record(Map<String, ParameterDecl> fields) implements ParamType {
        public Record {
            fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }

        @Override
        public String spelling() {
            return "record";
        }

        @Override
        public String describe() {
            return "a map with fields " + String.join(", ", fields.keySet());
        }
    }
}
