package dev.polcat.calico.selector;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A node of a parsed selector. Records give value equality, so two selectors with the same meaning as
 * Calico sees it (same canonical form) have equal trees.
 *
 * <p>{@link #matches} is the reference evaluation of Calico's semantics; {@link Selector#matches} uses a
 * precompiled form of the same tree. Label maps may hold {@code null} values; those count as missing.
 */
public sealed interface SelectorNode {

    /** Evaluates this node against an endpoint's labels, with Calico's rules for missing labels. */
    boolean matches(Map<String, String> labels);

    /** {@code all()}: matches everything. */
    record All() implements SelectorNode {
        @Override
        public boolean matches(Map<String, String> labels) {
            return true;
        }
    }

    /**
     * {@code global()}: true inside an expression. Its special meaning (select non-namespaced things)
     * exists only as a whole EntityRule namespaceSelector, which callers handle via {@link Selector#usesGlobal()}.
     */
    record Global() implements SelectorNode {
        @Override
        public boolean matches(Map<String, String> labels) {
            return true;
        }
    }

    /** {@code has(label)}: the label is present, whatever its value, even "". */
    record Has(String label) implements SelectorNode {
        public Has {
            requireLabel(label);
        }

        @Override
        public boolean matches(Map<String, String> labels) {
            return labels.get(label) != null;
        }
    }

    /** {@code label <op> "value"}. Only {@link Op#NE} matches when the label is missing. */
    record Compare(String label, Op op, String value) implements SelectorNode {

        /** The comparison operators; {@link #symbol()} is how the canonical form spells each one. */
        public enum Op {
            EQ("=="),
            NE("!="),
            CONTAINS("contains"),
            STARTS_WITH("starts with"),
            ENDS_WITH("ends with");

            private final String symbol;

            Op(String symbol) {
                this.symbol = symbol;
            }

            public String symbol() {
                return symbol;
            }
        }

        public Compare {
            requireLabel(label);
            Objects.requireNonNull(op, "op");
            requirePrintableValue(value);
        }

        @Override
        public boolean matches(Map<String, String> labels) {
            String actual = labels.get(label);
            if (actual == null) {
                return op == Op.NE;
            }
            return switch (op) {
                case EQ -> actual.equals(value);
                case NE -> !actual.equals(value);
                case CONTAINS -> actual.contains(value);
                case STARTS_WITH -> actual.startsWith(value);
                case ENDS_WITH -> actual.endsWith(value);
            };
        }
    }

    /**
     * {@code label in {..}} or, when negated, {@code label not in {..}}. The values are kept sorted and
     * de-duplicated, as Calico does; a missing label matches only the negated form.
     */
    record InSet(String label, boolean negated, SortedSet<String> values) implements SelectorNode {

        /**
         * Calico sorts set items as Go strings, i.e. by UTF-8 bytes, which is Unicode code point order.
         * Java's natural String order (UTF-16 units) differs from it only for supplementary characters.
         */
        public static final Comparator<String> VALUE_ORDER = InSet::compareByCodePoint;

        public InSet {
            requireLabel(label);
            Objects.requireNonNull(values, "values");
            TreeSet<String> sorted = new TreeSet<>(VALUE_ORDER);
            for (String value : values) {
                requirePrintableValue(value);
                sorted.add(value);
            }
            values = Collections.unmodifiableSortedSet(sorted);
        }

        /** Convenience for building a set from any collection of values, in any order, with repeats. */
        public static InSet of(String label, boolean negated, Collection<String> values) {
            return new InSet(label, negated, new TreeSet<>(values));
        }

        @Override
        public boolean matches(Map<String, String> labels) {
            String actual = labels.get(label);
            if (actual == null) {
                return negated;
            }
            return values.contains(actual) != negated;
        }

        private static int compareByCodePoint(String a, String b) {
            int common = Math.min(a.length(), b.length());
            for (int i = 0; i < common; i++) {
                char x = a.charAt(i);
                char y = b.charAt(i);
                if (x != y) {
                    boolean xSurrogate = Character.isSurrogate(x);
                    if (xSurrogate != Character.isSurrogate(y)) {
                        // A surrogate starts a supplementary code point, above every BMP character.
                        return xSurrogate ? 1 : -1;
                    }
                    return x - y;
                }
            }
            return a.length() - b.length();
        }
    }

    /** {@code !operand}. The parser collapses runs of {@code !} by parity, so it never nests two Nots. */
    record Not(SelectorNode operand) implements SelectorNode {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public boolean matches(Map<String, String> labels) {
            return !operand.matches(labels);
        }
    }

    /**
     * {@code a && b && ...}, at least two operands. A parenthesised {@code &&} group inside another one
     * stays a separate node, as in Calico, so the canonical form keeps its parentheses.
     */
    record And(List<SelectorNode> operands) implements SelectorNode {
        public And {
            operands = requireGroup(operands, "&&");
        }

        @Override
        public boolean matches(Map<String, String> labels) {
            for (SelectorNode operand : operands) {
                if (!operand.matches(labels)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code a || b || ...}, at least two operands. */
    record Or(List<SelectorNode> operands) implements SelectorNode {
        public Or {
            operands = requireGroup(operands, "||");
        }

        @Override
        public boolean matches(Map<String, String> labels) {
            for (SelectorNode operand : operands) {
                if (operand.matches(labels)) {
                    return true;
                }
            }
            return false;
        }
    }

    // The checks below keep every tree printable as a selector that parses back to the same tree.

    private static void requireLabel(String label) {
        Objects.requireNonNull(label, "label");
        if (!Lexer.isValidLabel(label)) {
            throw new IllegalArgumentException("not a valid Calico label name (1.." + Selector.MAX_LABEL_LENGTH
                    + " characters of A-Z a-z 0-9 _ . / -): '" + label + "'");
        }
    }

    private static void requirePrintableValue(String value) {
        Objects.requireNonNull(value, "value");
        if (value.indexOf('"') >= 0 && value.indexOf('\'') >= 0) {
            throw new IllegalArgumentException(
                    "a selector value cannot contain both ' and \" (Calico strings have no escapes): " + value);
        }
    }

    private static List<SelectorNode> requireGroup(List<SelectorNode> operands, String operator) {
        List<SelectorNode> copy = List.copyOf(operands);
        if (copy.size() < 2) {
            throw new IllegalArgumentException(operator + " needs at least two operands, got " + copy.size());
        }
        return copy;
    }
}
