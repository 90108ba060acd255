package dev.polcat.calico;

import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.SourcePos;

/**
 * A problem with one field of a resource, located by its field path the way Calico's validator names it
 * ({@code spec.egress[1].destination.ports[0]}). {@code hint} may be empty.
 */
public record FieldError(String path, String message, String hint) {
    public FieldError {
        hint = hint == null ? "" : hint;
    }

    /** The path without the "#key" marker that points errors at a map key rather than its value. */
    public String displayPath() {
        return path.endsWith("#key") ? path.substring(0, path.length() - 4) : path;
    }

    /** The error as a diagnostic at the line and column where the field was written. */
    public Diagnostic toDiagnostic(DiagnosticCode code, PositionIndex positions) {
        SourcePos pos = path.endsWith("#key") ? positions.keyAt(displayPath()) : positions.at(path);
        return Diagnostic.error(code, pos, message).atField(displayPath()).withHint(hint);
    }
}
