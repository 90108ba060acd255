package dev.polcat.load;

import java.util.List;

/**
 * The spellings names must have, as regular expressions for {@link String#matches} (whole text). The
 * readers check them, and the editor schemas carry them (anchored), so both accept the same names. They
 * use only what Java and ECMAScript regexes share, because editors evaluate schema patterns in JavaScript.
 */
public final class InputNames {
    /** A profile's file name without {@code .yaml}: the environment's name. */
    public static final String ENVIRONMENT = "[a-z0-9][a-z0-9-]{0,62}";
    /** A host's {@code name}. */
    public static final String HOST = "[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?";
    /** A host's {@code interface}: {@code *} for all of them, or one interface name. */
    public static final String INTERFACE = "\\*|[A-Za-z0-9_.-]{1,15}";
    /** A Kubernetes container port name (IANA_SVC_NAME): at most 15 characters, with a letter, no "--". */
    public static final String PORT_NAME = "(?=.*[a-z])(?!.*--)[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?";
    /** A Kubernetes DNS label (a namespace's name); the length limit is checked apart. */
    public static final String DNS_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    /** A Kubernetes DNS subdomain (a pod's or service account's name); the length limit is checked apart. */
    public static final String SUBDOMAIN = DNS_LABEL + "(\\." + DNS_LABEL + ")*";
    /** A declared parameter's name. */
    public static final String PARAMETER = "[A-Za-z][A-Za-z0-9_]{0,63}";
    /** Names templates see already, so no parameter may take them; sorted. */
    public static final List<String> RESERVED_PARAMETERS = List.of("env", "hosts", "pc", "policy");

    private InputNames() {}
}
