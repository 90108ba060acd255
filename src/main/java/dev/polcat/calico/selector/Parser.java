package dev.polcat.calico.selector;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Recursive-descent parser for Calico's selector grammar: {@code ||} binds loosest, then {@code &&},
 * then {@code !}, then match operations and parenthesised groups. The tree it builds mirrors Calico's
 * parser exactly, which is what makes the canonical form identical to Calico's.
 */
final class Parser {

    /**
     * Deeper nesting is refused rather than risking a stack overflow. Calico has no such limit, but a
     * selector within the validator's {@link Selector#MAX_LENGTH} cannot nest deeper than about 510.
     */
    static final int MAX_NESTING = 1000;

    private static final String EXPRESSION = "a label, has(label), all(), global(), '!' or '('";
    private static final String OPERATOR = "an operator such as ==, !=, in, not in, contains, starts with or ends with";
    private static final String QUOTED = "a quoted string";
    private static final String AFTER_TOP_LEVEL = "'&&', '||' or the end of the selector";
    private static final String AFTER_NESTED = "'&&', '||' or ')'";
    private static final String LABEL_CHARS_HINT = "label names may only contain A-Z, a-z, 0-9, '_', '.', '/' and '-'";
    private static final String ONE_LINE_HINT =
            "a selector must be on one line: only spaces and tabs may separate its parts";
    private static final String BRACES_HINT = "sets are written in braces, as in role in {\"web\", \"db\"}";

    private static final SelectorNode ALL = new SelectorNode.All();
    private static final SelectorNode GLOBAL = new SelectorNode.Global();

    private final String text;
    private final Lexer lexer;
    private Token current;
    private int depth;

    private Parser(String text) {
        this.text = text;
        this.lexer = new Lexer(text);
    }

    static SelectorNode parse(String text) throws SelectorParseException {
        return new Parser(text).selector();
    }

    private SelectorNode selector() throws SelectorParseException {
        advance();
        if (current.kind() == TokenKind.EOF) {
            return ALL;
        }
        SelectorNode root = orExpression();
        if (current.kind() != TokenKind.EOF) {
            throw afterExpression(AFTER_TOP_LEVEL, -1);
        }
        return root;
    }

    private SelectorNode orExpression() throws SelectorParseException {
        SelectorNode first = andExpression();
        if (current.kind() != TokenKind.OR) {
            return first;
        }
        List<SelectorNode> operands = new ArrayList<>();
        operands.add(first);
        while (current.kind() == TokenKind.OR) {
            advance();
            operands.add(andExpression());
        }
        return new SelectorNode.Or(operands);
    }

    private SelectorNode andExpression() throws SelectorParseException {
        SelectorNode first = unary();
        if (current.kind() != TokenKind.AND) {
            return first;
        }
        List<SelectorNode> operands = new ArrayList<>();
        operands.add(first);
        while (current.kind() == TokenKind.AND) {
            advance();
            operands.add(unary());
        }
        return new SelectorNode.And(operands);
    }

    /** Like Calico, a run of {@code !} collapses by parity: {@code !!x} is x, {@code !!!x} is {@code !x}. */
    private SelectorNode unary() throws SelectorParseException {
        boolean negated = false;
        while (current.kind() == TokenKind.NOT) {
            negated = !negated;
            advance();
        }
        SelectorNode operand = primary();
        return negated ? new SelectorNode.Not(operand) : operand;
    }

    private SelectorNode primary() throws SelectorParseException {
        switch (current.kind()) {
            case LABEL:
                return match();
            case HAS_OPEN: {
                advance();
                if (current.kind() != TokenKind.LABEL) {
                    throw unexpected("a label name", "");
                }
                String label = current.value();
                advance();
                expectClosingParen("has(");
                return new SelectorNode.Has(label);
            }
            case ALL_OPEN:
                advance();
                expectClosingParen("all(");
                return ALL;
            case GLOBAL_OPEN:
                advance();
                expectClosingParen("global(");
                return GLOBAL;
            case LPAREN:
                return group();
            case STRING:
                throw unexpected(EXPRESSION, "the label goes on the left, unquoted, as in role == \"web\"");
            default:
                throw unexpected(EXPRESSION, "");
        }
    }

    private void expectClosingParen(String opener) throws SelectorParseException {
        if (current.kind() != TokenKind.RPAREN) {
            throw unexpected("')' to close " + opener, "");
        }
        advance();
    }

    private SelectorNode group() throws SelectorParseException {
        int open = current.start();
        if (++depth > MAX_NESTING) {
            throw new SelectorParseException(text, open, "at most " + MAX_NESTING + " nested parentheses", "more", "");
        }
        advance();
        SelectorNode inner = orExpression();
        if (current.kind() != TokenKind.RPAREN) {
            throw afterExpression(AFTER_NESTED, open);
        }
        advance();
        depth--;
        return inner;
    }

