package dev.polcat.calico.selector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The accessors other packages rely on, and the invariants of the tree records. */
class SelectorApiTest {

    // Columns: selector ~> label keys, comma-separated and sorted ~> uses global()?
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " ~> ", quoteCharacter = '`', textBlock = """
            ``                                          ~> ``              ~> false
            all()                                       ~> ``              ~> false
            global()                                    ~> ``              ~> true
            !global() || has(a)                         ~> a               ~> true
            role == "db" && (has(tier) || app in {})    ~> app,role,tier   ~> false
            b contains "x" || a not in {"y"} || !c != "" ~> a,b,c          ~> false
            name == "global()"                          ~> name            ~> false
            """)
    void labelKeysAndGlobal(String selector, String keys, boolean global) throws SelectorParseException {
        String text = selector == null ? "" : selector;
        Selector parsed = Selector.parse(text);
        Set<String> expected = keys.isEmpty() ? Set.of() : new TreeSet<>(List.of(keys.split(",")));
        assertEquals(expected, parsed.labelKeys(), () -> "label keys of selector " + text);
        assertEquals(List.copyOf(expected), List.copyOf(parsed.labelKeys()), () -> "sorted keys of " + text);
        assertEquals(global, parsed.usesGlobal(), () -> "usesGlobal of selector " + text);
        assertEquals(text, parsed.text());
        assertEquals(text, parsed.toString());
    }

    @Test
    void equalityFollowsTheTreeNotTheText() throws SelectorParseException {
        Selector spaced = Selector.parse("a == 'b'  &&  has(c)");
        Selector tight = Selector.parse("a==\"b\"&&has(c)");
        assertEquals(spaced, tight);
        assertEquals(spaced.hashCode(), tight.hashCode());
        assertNotEquals(spaced.text(), tight.text());
        assertNotEquals(spaced, Selector.parse("has(c) && a == 'b'"));
    }

    @Test
    void ofBuildsASelectorFromATree() {
        SelectorNode tree = new SelectorNode.And(List.of(
                new SelectorNode.Compare("projectcalico.org/namespace", SelectorNode.Compare.Op.EQ, "prod"),
                SelectorNode.InSet.of("role", false, List.of("web", "db", "web"))));
        Selector selector = Selector.of(tree);
        assertEquals("(projectcalico.org/namespace == \"prod\" && role in {\"db\", \"web\"})", selector.text());
        assertEquals(selector.text(), selector.canonical());
        assertTrue(selector.matches(Map.of("projectcalico.org/namespace", "prod", "role", "db")));
    }

    @Test
    void collectionsAreUnmodifiable() throws SelectorParseException {
        Selector selector = Selector.parse("a in {\"x\"} && b == \"y\"");
        assertThrows(
                UnsupportedOperationException.class, () -> selector.labelKeys().add("z"));
        SelectorNode.And and = (SelectorNode.And) selector.ast();
        assertThrows(UnsupportedOperationException.class, () -> and.operands().add(new SelectorNode.All()));
        SelectorNode.InSet set = (SelectorNode.InSet) and.operands().get(0);
        assertThrows(UnsupportedOperationException.class, () -> set.values().add("z"));
    }

    @Test
    void inSetSortsAndDeduplicatesWhateverItIsGiven() {
        SelectorNode.InSet set = SelectorNode.InSet.of("a", true, List.of("b", "a", "b"));
        assertEquals(List.of("a", "b"), List.copyOf(set.values()));
        assertEquals(set, new SelectorNode.InSet("a", true, new TreeSet<>(List.of("a", "b"))));
    }

    @Test
    void recordsRejectTreesThatCannotBePrinted() {
        assertThrows(IllegalArgumentException.class, () -> new SelectorNode.Has("a:b"));
        assertThrows(IllegalArgumentException.class, () -> new SelectorNode.Has(""));
        assertThrows(IllegalArgumentException.class, () -> new SelectorNode.Has("x".repeat(513)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SelectorNode.Compare("a", SelectorNode.Compare.Op.EQ, "both ' and \""));
        assertThrows(IllegalArgumentException.class, () -> new SelectorNode.And(List.of(new SelectorNode.All())));
        assertThrows(IllegalArgumentException.class, () -> new SelectorNode.Or(List.of()));
        assertThrows(NullPointerException.class, () -> new SelectorNode.Not(null));
    }

    @Test
    void blankSelectorIsAll() throws SelectorParseException {
        assertEquals(new SelectorNode.All(), Selector.parse(" \t ").ast());
        assertFalse(Selector.parse("").usesGlobal());
    }
}
