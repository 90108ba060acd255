package dev.polcat.calico.selector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluation against endpoint labels, including every operator on a missing label. */
class SelectorMatchTest {

    // Columns: selector ~> labels ("{}" for none, else "key=value; key=value") ~> selected?
    @ParameterizedTest(name = "[{index}] {0} on {1}")
    @CsvSource(delimiterString = " ~> ", quoteCharacter = '`', textBlock = """
            # ==: missing label is false
            a == "b"                       ~> a=b                 ~> true
            a == "b"                       ~> a=b; c=d            ~> true
            a == "b"                       ~> a=c                 ~> false
            a == "b"                       ~> c=b                 ~> false
            a == "b"                       ~> {}                  ~> false
            a == ""                        ~> a=                  ~> true
            a == ""                        ~> {}                  ~> false
            a == "B"                       ~> a=b                 ~> false
            A == "b"                       ~> a=b                 ~> false
            # !=: missing label is true
            a != "b"                       ~> a=c                 ~> true
            a != "b"                       ~> a=b                 ~> false
            a != "b"                       ~> {}                  ~> true
            a != ""                        ~> a=                  ~> false
            # in: missing label false, empty set never matches
            a in {"x", "y"}                ~> a=x                 ~> true
            a in {"x", "y"}                ~> a=y                 ~> true
            a in {"x", "y"}                ~> a=z                 ~> false
            a in {"x", "y"}                ~> {}                  ~> false
            a in {}                        ~> a=x                 ~> false
            a in {}                        ~> {}                  ~> false
            a in {""}                      ~> a=                  ~> true
            # not in: missing label true, empty set always matches
            a not in {"x", "y"}            ~> a=x                 ~> false
            a not in {"x", "y"}            ~> a=z                 ~> true
            a not in {"x", "y"}            ~> {}                  ~> true
            a not in {}                    ~> a=x                 ~> true
            a not in {}                    ~> {}                  ~> true
            # contains / starts with / ends with: missing label false
            a contains "b"                 ~> a=abc               ~> true
            a contains "b"                 ~> a=xyz               ~> false
            a contains "b"                 ~> {}                  ~> false
            a contains ""                  ~> a=                  ~> true
            a contains ""                  ~> {}                  ~> false
            a starts with "prod"           ~> a=prod-1            ~> true
            a starts with "prod"           ~> a=1-prod            ~> false
            a starts with "prod"           ~> {}                  ~> false
            a starts with ""               ~> a=x                 ~> true
            a ends with "prod"             ~> a=1-prod            ~> true
            a ends with "prod"             ~> a=prod-1            ~> false
            a ends with "prod"             ~> {}                  ~> false
            a ends with ""                 ~> a=                  ~> true
            # has: true even for an empty value
            has(a)                         ~> a=                  ~> true
            has(a)                         ~> a=x                 ~> true
            has(a)                         ~> b=x                 ~> false
            has(a)                         ~> {}                  ~> false
            !has(a)                        ~> {}                  ~> true
            !has(a)                        ~> a=                  ~> false
            # all() and global() are true; !all() matches nothing
            all()                          ~> {}                  ~> true
            all()                          ~> a=b                 ~> true
            ``                             ~> a=b                 ~> true
            !all()                         ~> {}                  ~> false
            !all()                         ~> a=b                 ~> false
            global()                       ~> {}                  ~> true
            global() && a == "b"           ~> a=b                 ~> true
            global() && a == "b"           ~> {}                  ~> false
            # negation of each operator on a missing label
            !a == "x"                      ~> {}                  ~> true
            !a == "x"                      ~> a=x                 ~> false
            !a == "x"                      ~> a=y                 ~> true
            !a != "x"                      ~> {}                  ~> false
            !a in {"a"}                    ~> {}                  ~> true
            !a in {"a"}                    ~> a=b                 ~> true
            !a in {"a"}                    ~> a=a                 ~> false
            !a not in {"a"}                ~> {}                  ~> false
            !a contains "x"                ~> {}                  ~> true
            !a starts with "x"             ~> {}                  ~> true
            !a ends with "x"               ~> {}                  ~> true
            !!has(a)                       ~> a=x                 ~> true
            !!has(a)                       ~> {}                  ~> false
            !!!has(a)                      ~> {}                  ~> true
            # precedence: ! over && over ||
            a == "1" || b == "2" && c == "3" ~> a=1               ~> true
            a == "1" || b == "2" && c == "3" ~> b=2               ~> false
            a == "1" || b == "2" && c == "3" ~> b=2; c=3          ~> true
            (a == "1" || b == "2") && c == "3" ~> a=1             ~> false
            (a == "1" || b == "2") && c == "3" ~> a=1; c=3        ~> true
            a == "1" && b == "2" || c == "3" ~> c=3               ~> true
            a == "1" && (b == "2" || c == "3") ~> c=3             ~> false
            !a == "1" && b == "2"          ~> b=2                 ~> true
            !a == "1" && b == "2"          ~> a=1; b=2            ~> false
            !(a == "1" && b == "2")        ~> a=1                 ~> true
            !(a == "1" && b == "2")        ~> a=1; b=2            ~> false
            !has(a) || a == "x" && b == "y" ~> {}                 ~> true
            !has(a) || a == "x" && b == "y" ~> a=x                ~> false
            !has(a) || a == "x" && b == "y" ~> a=x; b=y           ~> true
            !(!has(a) || has(b))           ~> a=a                 ~> true
            ! a == 'a1' || ! b == 'b1'     ~> a=a1; b=b1          ~> false
            # keywords as label names, whitespace-free forms, label characters
            contains contains "contains"   ~> contains=xcontainsx ~> true
            contains contains "contains"   ~> contains=x          ~> false
            in in {"in"}                   ~> in=in               ~> true
            not not in {"not"}             ~> not=not             ~> false
            a=="b"                         ~> a=b                 ~> true
            a notin{"x"}                   ~> a=x                 ~> false
            a notin{"x"}                   ~> a=y                 ~> true
            a notin{"x"}                   ~> {}                  ~> true
            a in {"x",}                    ~> a=x                 ~> true
            calico/k8s_NS-.1/role == "db"  ~> calico/k8s_NS-.1/role=db ~> true
            ! has(my-label) || my-label starts with 'prod' && role in {'frontend','business'} ~> my-label=prod-eu; role=business ~> true
            ! has(my-label) || my-label starts with 'prod' && role in {'frontend','business'} ~> my-label=dev; role=business ~> false
            ! has(my-label) || my-label starts with 'prod' && role in {'frontend','business'} ~> role=db ~> true
            """)
    void matches(String selector, String labels, boolean selected) throws SelectorParseException {
        String text = selector == null ? "" : selector;
        Map<String, String> labelMap = labels(labels);
        Selector parsed = Selector.parse(text);
        String where = "selector " + text + " on labels " + labelMap;
        assertEquals(selected, parsed.matches(labelMap), where);
        assertEquals(selected, parsed.ast().matches(labelMap), "tree evaluation of " + where);
        assertEquals(selected, Selector.parse(parsed.canonical()).matches(labelMap), "canonical form of " + where);
    }

