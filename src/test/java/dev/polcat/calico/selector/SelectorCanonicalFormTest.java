package dev.polcat.calico.selector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Calico's canonical form (its {@code Selector.String()}), and that it round-trips. */
class SelectorCanonicalFormTest {

    // Columns: selector ~> canonical form. Backticks quote a column.
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " ~> ", quoteCharacter = '`', textBlock = """
            # empty and blank mean all()
            ``                                        ~> all()
            ` `                                       ~> all()
            ` all() `                                 ~> all()
            ` (all() )`                               ~> all()
            all(   )                                  ~> all()
            global()                                  ~> global()
            ` global( ) `                             ~> global()
            # Calico's own canonicalisation examples
            ! (has( b)||! has(a ))                    ~> !(has(b) || !has(a))
            ! (a == "b"&&! c != "d")                  ~> !(a == "b" && !c != "d")
            # quote choice: double unless the value contains a double quote
            a == "'"                                  ~> a == "'"
            a == '"'                                  ~> a == '"'
            a == 'v'                                  ~> a == "v"
            a == ""                                   ~> a == ""
            a == ''                                   ~> a == ""
            a contains '"'                            ~> a contains '"'
            a contains "'"                            ~> a contains "'"
            a!='"'                                    ~> a != '"'
            a == "x y  z"                             ~> a == "x y  z"
            a == "&& || () {}"                        ~> a == "&& || () {}"
            a == "global()"                           ~> a == "global()"
            a == "é"                                  ~> a == "é"
            # operator spelling and spacing
            a startswith '"'                          ~> a starts with '"'
            a endswith "'"                            ~> a ends with "'"
            a starts   with "x"                       ~> a starts with "x"
            a ends with"x"                            ~> a ends with "x"
            a=="b"                                    ~> a == "b"
            a   ==   "b"                              ~> a == "b"
            a contains"value"                         ~> a contains "value"
            a!="b"&&c=="d"                            ~> (a != "b" && c == "d")
            has(calico/k8s_NS-.1/role)                ~> has(calico/k8s_NS-.1/role)
            has(   a   )                              ~> has(a)
            # sets: sorted, de-duplicated, not in spelled out
            a in {"d"}                                ~> a in {"d"}
            a in {"d", "a", "b"}                      ~> a in {"a", "b", "d"}
            a in {"z", "x", "y", "a"}                 ~> a in {"a", "x", "y", "z"}
            a in {"z", "z", "x", "y", "x", "a"}       ~> a in {"a", "x", "y", "z"}
            a in {'"', "'", "c"}                      ~> a in {'"', "'", "c"}
            a in {"B", "a", "_", "-"}                 ~> a in {"-", "B", "_", "a"}
            a in {"x", ""}                            ~> a in {"", "x"}
            a in {}                                   ~> a in {}
            a not in {}                               ~> a not in {}
            a in {"x",}                               ~> a in {"x"}
            a in{"x"}                                 ~> a in {"x"}
            a notin{"y","x"}                          ~> a not in {"x", "y"}
            a not   in {'x'}                          ~> a not in {"x"}
            a in {  "x"  ,  "y"  ,  }                 ~> a in {"x", "y"}
            # every && / || group in parentheses; nesting kept as written
            a == "b" && c == "d"                      ~> (a == "b" && c == "d")
            a == "b" || c == "d" || e == "f"          ~> (a == "b" || c == "d" || e == "f")
            a == "1" || b == "2" && c == "3"          ~> (a == "1" || (b == "2" && c == "3"))
            (a == "1" || b == "2") && c == "3"        ~> ((a == "1" || b == "2") && c == "3")
            (a == "1" && b == "2") && c == "3"        ~> ((a == "1" && b == "2") && c == "3")
            ((((a == "1"))))                          ~> a == "1"
            # negation: glued to one primary, runs collapsed by parity
            !(k == 'v')                               ~> !k == "v"
            !!(k == 'v')                              ~> k == "v"
            !!!k == 'v'                               ~> !k == "v"
            ! ! ! has(a)                              ~> !has(a)
            !! ! has(a)                               ~> !has(a)
            !(a == "1" && b == "2")                   ~> !(a == "1" && b == "2")
            !all()                                    ~> !all()
            !a in {"a"}                               ~> !a in {"a"}
            # keywords are only special right after a label
            contains contains "contains"              ~> contains contains "contains"
            in in {"in"}                              ~> in in {"in"}
            not in {"not"}                            ~> not in {"not"}
            not not in {"x"}                          ~> not not in {"x"}
            starts starts with "ends"                 ~> starts starts with "ends"
            all == "all"                              ~> all == "all"
            has(has)                                  ~> has(has)
            has(in)                                   ~> has(in)
            global == "x" || global()                 ~> (global == "x" || global())
            # the docs' and Calico's bigger examples
            ! has(my-label) || my-label starts with 'prod' && role in {'frontend','business'} ~> (!has(my-label) || (my-label starts with "prod" && role in {"business", "frontend"}))
            !(!(k == 'v' && has(t) || all()) && (a in {'b', 'c'})) ~> !(!((k == "v" && has(t)) || all()) && a in {"b", "c"})
            """)
    void canonicalForm(String selector, String canonical) throws SelectorParseException {
        String text = selector == null ? "" : selector;
        assertCanonical(text, canonical);
    }

    static Stream<Arguments> canonicalFormOfTabbedSelectors() {
        return Stream.of(
                Arguments.of("\t", "all()"),
                Arguments.of("\ta\t==\t\"b\"\t", "a == \"b\""),
                Arguments.of("a starts\twith \"x\"", "a starts with \"x\""),
                Arguments.of("a not\t \tin {\"x\"}", "a not in {\"x\"}"),
                Arguments.of("has(\ta\t)", "has(a)"),
                Arguments.of(
                        "a in {\"\uD83D\uDE00\", \"\uFF5E\", \"z\"}", "a in {\"z\", \"\uFF5E\", \"\uD83D\uDE00\"}"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource
    void canonicalFormOfTabbedSelectors(String selector, String canonical) throws SelectorParseException {
        assertCanonical(selector, canonical);
    }

    private static void assertCanonical(String text, String canonical) throws SelectorParseException {
        Selector selector = Selector.parse(text);
        assertEquals(canonical, selector.canonical(), () -> "canonical form of selector " + text);
        Selector reparsed = Selector.parse(canonical);
        assertEquals(selector.ast(), reparsed.ast(), () -> "canonical form re-parses to the same tree: " + text);
        assertEquals(canonical, reparsed.canonical(), () -> "canonical form is stable: " + text);
        assertEquals(canonical, Selector.of(selector.ast()).canonical(), () -> "Selector.of: " + text);
    }
}
