package dev.polcat.calico;

import dev.polcat.diag.Suggestions;
import dev.polcat.yaml.YEntry;
import dev.polcat.yaml.YList;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Reads the fields of one YAML map as Go's JSON decoding of a Calico struct would: unknown fields and
 * wrong types are errors (with did-you-mean), and every error carries its field path.
 */
final class FieldReader {
    private final YMap map;
    private final String path;
    private final List<FieldError> errors;

    FieldReader(YMap map, String path, List<FieldError> errors, Set<String> known) {
        this(map, path, errors, known, Unread.NONE);
    }

    /**
     * Fields that exist in Calico's type but that polcat does not read: an error still (polcat can neither
     * check nor explain them, and never drops a field silently), but one that does not call them typos.
     */
    record Unread(String kind, Set<String> fields, String hint) {
        static final Unread NONE = new Unread("", Set.of(), "");
    }

    FieldReader(YMap map, String path, List<FieldError> errors, Set<String> known, Unread unread) {
        this.map = map;
        this.path = path;
        this.errors = errors;
        for (YEntry e : map.entries()) {
            if (!known.contains(e.key()) && unread.fields().contains(e.key())) {
                errors.add(new FieldError(
                        child(e.key()) + "#key",
                        unread.kind() + " field '" + e.key()
                                + "' is one polcat does not read, so it can neither check nor explain it",
                        unread.hint()));
            } else if (!known.contains(e.key())) {
                errors.add(new FieldError(
                        child(e.key()) + "#key", "unknown field '" + e.key() + "'", Suggestions.hint(e.key(), known)));
            }
        }
    }

    /** A reader for the map at {@code key}, or null (with an error) when it is not a map. */
    static FieldReader of(YNode node, String path, List<FieldError> errors, Set<String> known) {
        if (node instanceof YMap m) return new FieldReader(m, path, errors, known);
        errors.add(new FieldError(path, "expected a map, got " + node.describe(), ""));
        return null;
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return map.get(key).filter(n -> !(n instanceof YScalar s && s.isNull())).isPresent();
    }

    YNode node(String key) {
        return map.get(key).orElse(null);
    }

    String string(String key) {
        YNode n = node(key);
        if (n == null || n instanceof YScalar s && s.isNull()) return "";
        if (n instanceof YScalar s && s.kind() == YScalar.Kind.STRING) return s.text();
        errors.add(new FieldError(child(key), "expected a string, got " + describe(n), quoteHint(n)));
        return "";
    }

    boolean bool(String key) {
        YNode n = node(key);
        if (n == null || n instanceof YScalar s && s.isNull()) return false;
        if (n instanceof YScalar s && s.kind() == YScalar.Kind.BOOL) {
            if (s.text().equals("true")) return true;
            if (s.text().equals("false")) return false;
        }
        errors.add(new FieldError(child(key), "expected true or false, got " + describe(n), ""));
        return false;
    }

    /** Any JSON number; null when absent or wrong. */
    BigDecimal number(String key) {
        YNode n = node(key);
        if (n == null || n instanceof YScalar s && s.isNull()) return null;
        if (n instanceof YScalar s && (s.kind() == YScalar.Kind.INT || s.kind() == YScalar.Kind.FLOAT)) {
            try {
                return new BigDecimal(s.text());
            } catch (NumberFormatException e) {
                // YAML 1.1 forms such as 0x1F or 1_000: Go's JSON decoding would read them otherwise
            }
        }
        errors.add(new FieldError(child(key), "expected a number, got " + describe(n), ""));
        return null;
    }

    Integer integer(String key) {
        BigDecimal d = number(key);
        if (d == null) return null;
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            errors.add(new FieldError(child(key), "expected a whole number, got " + d, ""));
            return null;
        }
    }

    List<String> strings(String key) {
        return list(key, (item, p) -> {
            if (item instanceof YScalar s && s.kind() == YScalar.Kind.STRING) return s.text();
            errors.add(new FieldError(p, "expected a string, got " + describe(item), quoteHint(item)));
            return null;
        });
    }

    <T> List<T> list(String key, BiFunction<YNode, String, T> item) {
        YNode n = node(key);
        if (n == null || n instanceof YScalar s && s.isNull()) return List.of();
        if (!(n instanceof YList l)) {
            errors.add(new FieldError(child(key), "expected a list, got " + describe(n), ""));
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < l.items().size(); i++) {
            T t = item.apply(l.items().get(i), child(key) + "[" + i + "]");
            if (t != null) out.add(t);
        }
        return out;
    }

    SortedMap<String, String> stringMap(String key) {
        SortedMap<String, String> out = new TreeMap<>();
        YNode n = node(key);
        if (n == null || n instanceof YScalar s && s.isNull()) return out;
        if (!(n instanceof YMap m)) {
            errors.add(new FieldError(child(key), "expected a map, got " + describe(n), ""));
            return out;
        }
        for (YEntry e : m.entries()) {
            if (e.value() instanceof YScalar s && s.kind() == YScalar.Kind.STRING) {
                out.put(e.key(), s.text());
            } else {
                errors.add(new FieldError(
                        child(key) + "." + e.key(),
                        "expected a string, got " + describe(e.value()),
                        quoteHint(e.value())));
            }
        }
        return out;
    }

    FieldReader nested(String key, Set<String> known) {
        YNode n = node(key);
        if (n == null || n instanceof YScalar s && s.isNull()) return null;
        return of(n, child(key), errors, known);
    }

    void error(String key, String message, String hint) {
        errors.add(new FieldError(child(key), message, hint));
    }

    static String describe(YNode n) {
        return n instanceof YScalar s ? s.describe() + " (" + s.text() + ")" : n.describe();
    }

    static String quoteHint(YNode n) {
        return n instanceof YScalar s && s.kind() != YScalar.Kind.STRING
                ? "quote it to make it a string: \"" + s.text() + "\""
                : "";
    }
}
