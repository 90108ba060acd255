package dev.polcat.analyze;

import dev.polcat.calico.selector.ParsedSelector;
import dev.polcat.calico.selector.SelectorNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a selector's tree as English, as a noun phrase about the things it selects:
 * {@code endpoints with role = "etcd"}, {@code endpoints that have label k},
 * {@code namespaces without team = "ops"}. Negations at the top become "without ..." because Calico's
 * {@code !k == "v"} and {@code k != "v"} also match things that lack the label entirely.
 */
final class RuleSelectorText {
    private RuleSelectorText() {}

    /** The parsed tree, or empty for text that is not a valid selector (the validator reports it). */
    static Optional<SelectorNode> parse(ParsedSelector selector) {
        return selector.parsed().map(s -> simplify(s.ast()));
    }

    /**
     * {@code noun} (plural) qualified by the selector; {@code whenAll} is the whole phrase for
     * {@code all()}. With {@code grouped}, a top-level "or" is parenthesised because more words follow.
     */
    static String phrase(ParsedSelector selector, String noun, String whenAll, boolean grouped) {
        String text = selector.text();
        Optional<SelectorNode> parsed = parse(selector);
        if (parsed.isEmpty()) return noun + " matching the invalid selector " + RuleWords.plain(text.strip());
        SelectorNode node = parsed.get();
        if (node instanceof SelectorNode.All) return whenAll;
        if (node instanceof SelectorNode.Has has) return noun + " that have label " + label(has.label());
        if (node instanceof SelectorNode.Not not) {
            if (not.operand() instanceof SelectorNode.All) return "no " + noun + " at all (!all() matches nothing)";
            return noun + " without " + expr(not.operand(), true);
        }
        if (node instanceof SelectorNode.Compare c && c.op() == SelectorNode.Compare.Op.NE) {
            return noun + " without " + compare(c.label(), "=", c.value());
        }
        if (node instanceof SelectorNode.InSet set && set.negated()) {
            return noun + " without " + set(set.label(), set);
        }
        return noun + " with " + expr(node, grouped && node instanceof SelectorNode.Or);
    }

    /**
     * Removes double negations the parser keeps: {@code !k != "v"} is {@code k == "v"} and
     * {@code !k not in {..}} is {@code k in {..}} (both false when the label is missing).
     */
    private static SelectorNode simplify(SelectorNode node) {
        if (node instanceof SelectorNode.Not not) {
            SelectorNode inner = simplify(not.operand());
            if (inner instanceof SelectorNode.Compare c && c.op() == SelectorNode.Compare.Op.NE) {
                return new SelectorNode.Compare(c.label(), SelectorNode.Compare.Op.EQ, c.value());
            }
            if (inner instanceof SelectorNode.InSet set && set.negated()) {
                return new SelectorNode.InSet(set.label(), false, set.values());
            }
            return new SelectorNode.Not(inner);
        }
        if (node instanceof SelectorNode.And and) return new SelectorNode.And(simplifyAll(and.operands()));
        if (node instanceof SelectorNode.Or or) return new SelectorNode.Or(simplifyAll(or.operands()));
        return node;
    }

    private static List<SelectorNode> simplifyAll(List<SelectorNode> nodes) {
        List<SelectorNode> out = new ArrayList<>();
        for (SelectorNode node : nodes) out.add(simplify(node));
        return out;
    }

    /** One expression; {@code nested} wraps an "and"/"or" group in parentheses. */
    static String expr(SelectorNode node, boolean nested) {
        if (node instanceof SelectorNode.All) return "all()";
        if (node instanceof SelectorNode.Global) return "global()";
        if (node instanceof SelectorNode.Has has) return "label " + label(has.label());
        if (node instanceof SelectorNode.Compare c) return compare(c);
        if (node instanceof SelectorNode.InSet set) return (set.negated() ? "not " : "") + set(set.label(), set);
        if (node instanceof SelectorNode.Not not) {
            SelectorNode inner = not.operand();
            if (inner instanceof SelectorNode.Has has) return "no label " + label(has.label());
            return "not " + expr(inner, true);
        }
        if (node instanceof SelectorNode.And and) return group(and.operands(), "and", nested);
        if (node instanceof SelectorNode.Or or) return group(or.operands(), "or", nested);
        throw new AssertionError("unknown selector node " + node);
    }

    private static String group(List<SelectorNode> operands, String conjunction, boolean nested) {
        List<String> parts = new ArrayList<>();
        for (SelectorNode operand : operands) parts.add(expr(operand, true));
        String joined = String.join(" " + conjunction + " ", parts);
        return nested ? "(" + joined + ")" : joined;
    }

    private static String compare(SelectorNode.Compare c) {
        return switch (c.op()) {
            case EQ -> compare(c.label(), "=", c.value());
            case NE -> "not " + compare(c.label(), "=", c.value());
            case CONTAINS -> compare(c.label(), "containing", c.value());
            case STARTS_WITH -> compare(c.label(), "starting with", c.value());
            case ENDS_WITH -> compare(c.label(), "ending with", c.value());
        };
    }

    private static String compare(String label, String operator, String value) {
        return label(label) + " " + operator + " " + RuleWords.quoted(value);
    }

    private static String set(String label, SelectorNode.InSet set) {
        List<String> values = new ArrayList<>();
        for (String value : set.values()) values.add(RuleWords.quoted(value));
        return label(label) + " in {" + String.join(", ", values) + "}";
    }

    private static String label(String label) {
        return RuleWords.plain(label);
    }
}
