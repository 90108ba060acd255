package dev.polcat.diag;

public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    /** Information that needs no action, such as a skipped object; never fails a run, even with --strict. */
    NOTE("note");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
