package dev.polcat.cli;

/**
 * The folder given with {@code -C} (or the current one) is not a catalog. An expected failure, not a
 * bug: reported in one line with a hint, exit 2.
 */
final class NotACatalog extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String hint;

    NotACatalog(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    String hint() {
        return hint;
    }
}
