package dev.polcat.calico.selector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Precedence, highest first: match operations and groups, then !, then &&, then ||. */
class SelectorPrecedenceTest {

    // Columns: selector ~> the same selector with the grouping written out
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " ~> ", quoteCharacter = '`', textBlock = """
            !a == "x"                                 ~> !(a == "x")
            !a in {"a"}                               ~> !(a in {"a"})
            !a not in {"a"}                           ~> !(a not in {"a"})
            !a contains "x"                           ~> !(a contains "x")
            a == "1" || b == "2" && c == "3"          ~> a == "1" || (b == "2" && c == "3")
            a == "1" && b == "2" || c == "3"          ~> (a == "1" && b == "2") || c == "3"
            !has(a) && b == "1"                       ~> (!has(a)) && b == "1"
            !has(a) || has(b) && has(c) || has(d)     ~> (!has(a)) || (has(b) && has(c)) || has(d)
            !a == "x" && !b == "y"                    ~> (!(a == "x")) && (!(b == "y"))
            ! has(my-label) || my-label starts with 'prod' && role in {'a'} ~> (!has(my-label)) || ((my-label starts with 'prod') && (role in {'a'}))
            """)
    void groupsLikeTheExplicitForm(String selector, String explicit) throws SelectorParseException {
        assertEquals(
                Selector.parse(explicit).ast(),
                Selector.parse(selector).ast(),
                () -> "selector " + selector + " should group as " + explicit);
    }
}
