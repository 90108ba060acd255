package dev.polcat.validate;

import dev.polcat.calico.FieldError;
import dev.polcat.diag.ControlChars;
import java.util.ArrayList;
import java.util.List;

/** Collects the field errors of one validation run, in the order the rules find them. */
final class Problems {
    private final List<FieldError> errors = new ArrayList<>();

    void add(String path, String message, String hint) {
        errors.add(new FieldError(path, message, hint));
    }

    void add(String path, String message) {
        add(path, message, "");
    }

    List<FieldError> list() {
        return List.copyOf(errors);
    }

    /** {@code base[index]}, the path of one list item. */
    static String item(String base, int index) {
        return base + "[" + index + "]";
    }

    /** Quotes a value for a message, showing control characters so the message stays on one line. */
    static String quote(String value) {
        return "'" + ControlChars.escape(value) + "'";
    }
}