    /** {@code label <operator> ...}; the current token is the label. */
    private SelectorNode match() throws SelectorParseException {
        Token label = current;
        advance();
        SelectorNode.Compare.Op op;
        switch (current.kind()) {
            case EQ:
                op = SelectorNode.Compare.Op.EQ;
                break;
            case NE:
                op = SelectorNode.Compare.Op.NE;
                break;
            case CONTAINS:
                op = SelectorNode.Compare.Op.CONTAINS;
                break;
            case STARTS_WITH:
                op = SelectorNode.Compare.Op.STARTS_WITH;
                break;
            case ENDS_WITH:
                op = SelectorNode.Compare.Op.ENDS_WITH;
                break;
            case IN:
                return set(label.value(), false);
            case NOT_IN:
                return set(label.value(), true);
            default:
                throw notAnOperator(label);
        }
        advance();
        if (current.kind() != TokenKind.STRING) {
            String hint = current.kind() == TokenKind.LABEL ? "values must be quoted, as in role == \"web\"" : "";
            throw unexpected(QUOTED, hint);
        }
        String value = current.value();
        advance();
        return new SelectorNode.Compare(label.value(), op, value);
    }

    private SelectorParseException notAnOperator(Token label) {
        if (current.kind() == TokenKind.LONE_EQUALS) {
            return unexpected("'=='", "");
        }
        String name = label.value();
        boolean spacedCall = name.equals("has") || name.equals("all") || name.equals("global");
        if (spacedCall && current.kind() == TokenKind.LPAREN && current.start() > label.end()) {
            return new SelectorParseException(
                    text, label.end(), "'" + name + "(' with no space before '('", lexer.describeAt(label.end()), "");
        }
        if (current.kind() == TokenKind.LABEL) {
            // The lexer leaves "starts"/"ends"/"not" as a plain word when the second word is missing.
            String second = secondWordOf(current.value());
            if (second != null) {
                int at = lexer.skipWhitespace(current.end());
                return new SelectorParseException(
                        text,
                        at,
                        "'" + second + "' to complete '" + current.value() + " " + second + "'",
                        lexer.describeAt(at),
                        "");
            }
        }
        boolean glued = current.kind() == TokenKind.UNEXPECTED_CHAR && current.start() == label.end();
        return unexpected(OPERATOR, glued ? LABEL_CHARS_HINT : "");
    }

    private static String secondWordOf(String word) {
        switch (word) {
            case "starts":
            case "ends":
                return "with";
            case "not":
                return "in";
            default:
                return null;
        }
    }

    /** {@code {"a", "b",}}: the current token is {@code in} or {@code not in}. Empty sets are allowed. */
    private SelectorNode set(String label, boolean negated) throws SelectorParseException {
        advance();
        if (current.kind() != TokenKind.LBRACE) {
            boolean looksLikeSet = current.kind() == TokenKind.STRING
                    || (current.kind() == TokenKind.UNEXPECTED_CHAR && text.charAt(current.start()) == '[');
            throw unexpected("'{' to start a set of quoted strings", looksLikeSet ? BRACES_HINT : "");
        }
        advance();
        TreeSet<String> values = new TreeSet<>(SelectorNode.InSet.VALUE_ORDER);
        while (current.kind() != TokenKind.RBRACE) {
            if (current.kind() != TokenKind.STRING) {
                throw unexpected("a quoted string or '}'", "");
            }
            values.add(current.value());
            advance();
            if (current.kind() == TokenKind.COMMA) {
                advance();
            } else if (current.kind() != TokenKind.RBRACE) {
                String hint = current.kind() == TokenKind.STRING ? "set items are separated by commas" : "";
                throw unexpected("',' or '}'", hint);
            }
        }
        advance();
        return new SelectorNode.InSet(label, negated, values);
    }

    /** The token after a complete expression is not one that may follow it. */
    private SelectorParseException afterExpression(String expected, int openParen) {
        switch (current.kind()) {
            case LONE_AMPERSAND:
                return unexpected("'&&'", "");
            case LONE_PIPE:
                return unexpected("'||'", "");
            case EOF:
                return unexpected(
                        expected, openParen >= 0 ? "the '(' at position " + openParen + " is not closed" : "");
            case RPAREN:
                return unexpected(expected, openParen < 0 ? "this ')' has no matching '('" : "");
            default:
                return unexpected(expected, "");
        }
    }

    private SelectorParseException unexpected(String expected, String hint) {
        if (hint.isEmpty() && current.kind() == TokenKind.UNEXPECTED_CHAR) {
            char c = text.charAt(current.start());
            if (c == '\n' || c == '\r') {
                hint = ONE_LINE_HINT;
            } else if (c > 0x7f) {
                hint = LABEL_CHARS_HINT;
            }
        }
        return new SelectorParseException(text, current.start(), expected, lexer.describe(current), hint);
    }

    private void advance() throws SelectorParseException {
        current = lexer.next();
    }
}
