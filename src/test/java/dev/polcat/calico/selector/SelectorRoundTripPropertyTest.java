package dev.polcat.calico.selector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated selectors: a random tree is written out in a random but valid surface form (spacing, quote
 * style, operator spelling, redundant parentheses and !! pairs), then must parse back to that tree, print
 * a canonical form that re-parses to the same tree and string, and evaluate the same way compiled or not.
 */
class SelectorRoundTripPropertyTest {

    private static final long SEED = 20_260_822L;
    private static final int CASES = 400;

    private static final String[] LABELS = {
        "a",
        "b",
        "role",
        "app.kubernetes.io/name",
        "calico/k8s_NS-.1/role",
        "x-1_y.z",
        "contains",
        "in",
        "not",
        "notin",
        "starts",
        "ends",
        "with",
        "startswith",
        "all",
        "has",
        "global",
    };
    private static final String[] VALUES = {
        "",
        "x",
        "y",
        "web",
        "db",
        "with space",
        "it's",
        "say \"hi\"",
        "&& ||",
        "(",
        "{}",
        "a,b",
        "é",
        "\uD83D\uDE00",
        "\uFF5E",
        "in",
        "!",
    };

    static Stream<Arguments> generated() {
        Random random = new Random(SEED);
        List<Arguments> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            SelectorNode tree = randomNode(random, random.nextInt(5));
            StringBuilder text = new StringBuilder();
            text.append(space(random));
            writeAnywhere(tree, text, random);
            text.append(space(random));
            cases.add(Arguments.of(text.toString(), tree, random.nextLong()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("generated")
    void roundTrips(String text, SelectorNode tree, long labelSeed) throws SelectorParseException {
        Selector parsed = Selector.parse(text);
        assertEquals(tree, parsed.ast(), () -> "parse of generated selector " + text);

        String canonical = parsed.canonical();
        Selector reparsed = Selector.parse(canonical);
        assertEquals(tree, reparsed.ast(), () -> "re-parse of canonical form " + canonical + " of " + text);
        assertEquals(canonical, reparsed.canonical(), () -> "canonical form is stable for " + text);
        assertEquals(parsed, reparsed, () -> "selector equality for " + text);

        Random random = new Random(labelSeed);
        for (int i = 0; i < 20; i++) {
            Map<String, String> labels = randomLabels(random);
            assertEquals(
                    tree.matches(labels),
                    parsed.matches(labels),
                    () -> "compiled vs tree evaluation of " + text + " on " + labels);
        }
    }

    // Random trees, in the shapes the parser can produce.

    private static SelectorNode randomNode(Random random, int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return randomLeaf(random);
        }
        switch (random.nextInt(3)) {
            case 0: {
                SelectorNode operand = randomNode(random, depth - 1);
                // The parser collapses !! so it never builds Not(Not(..)).
                return operand instanceof SelectorNode.Not ? operand : new SelectorNode.Not(operand);
            }
            case 1:
                return new SelectorNode.And(randomOperands(random, depth));
            default:
                return new SelectorNode.Or(randomOperands(random, depth));
        }
    }

    private static List<SelectorNode> randomOperands(Random random, int depth) {
        List<SelectorNode> operands = new ArrayList<>();
        int count = 2 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            operands.add(randomNode(random, depth - 1));
        }
        return operands;
    }

    private static SelectorNode randomLeaf(Random random) {
        String label = pick(random, LABELS);
        switch (random.nextInt(6)) {
            case 0:
                return new SelectorNode.All();
            case 1:
                return new SelectorNode.Global();
            case 2:
                return new SelectorNode.Has(label);
            case 3: {
                TreeSet<String> values = new TreeSet<>();
                int count = random.nextInt(5);
                for (int i = 0; i < count; i++) {
                    values.add(pick(random, VALUES));
                }
                return new SelectorNode.InSet(label, random.nextBoolean(), values);
            }
            default: {
                SelectorNode.Compare.Op[] ops = SelectorNode.Compare.Op.values();
                return new SelectorNode.Compare(label, ops[random.nextInt(ops.length)], pick(random, VALUES));
            }
        }
    }

    // Writing a tree as text in a random valid surface form.

    /** Writes a node where any expression may appear (top level or inside parentheses). */
    private static void writeAnywhere(SelectorNode node, StringBuilder out, Random random) {
        if (node instanceof SelectorNode.Or or) {
            writeGroup(or.operands(), "||", out, random);
        } else if (node instanceof SelectorNode.And and) {
            writeGroup(and.operands(), "&&", out, random);
        } else {
            writeUnary(node, out, random);
        }
    }

    private static void writeGroup(List<SelectorNode> operands, String operator, StringBuilder out, Random random) {
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                out.append(space(random)).append(operator).append(space(random));
            }
            SelectorNode operand = operands.get(i);
            // A nested group of the same operator must keep its parentheses; an && inside || need not.
            boolean mustWrap = operand instanceof SelectorNode.Or
                    || (operand instanceof SelectorNode.And && operator.equals("&&"));
            if (mustWrap) {
                writeParenthesised(operand, out, random);
            } else {
                writeAnywhere(operand, out, random);
            }
        }
    }

    private static void writeUnary(SelectorNode node, StringBuilder out, Random random) {
        while (random.nextInt(5) == 0) {
            out.append("!").append(space(random)).append("!").append(space(random));
        }
        if (node instanceof SelectorNode.Not not) {
            out.append("!").append(space(random));
            writePrimary(not.operand(), out, random);
        } else {
            writePrimary(node, out, random);
        }
    }

    private static void writePrimary(SelectorNode node, StringBuilder out, Random random) {
        if (node instanceof SelectorNode.And || node instanceof SelectorNode.Or || random.nextInt(6) == 0) {
            writeParenthesised(node, out, random);
        } else if (node instanceof SelectorNode.All) {
            out.append("all(").append(space(random)).append(')');
        } else if (node instanceof SelectorNode.Global) {
            out.append("global(").append(space(random)).append(')');
        } else if (node instanceof SelectorNode.Has has) {
            out.append("has(")
                    .append(space(random))
                    .append(has.label())
                    .append(space(random))
                    .append(')');
        } else if (node instanceof SelectorNode.Compare compare) {
            writeCompare(compare, out, random);
        } else if (node instanceof SelectorNode.InSet set) {
            writeSet(set, out, random);
        } else if (node instanceof SelectorNode.Not not) {
            // Only reached through writeParenthesised: (!x).
            writeUnary(not, out, random);
        } else {
            throw new AssertionError(node);
        }
    }

    private static void writeParenthesised(SelectorNode node, StringBuilder out, Random random) {
        out.append('(').append(space(random));
        writeAnywhere(node, out, random);
        out.append(space(random)).append(')');
    }

    private static void writeCompare(SelectorNode.Compare compare, StringBuilder out, Random random) {
        String op;
        switch (compare.op()) {
            case EQ:
                op = "==";
                break;
            case NE:
                op = "!=";
                break;
            case CONTAINS:
                op = "contains";
                break;
            case STARTS_WITH:
                op = pick(random, new String[] {"starts with", "startswith", "starts  \twith"});
                break;
            default:
                op = pick(random, new String[] {"ends with", "endswith", "ends\twith"});
                break;
        }
        // A word operator glued to the label would become part of the label.
        String before = Character.isLetter(op.charAt(0)) ? requiredSpace(random) : space(random);
        out.append(compare.label()).append(before).append(op).append(space(random));
        writeQuoted(compare.value(), out, random);
    }

    private static void writeSet(SelectorNode.InSet set, StringBuilder out, Random random) {
        String op = set.negated() ? pick(random, new String[] {"not in", "notin", "not \t in"}) : "in";
        out.append(set.label())
                .append(requiredSpace(random))
                .append(op)
                .append(space(random))
                .append('{');
        List<String> items = new ArrayList<>(set.values());
        if (!items.isEmpty() && random.nextBoolean()) {
            items.add(items.get(random.nextInt(items.size())));
        }
        Collections.shuffle(items, random);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(space(random)).append(',');
            }
            out.append(space(random));
            writeQuoted(items.get(i), out, random);
        }
        if (!items.isEmpty() && random.nextInt(4) == 0) {
            out.append(',');
        }
        out.append(space(random)).append('}');
    }

    private static void writeQuoted(String value, StringBuilder out, Random random) {
        char quote;
        if (value.indexOf('"') >= 0) {
            quote = '\'';
        } else if (value.indexOf('\'') >= 0) {
            quote = '"';
        } else {
            quote = random.nextBoolean() ? '"' : '\'';
        }
        out.append(quote).append(value).append(quote);
    }

    private static String space(Random random) {
        switch (random.nextInt(5)) {
            case 0:
            case 1:
                return "";
            case 2:
            case 3:
                return " ";
            default:
                return pick(random, new String[] {"  ", "\t", " \t "});
        }
    }

    private static String requiredSpace(Random random) {
        return random.nextInt(4) == 0 ? "\t" : " ";
    }

    private static Map<String, String> randomLabels(Random random) {
        Map<String, String> labels = new HashMap<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            String value = pick(random, VALUES);
            if (random.nextBoolean() && !value.isEmpty()) {
                value = "pre" + value + "post";
            }
            labels.put(pick(random, LABELS), value);
        }
        return labels;
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
