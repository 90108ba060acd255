package dev.polcat.calico.selector;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A selector tree turned into a tree of closures for the flow simulator's hot path: no switch on the
 * operator, no sorted-set lookups, one map lookup per leaf. Semantics are exactly
 * {@link SelectorNode#matches}, which the tests cross-check.
 */
@FunctionalInterface
interface CompiledMatcher {

    /** Sets up to this size are searched linearly; bigger ones get a hash set. */
    int LINEAR_SET_LIMIT = 8;

    boolean matches(Map<String, String> labels);

    static CompiledMatcher compile(SelectorNode node) {
        if (node instanceof SelectorNode.All || node instanceof SelectorNode.Global) {
            return labels -> true;
        }
        if (node instanceof SelectorNode.Has has) {
            String key = has.label();
            return labels -> labels.get(key) != null;
        }
        if (node instanceof SelectorNode.Compare compare) {
            return compileCompare(compare);
        }
        if (node instanceof SelectorNode.InSet set) {
            return compileSet(set);
        }
        if (node instanceof SelectorNode.Not not) {
            CompiledMatcher operand = compile(not.operand());
            return labels -> !operand.matches(labels);
        }
        if (node instanceof SelectorNode.And and) {
            CompiledMatcher[] operands = compileAll(and.operands());
            return labels -> {
                for (CompiledMatcher operand : operands) {
                    if (!operand.matches(labels)) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (node instanceof SelectorNode.Or or) {
            CompiledMatcher[] operands = compileAll(or.operands());
            return labels -> {
                for (CompiledMatcher operand : operands) {
                    if (operand.matches(labels)) {
                        return true;
                    }
                }
                return false;
            };
        }
        throw new AssertionError("unknown selector node " + node);
    }

    private static CompiledMatcher compileCompare(SelectorNode.Compare compare) {
        String key = compare.label();
        String value = compare.value();
        switch (compare.op()) {
            case EQ:
                return labels -> value.equals(labels.get(key));
            case NE:
                return labels -> !value.equals(labels.get(key));
            case CONTAINS:
                return labels -> {
                    String actual = labels.get(key);
                    return actual != null && actual.contains(value);
                };
            case STARTS_WITH:
                return labels -> {
                    String actual = labels.get(key);
                    return actual != null && actual.startsWith(value);
                };
            case ENDS_WITH:
                return labels -> {
                    String actual = labels.get(key);
                    return actual != null && actual.endsWith(value);
                };
            default:
                throw new AssertionError(compare.op());
        }
    }

    private static CompiledMatcher compileSet(SelectorNode.InSet set) {
        String key = set.label();
        boolean negated = set.negated();
        if (set.values().size() <= LINEAR_SET_LIMIT) {
            String[] values = set.values().toArray(new String[0]);
            return labels -> {
                String actual = labels.get(key);
                if (actual == null) {
                    return negated;
                }
                for (String value : values) {
                    if (value.equals(actual)) {
                        return !negated;
                    }
                }
                return negated;
            };
        }
        Set<String> values = new HashSet<>(set.values());
        return labels -> {
            String actual = labels.get(key);
            return actual == null ? negated : values.contains(actual) != negated;
        };
    }

    private static CompiledMatcher[] compileAll(List<SelectorNode> nodes) {
        CompiledMatcher[] compiled = new CompiledMatcher[nodes.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = compile(nodes.get(i));
        }
        return compiled;
    }
}
