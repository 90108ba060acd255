package dev.polcat.cli;

/** polcat's exit codes; explicit values, documented in the README. */
public enum ExitCode {
    OK(0),
    FINDINGS(1),
    INPUT(2),
    INTERNAL(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
