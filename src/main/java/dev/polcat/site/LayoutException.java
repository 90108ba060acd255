package dev.polcat.site;

import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.SourcePos;

/**
 * A site layout failed to render (a bug in a bundled layout, or an error in a catalog's override), as
 * the diagnostic to report at the layout's own file:line:col. The build turns it into a failed result.
 */
public final class LayoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;

    LayoutException(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    LayoutException(String file, String message, String hint) {
        this(Diagnostic.error(DiagnosticCode.P100_UNREADABLE_INPUT, SourcePos.of(file), message)
                .withHint(hint));
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }

    public String layout() {
        return diagnostic.pos().file();
    }

    public Integer line() {
        return diagnostic.pos().line() > 0 ? diagnostic.pos().line() : null;
    }
}
