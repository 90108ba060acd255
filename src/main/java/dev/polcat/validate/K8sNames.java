package dev.polcat.validate;

import dev.polcat.calico.KubernetesNames;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Kubernetes and Calico name formats (k8s.io/apimachinery/pkg/util/validation and the regexes at the top
 * of Calico's validator.go). Each {@code ...Problem} method returns what is wrong, or empty when valid.
 */
final class K8sNames {
    static final String LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    static final String SUBDOMAIN = LABEL + "(\\." + LABEL + ")*";
    static final Pattern LABEL_RE = Pattern.compile(LABEL);
    static final Pattern SUBDOMAIN_RE = Pattern.compile(SUBDOMAIN);
    static final int LABEL_MAX = 63;
    static final int SUBDOMAIN_MAX = 253;

    static final String SUBDOMAIN_RULE =
            "lowercase letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters";
    static final String QUALIFIED_RULE =
            "an optional DNS subdomain prefix and '/', then a name of at most 63 characters made of letters,"
                    + " digits, '-', '_' and '.', starting and ending with a letter or digit";

    private static final Pattern PORT_NAME_CHARS = Pattern.compile("[-a-z0-9]+");
    private static final Pattern HAS_LETTER = Pattern.compile(".*[a-z].*");

    private K8sNames() {}

    static boolean isLabel(String s) {
        return s.length() <= LABEL_MAX && LABEL_RE.matcher(s).matches();
    }

    static boolean isSubdomain(String s) {
        return s.length() <= SUBDOMAIN_MAX && SUBDOMAIN_RE.matcher(s).matches();
    }

    /** IsQualifiedName: label keys as written, annotation keys after lowercasing. */
    static Optional<String> qualifiedNameProblem(String key) {
        return KubernetesNames.keyPartProblem(key);
    }

    /** IsValidLabelValue: empty, or at most 63 of [A-Za-z0-9_.-] starting and ending alphanumeric. */
    static Optional<String> labelValueProblem(String value) {
        return KubernetesNames.valuePartProblem(value);
    }

    /** IsValidPortName, the IANA service-name rule applied to named ports. */
    static Optional<String> portNameProblem(String name) {
        if (name.isEmpty()) return Optional.of("it is empty");
        if (name.length() > 15) return Optional.of("it is " + name.length() + " characters long, at most 15");
        if (!PORT_NAME_CHARS.matcher(name).matches()) {
            return Optional.of("only lowercase letters, digits and '-' are allowed");
        }
        if (!HAS_LETTER.matcher(name).matches()) return Optional.of("it needs at least one letter");
        if (name.contains("--")) return Optional.of("it contains '--'");
        if (name.startsWith("-") || name.endsWith("-")) return Optional.of("it starts or ends with '-'");
        return Optional.empty();
    }

    static final String PORT_NAME_RULE =
            "a named port is at most 15 lowercase letters, digits and '-', with at least one letter, no '--'"
                    + " and no '-' at either end";

    /** A best-effort fix: lowercase, runs of other characters as '-', no '-' next to a dot or at the ends. */
    static String suggestName(String name) {
        String s = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.]+", "-");
        s = s.replaceAll("-*\\.-*", ".").replaceAll("\\.+", ".");
        return s.replaceAll("^[-.]+|[-.]+$", "");
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
