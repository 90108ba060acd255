package dev.polcat.load;

import dev.polcat.diag.SourcePos;

/** An input file that must not or cannot be read. */
public final class InputError extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient SourcePos pos;
    private final String hint;

    public InputError(SourcePos pos, String message, String hint) {
        super(message);
        this.pos = pos;
        this.hint = hint;
    }

    public SourcePos pos() {
        return pos;
    }

    public String hint() {
        return hint;
    }
}
