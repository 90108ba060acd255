package dev.polcat.calico.selector;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every class of selector Calico rejects, with the exact position and wording we report. */
class SelectorParseErrorTest {

    static final String EXPRESSION = "a label, has(label), all(), global(), '!' or '('";
    static final String OPERATOR = "an operator such as ==, !=, in, not in, contains, starts with or ends with";
    static final String QUOTED = "a quoted string";
    static final String AFTER_TOP = "'&&', '||' or the end of the selector";
    static final String AFTER_NESTED = "'&&', '||' or ')'";
    static final String SET_START = "'{' to start a set of quoted strings";
    static final String END = "the end of the selector";

    // Columns: selector ~> position ~> expected ~> found. Backticks quote a column; the
    // short names EXPRESSION, OPERATOR, ... stand for the constants above.
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " ~> ", quoteCharacter = '`', textBlock = """
            # right operand not a quoted string
            b == b                    ~> 5  ~> QUOTED ~> 'b'
            b != b                    ~> 5  ~> QUOTED ~> 'b'
            b contains b              ~> 11 ~> QUOTED ~> 'b'
            b starts with b           ~> 14 ~> QUOTED ~> 'b'
            b ends with b             ~> 12 ~> QUOTED ~> 'b'
            b startswith b            ~> 13 ~> QUOTED ~> 'b'
            a == 1                    ~> 5  ~> QUOTED ~> '1'
            a ==                      ~> 4  ~> QUOTED ~> END
            a == b"c"                 ~> 5  ~> QUOTED ~> 'b'
            a in {"x"} && b ==        ~> 18 ~> QUOTED ~> END
            # literal on the left
            'b1' == b                 ~> 0  ~> EXPRESSION ~> the string 'b1'
            "b1" == "b1"              ~> 0  ~> EXPRESSION ~> the string "b1"
            # bare label
            b                         ~> 1  ~> OPERATOR ~> END
            `a `                      ~> 2  ~> OPERATOR ~> END
            a == "b" && c             ~> 13 ~> OPERATOR ~> END
            # two labels
            a b                       ~> 2  ~> OPERATOR ~> 'b'
            a b == "c"                ~> 2  ~> OPERATOR ~> 'b'
            not a == "b"              ~> 4  ~> OPERATOR ~> 'a'
            # single =, & or |
            a = "b"                   ~> 2  ~> '==' ~> '='
            a="b"                     ~> 1  ~> '==' ~> '='
            a == "b" & c == "d"       ~> 9  ~> '&&' ~> '&'
            a == "b" | c == "d"       ~> 9  ~> '||' ~> '|'
            foo == "bar" &            ~> 13 ~> '&&' ~> '&'
            foo == "bar" |            ~> 13 ~> '||' ~> '|'
            (a == "b" & c == "d")     ~> 10 ~> '&&' ~> '&'
            # ===, &&&
            a === "b"                 ~> 4  ~> QUOTED ~> '='
            a !== "b"                 ~> 4  ~> QUOTED ~> '='
            a == "b" &&& c == "d"     ~> 11 ~> EXPRESSION ~> '&'
            a == "b" ||| c == "d"     ~> 11 ~> EXPRESSION ~> '|'
            # dangling ! or &&
            !                         ~> 1  ~> EXPRESSION ~> END
            !!                        ~> 2  ~> EXPRESSION ~> END
            a == "b" && !             ~> 13 ~> EXPRESSION ~> END
            has(foo) &&               ~> 11 ~> EXPRESSION ~> END
            a == "b" ||               ~> 11 ~> EXPRESSION ~> END
            && a == "b"               ~> 0  ~> EXPRESSION ~> '&&'
            ! && a == "b"             ~> 2  ~> EXPRESSION ~> '&&'
            a == "x" && || b == "y"   ~> 12 ~> EXPRESSION ~> '||'
            # ()
            ()                        ~> 1  ~> EXPRESSION ~> ')'
            !()                       ~> 2  ~> EXPRESSION ~> ')'
            a == "b" && ()            ~> 13 ~> EXPRESSION ~> ')'
            # unbalanced parentheses
            (                         ~> 1  ~> EXPRESSION ~> END
            (a == "foo"               ~> 11 ~> AFTER_NESTED ~> END
            )                         ~> 0  ~> EXPRESSION ~> ')'
            a == "b")                 ~> 8  ~> AFTER_TOP ~> ')'
            ((a == "b")               ~> 11 ~> AFTER_NESTED ~> END
            (a == "b"))               ~> 10 ~> AFTER_TOP ~> ')'
            # unterminated string
            "FOO                      ~> 0  ~> a closing " for this string ~> END
            'FOO                      ~> 0  ~> a closing ' for this string ~> END
            a == "b                   ~> 5  ~> a closing " for this string ~> END
            a in {"x", "y}            ~> 11 ~> a closing " for this string ~> END
            # mismatched quotes
            "FOO'                     ~> 0  ~> a closing " for this string ~> END
            a == 'b"                  ~> 5  ~> a closing ' for this string ~> END
            # in / not in without braces
            foo in ""                 ~> 7  ~> SET_START ~> the string ""
            a not in "x"              ~> 9  ~> SET_START ~> the string "x"
            a notin "x"               ~> 8  ~> SET_START ~> the string "x"
            a notin"bar"              ~> 7  ~> SET_START ~> the string "bar"
            `a in `                   ~> 5  ~> SET_START ~> END
            a in has(b)               ~> 5  ~> SET_START ~> 'has('
            # [ ] instead of braces
            a in ["x"]                ~> 5  ~> SET_START ~> '['
            a not in ["x", "y"]       ~> 9  ~> SET_START ~> '['
            # missing commas and other broken sets
            a in {"x" "y"}            ~> 10 ~> ',' or '}' ~> the string "y"
            a in {"x", "y" "z"}       ~> 15 ~> ',' or '}' ~> the string "z"
            a in {"x"                 ~> 9  ~> ',' or '}' ~> END
            a in {"x"]                ~> 9  ~> ',' or '}' ~> ']'
            a in {,}                  ~> 6  ~> a quoted string or '}' ~> ','
            a in {"x",,}              ~> 10 ~> a quoted string or '}' ~> ','
            foo in {"", ||            ~> 12 ~> a quoted string or '}' ~> '||'
            a in {x}                  ~> 6  ~> a quoted string or '}' ~> 'x'
            # non-ASCII in a label
            é == "x"                  ~> 0  ~> EXPRESSION ~> 'é' (U+00E9, not ASCII)
            aé == "x"                 ~> 1  ~> OPERATOR ~> 'é' (U+00E9, not ASCII)
            a == "x" && ü == "y"      ~> 12 ~> EXPRESSION ~> 'ü' (U+00FC, not ASCII)
            has(é)                    ~> 4  ~> a label name ~> 'é' (U+00E9, not ASCII)
            # ':' in a label
            a:b == "c"                ~> 1  ~> OPERATOR ~> ':'
            calico:role == "c"        ~> 6  ~> OPERATOR ~> ':'
            has(a:b)                  ~> 5  ~> ')' to close has( ~> ':'
            # two expressions with no operator between them
            a == "b" c == "d"         ~> 9  ~> AFTER_TOP ~> 'c'
            (a == "b" c == "d")       ~> 10 ~> AFTER_NESTED ~> 'c'
            has(a) has(b)             ~> 7  ~> AFTER_TOP ~> 'has('
            all() all()               ~> 6  ~> AFTER_TOP ~> 'all('
            a in {"x"} b in {"y"}     ~> 11 ~> AFTER_TOP ~> 'b'
            a == "b" and c == "d"     ~> 9  ~> AFTER_TOP ~> 'and'
            a == "b" or c == "d"      ~> 9  ~> AFTER_TOP ~> 'or'
            # has(, all(, global( need the parenthesis attached
            has (a)                   ~> 3  ~> 'has(' with no space before '(' ~> a space
            all ()                    ~> 3  ~> 'all(' with no space before '(' ~> a space
            global ( )                ~> 6  ~> 'global(' with no space before '(' ~> a space
            # broken has(), all(), global()
            has()                     ~> 4  ~> a label name ~> ')'
            has(a                     ~> 5  ~> ')' to close has( ~> END
            has(a b)                  ~> 6  ~> ')' to close has( ~> 'b'
            has("a")                  ~> 4  ~> a label name ~> the string "a"
            has(a in)                 ~> 6  ~> ')' to close has( ~> 'in'
            all(x)                    ~> 4  ~> ')' to close all( ~> 'x'
            global(                   ~> 7  ~> ')' to close global( ~> END
            # operator keywords end at a word boundary and are case-sensitive
            label ends withs "v"      ~> 11 ~> 'with' to complete 'ends with' ~> 'withs'
            label inf "v"             ~> 6  ~> OPERATOR ~> 'inf'
            label startswithx "v"     ~> 6  ~> OPERATOR ~> 'startswithx'
            a containsx "v"           ~> 2  ~> OPERATOR ~> 'containsx'
            a notinx {"x"}            ~> 2  ~> OPERATOR ~> 'notinx'
            a starts "x"              ~> 9  ~> 'with' to complete 'starts with' ~> the string "x"
            a not "x"                 ~> 6  ~> 'in' to complete 'not in' ~> the string "x"
            a not                     ~> 5  ~> 'in' to complete 'not in' ~> END
            A IN {"x"}                ~> 2  ~> OPERATOR ~> 'IN'
            a CONTAINS "x"            ~> 2  ~> OPERATOR ~> 'CONTAINS'
            # stray characters and tokens
            %                         ~> 0  ~> EXPRESSION ~> '%'
            a == "b" && %             ~> 12 ~> EXPRESSION ~> '%'
            a == "b" || %             ~> 12 ~> EXPRESSION ~> '%'
            a ! = "b"                 ~> 2  ~> OPERATOR ~> '!'
            a ~= "b"                  ~> 2  ~> OPERATOR ~> '~'
            != "a"                    ~> 0  ~> EXPRESSION ~> '!='
            {"a"}                     ~> 0  ~> EXPRESSION ~> '{'
            a in {"x"} == "y"         ~> 11 ~> AFTER_TOP ~> '=='
            has(a) == "b"             ~> 7  ~> AFTER_TOP ~> '=='
            a in {"x"}}               ~> 10 ~> AFTER_TOP ~> '}'
            a == "b",                 ~> 8  ~> AFTER_TOP ~> ','
            """)
    void rejects(String selector, int position, String expected, String found) {
        assertRejected(selector, position, expand(expected), expand(found));
    }

    static Stream<Arguments> rejectsGenerated() {
        String label513 = "x".repeat(513);
        String deep = "(".repeat(Parser.MAX_NESTING + 1) + "a == \"b\"" + ")".repeat(Parser.MAX_NESTING + 1);
        return Stream.of(
                Arguments.of("role == \"web\"\n", 13, AFTER_TOP, "a newline"),
                Arguments.of("role ==\n\"web\"", 7, QUOTED, "a newline"),
                Arguments.of("\nrole == \"web\"", 0, EXPRESSION, "a newline"),
                Arguments.of("role == \"web\"\r\n", 13, AFTER_TOP, "a carriage return"),
                Arguments.of("a == \"x\" &&\nb == \"y\"", 11, EXPRESSION, "a newline"),
                Arguments.of("a in {\"x\",\n\"y\"}", 10, "a quoted string or '}'", "a newline"),
                Arguments.of("has\t(a)", 3, "'has(' with no space before '('", "a tab"),
                Arguments.of(
                        label513 + " == \"v\"", 0, "a label of at most 512 characters", "a label of 513 characters"),
                Arguments.of(
                        "has(" + "y".repeat(600) + ")",
                        4,
                        "a label of at most 512 characters",
                        "a label of 600 characters"),
                Arguments.of(
                        "a == \"b\" && " + label513 + " == \"v\"",
                        12,
                        "a label of at most 512 characters",
                        "a label of 513 characters"),
                Arguments.of(deep, Parser.MAX_NESTING, "at most 1000 nested parentheses", "more"),
                Arguments.of("a\u0007 == \"b\"", 1, OPERATOR, "the control character U+0007"),
                Arguments.of("\uD83D\uDE00 == \"x\"", 0, EXPRESSION, "'\uD83D\uDE00' (U+1F600, not ASCII)"),
                Arguments.of("a == \"b\" && " + "c".repeat(60), 72, OPERATOR, END),
                Arguments.of("a == \"b\" " + "c".repeat(60), 9, AFTER_TOP, "'" + "c".repeat(37) + "...'"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource
    void rejectsGenerated(String selector, int position, String expected, String found) {
        assertRejected(selector, position, expected, found);
    }

    // Columns: selector ~> hint that follows the found text in the message
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " ~> ", quoteCharacter = '`', textBlock = """
            'b1' == b          ~> the label goes on the left, unquoted, as in role == "web"
            b == b             ~> values must be quoted, as in role == "web"
            foo in ""          ~> sets are written in braces, as in role in {"web", "db"}
            a in ["x"]         ~> sets are written in braces, as in role in {"web", "db"}
            a in {"x" "y"}     ~> set items are separated by commas
            a:b == "c"         ~> label names may only contain A-Z, a-z, 0-9, '_', '.', '/' and '-'
            é == "x"           ~> label names may only contain A-Z, a-z, 0-9, '_', '.', '/' and '-'
            "FOO'              ~> the string opens with " but Calico strings must close with the same quote
            (a == "foo"        ~> the '(' at position 0 is not closed
            a == "b")          ~> this ')' has no matching '('
            a : "b"            ~> ``
            """)
    void hints(String selector, String hint) {
        SelectorParseException e = assertThrows(
                SelectorParseException.class, () -> Selector.parse(selector), () -> "selector " + selector);
        assertEquals(hint, e.hint(), () -> "hint for selector " + selector);
        String expectedTail = hint.isEmpty() ? e.found() : e.found() + " (" + hint + ")";
        assertEquals(
                "expected " + e.expected() + " at position " + e.position() + ", found " + expectedTail,
                e.getMessage(),
                () -> "message for selector " + selector);
    }

    @Test
    void newlineHintTellsToKeepTheSelectorOnOneLine() {
        SelectorParseException e =
                assertThrows(SelectorParseException.class, () -> Selector.parse("role == \"web\"\n"));
        assertEquals(
                "expected '&&', '||' or the end of the selector at position 13, found a newline"
                        + " (a selector must be on one line: only spaces and tabs may separate its parts)",
                e.getMessage());
    }

    @Test
    void messageNamesPositionExpectedAndFound() {
        SelectorParseException e = assertThrows(SelectorParseException.class, () -> Selector.parse("b == b"));
        assertEquals(
                "expected a quoted string at position 5, found 'b' (values must be quoted, as in role == \"web\")",
                e.getMessage());
        assertEquals("b == b", e.selector());
    }

    // Columns: selector ~> the line under it in caret(); '.' stands for a space, '>' for a tab.
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " ~> ", quoteCharacter = '`', textBlock = """
            b == b             ~> .....^
            'b1' == b          ~> ^
            b                  ~> .^
            """)
    void caretPointsAtThePosition(String selector, String pointer) {
        SelectorParseException e = assertThrows(SelectorParseException.class, () -> Selector.parse(selector));
        assertEquals(
                selector + "\n" + pointer.replace('.', ' ').replace('>', '\t'),
                e.caret(),
                () -> "caret for selector " + selector);
    }

    @Test
    void caretKeepsTabsSoItLinesUp() {
        SelectorParseException e = assertThrows(SelectorParseException.class, () -> Selector.parse("a\t==\tb"));
        assertEquals(5, e.position());
        assertEquals("a\t==\tb\n \t  \t^", e.caret());
    }

    @Test
    void caretShowsNewlineAsOneColumnSymbol() {
        SelectorParseException e = assertThrows(SelectorParseException.class, () -> Selector.parse("a == \"b\"\n"));
        assertEquals("a == \"b\"\u240A\n        ^", e.caret());
    }

    @Test
    void caretCountsASurrogatePairAsOneColumn() {
        SelectorParseException e =
                assertThrows(SelectorParseException.class, () -> Selector.parse("a == \"\uD83D\uDE00\" b"));
        assertEquals(10, e.position());
        assertEquals("a == \"\uD83D\uDE00\" b\n         ^", e.caret());
    }

    @Test
    void acceptsTheLongestLabelAndTheDeepestNesting() {
        String label512 = "x".repeat(Selector.MAX_LABEL_LENGTH);
        assertDoesNotThrow(() -> Selector.parse(label512 + " == \"v\""));
        assertDoesNotThrow(() -> Selector.parse("has(" + label512 + ")"));
        String deepest = "(".repeat(Parser.MAX_NESTING) + "a == \"b\"" + ")".repeat(Parser.MAX_NESTING);
        assertDoesNotThrow(() -> Selector.parse(deepest));
    }

    private static void assertRejected(String selector, int position, String expected, String found) {
        SelectorParseException e = assertThrows(
                SelectorParseException.class,
                () -> Selector.parse(selector),
                () -> "selector should be rejected: " + selector);
        String where = "selector " + selector + " -> " + e.getMessage();
        assertEquals(position, e.position(), () -> "position; " + where);
        assertEquals(expected, e.expected(), () -> "expected; " + where);
        assertEquals(found, e.found(), () -> "found; " + where);
        assertEquals(selector, e.selector(), () -> "selector; " + where);
    }

    private static String expand(String column) {
        switch (column) {
            case "EXPRESSION":
                return EXPRESSION;
            case "OPERATOR":
                return OPERATOR;
            case "QUOTED":
                return QUOTED;
            case "AFTER_TOP":
                return AFTER_TOP;
            case "AFTER_NESTED":
                return AFTER_NESTED;
            case "SET_START":
                return SET_START;
            case "END":
                return END;
            default:
                return column;
        }
    }
}