    @Test
    void largeSetsMatchLikeSmallOnes() throws SelectorParseException {
        List<String> quoted = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            quoted.add("\"v" + i + "\"");
        }
        String items = String.join(", ", quoted);
        for (String op : List.of("in", "not in")) {
            Selector selector = Selector.parse("a " + op + " {" + items + "}");
            boolean in = op.equals("in");
            assertEquals(in, selector.matches(Map.of("a", "v17")), selector.text());
            assertEquals(!in, selector.matches(Map.of("a", "v20")), selector.text());
            assertEquals(!in, selector.matches(Map.of()), selector.text());
        }
    }

    @Test
    void nullValueCountsAsMissing() throws SelectorParseException {
        Map<String, String> labels = new HashMap<>();
        labels.put("a", null);
        assertEquals(false, Selector.parse("has(a)").matches(labels));
        assertEquals(true, Selector.parse("a != \"x\"").matches(labels));
        assertEquals(true, Selector.parse("a not in {\"x\"}").matches(labels));
        assertEquals(false, Selector.parse("a in {\"x\"}").matches(labels));
    }

    private static Map<String, String> labels(String spec) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (spec.equals("{}")) {
            return labels;
        }
        for (String pair : spec.split(";")) {
            String trimmed = pair.trim();
            int eq = trimmed.indexOf('=');
            labels.put(trimmed.substring(0, eq), trimmed.substring(eq + 1));
        }
        return labels;
    }
}
