package dev.polcat.yaml;

import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.SourcePos;

/** Input that is not a plain, single YAML document. Carries what the user needs to fix it. */
public final class YamlSyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient SourcePos pos;
    private final DiagnosticCode code;
    private final String hint;

    public YamlSyntaxError(DiagnosticCode code, SourcePos pos, String message, String hint) {
        super(message);
        this.code = code;
        this.pos = pos;
        this.hint = hint;
    }

    public SourcePos pos() {
        return pos;
    }

    public DiagnosticCode code() {
        return code;
    }

    public String hint() {
        return hint;
    }
}
