package dev.polcat.validate;

import dev.polcat.calico.selector.ParsedSelector;
import dev.polcat.calico.selector.Selector;
import dev.polcat.calico.selector.SelectorParseException;
import java.util.regex.Pattern;

/** Selector syntax, the 1024-character limit and where {@code global()} may appear. */
final class SelectorRules {
    private static final String GLOBAL = "global(";
    /** global() alone, with optional spaces or tabs around it and inside the parentheses. */
    private static final Pattern WHOLE_GLOBAL = Pattern.compile("[ \t]*global\\([ \t]*\\)[ \t]*");

    private SelectorRules() {}

    /** An empty selector means all() and is always valid. */
    static void check(String selector, String path, Problems p) {
        check(ParsedSelector.of(selector), path, p);
    }

    /** The checks on a selector parsed when its resource was read. */
    static void check(ParsedSelector parsed, String path, Problems p) {
        String selector = parsed.text();
        if (selector.isEmpty()) return;
        if (selector.length() > Selector.MAX_LENGTH) {
            p.add(
                    path,
                    "selector is " + selector.length() + " characters long; at most " + Selector.MAX_LENGTH
                            + " are allowed",
                    "match on fewer values, or label the endpoints");
            return;
        }
        SelectorParseException e = parsed.error().orElse(null);
        if (e != null) {
            String hint = selector.indexOf('\n') >= 0
                    ? "a selector must be on one line: a YAML '|' block adds a newline; use a quoted string"
                    : "selectors look like: app == \"web\" && role in {\"a\", \"b\"} && has(tier)";
            p.add(
                    path,
                    "invalid selector " + Problems.quote(selector) + ": " + e.getMessage(),
                    e.caret() + "\n" + hint);
        }
    }

    /**
     * Policy selector, serviceAccountSelector and namespaceSelector, and a rule's selector/notSelector:
     * Calico rejects any text containing "global(" (a plain substring test, even inside a quoted value).
     */
    static void noGlobal(String selector, String path, Problems p) {
        if (selector.contains(GLOBAL)) {
            p.add(
                    path,
                    "global() is not allowed here; it is only valid as the whole namespaceSelector"
                            + " of a rule's source or destination",
                    "to match GlobalNetworkSets and HostEndpoints,"
                            + " put namespaceSelector: global() in the rule's source or destination");
        }
    }

    /** A rule's namespaceSelector may be exactly global(), but global() cannot be combined with anything. */
    static void globalOnlyWhole(String namespaceSelector, String path, Problems p) {
        if (namespaceSelector.contains(GLOBAL)
                && !WHOLE_GLOBAL.matcher(namespaceSelector).matches()) {
            p.add(
                    path,
                    "global() cannot be combined with other selectors in namespaceSelector, got "
                            + Problems.quote(namespaceSelector),
                    "use namespaceSelector: global() on its own and put" + " the label match in selector");
        }
    }
}
