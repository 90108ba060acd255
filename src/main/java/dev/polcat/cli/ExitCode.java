package dev.polcat.cli;

/** polcat's exit codes; explicit values, documented in the README. */
public enum ExitCode {
    OK(0),
    FINDINGS(1),
    INPUT(2),
    /** {@code diff --fail-on internet-exposure}: a flow becomes reachable from the internet, not declared public. */
    INTERNET_EXPOSURE(3),
    /** A bug in polcat: a one-line summary is printed and the stack trace written to a file. */
    INTERNAL(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
