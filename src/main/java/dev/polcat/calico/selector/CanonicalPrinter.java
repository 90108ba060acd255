package dev.polcat.calico.selector;

import java.util.List;

/**
 * Prints a selector tree the way Calico's {@code Selector.String()} does: one space around operators,
 * {@code starts with}/{@code ends with}/{@code not in} spelled out, every {@code &&}/{@code ||} group in
 * parentheses, and {@code !} glued to its operand, so {@code !(k == 'v')} prints as {@code !k == "v"}.
 * Calico uses this string as the selector's identity, so it must match byte for byte.
 */
final class CanonicalPrinter {

    private final StringBuilder out = new StringBuilder();

    private CanonicalPrinter() {}

    static String print(SelectorNode node) {
        CanonicalPrinter printer = new CanonicalPrinter();
        printer.append(node);
        return printer.out.toString();
    }

    private void append(SelectorNode node) {
        if (node instanceof SelectorNode.All) {
            out.append("all()");
        } else if (node instanceof SelectorNode.Global) {
            out.append("global()");
        } else if (node instanceof SelectorNode.Has has) {
            out.append("has(").append(has.label()).append(')');
        } else if (node instanceof SelectorNode.Compare compare) {
            out.append(compare.label())
                    .append(' ')
                    .append(compare.op().symbol())
                    .append(' ');
            appendQuoted(compare.value());
        } else if (node instanceof SelectorNode.InSet set) {
            out.append(set.label()).append(set.negated() ? " not in {" : " in {");
            boolean first = true;
            for (String value : set.values()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                appendQuoted(value);
            }
            out.append('}');
        } else if (node instanceof SelectorNode.Not not) {
            out.append('!');
            append(not.operand());
        } else if (node instanceof SelectorNode.And and) {
            appendGroup(and.operands(), " && ");
        } else if (node instanceof SelectorNode.Or or) {
            appendGroup(or.operands(), " || ");
        } else {
            throw new AssertionError("unknown selector node " + node);
        }
    }

    private void appendGroup(List<SelectorNode> operands, String operator) {
        out.append('(');
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                out.append(operator);
            }
            append(operands.get(i));
        }
        out.append(')');
    }

    /** Strings have no escapes, so the quote is chosen to be one the value does not contain. */
    private void appendQuoted(String value) {
        char quote = value.indexOf('"') >= 0 ? '\'' : '"';
        out.append(quote).append(value).append(quote);
    }
}
