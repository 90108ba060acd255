package dev.polcat.calico;

import dev.polcat.diag.ControlChars;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Kubernetes' rules for namespaces, label keys and label values (k8s.io/apimachinery/pkg/util/validation:
 * IsDNS1123Label, IsQualifiedName, IsValidLabelValue), for every place they enter polcat: profiles (hosts,
 * namespaces, workloads), rendered resources and {@code polcat select --labels}. Each {@code ...Problem}
 * method returns a whole sentence naming the value (escaped) and what is allowed, or empty when valid.
 */
public final class KubernetesNames {
    public static final int LABEL_MAX = 63;
    public static final int SUBDOMAIN_MAX = 253;

    private static final String LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private static final Pattern LABEL_RE = Pattern.compile(LABEL);
    private static final Pattern SUBDOMAIN_RE = Pattern.compile(LABEL + "(\\." + LABEL + ")*");
    private static final Pattern NAME_PART = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Pattern VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");

    /** What a namespace may be, for messages and hints. */
    public static final String NAMESPACE_RULE =
            "a namespace is at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit";
    /** What a label key may be, for messages and hints. */
    public static final String LABEL_KEY_RULE =
            "a label key is an optional DNS subdomain prefix and '/', then a name of at most 63 letters, digits,"
                    + " '-', '_' and '.', starting and ending with a letter or digit";
    /** What a label value may be, for messages and hints. */
    public static final String LABEL_VALUE_RULE =
            "a label value is empty or at most 63 letters, digits, '-', '_' and '.', starting and ending with a"
                    + " letter or digit";

    private KubernetesNames() {}

    /** A DNS-1123 label: at most 63 of {@code [a-z0-9-]}, alphanumeric at both ends. */
    public static boolean isDns1123Label(String s) {
        return s.length() <= LABEL_MAX && LABEL_RE.matcher(s).matches();
    }

    /** A DNS-1123 subdomain: dot-separated labels, at most 253 characters. */
    public static boolean isDns1123Subdomain(String s) {
        return s.length() <= SUBDOMAIN_MAX && SUBDOMAIN_RE.matcher(s).matches();
    }

    /** A namespace (metadata.namespace, a profile's namespace, a workload's namespace) is a DNS-1123 label. */
    public static Optional<String> namespaceProblem(String namespace) {
        if (namespace.isEmpty()) return Optional.of("namespace is empty; " + NAMESPACE_RULE);
        if (namespace.length() > LABEL_MAX) {
            return Optional.of("namespace " + quote(namespace) + " is " + namespace.length() + " characters long; "
                    + NAMESPACE_RULE);
        }
        if (!LABEL_RE.matcher(namespace).matches()) {
            return Optional.of("namespace " + quote(namespace) + " is not valid; " + NAMESPACE_RULE);
        }
        return Optional.empty();
    }

    /** A label key: {@code [prefix/]name}, the prefix a DNS-1123 subdomain, the name at most 63 characters. */
    public static Optional<String> labelKeyProblem(String key) {
        return keyPartProblem(key)
                .map(why -> "label key " + quote(key) + " is not valid: " + why + "; " + LABEL_KEY_RULE);
    }

    /** A label value: empty, or at most 63 of {@code [A-Za-z0-9_.-]}, alphanumeric at both ends. */
    public static Optional<String> labelValueProblem(String key, String value) {
        return valuePartProblem(value)
                .map(why -> "label value " + quote(value) + " of " + quote(key) + " is not valid: " + why + "; "
                        + LABEL_VALUE_RULE);
    }

    /** Why a qualified name (label key as written, annotation key lowercased) is invalid, as a clause. */
    public static Optional<String> keyPartProblem(String key) {
        String[] parts = key.split("/", -1);
        String name = parts[parts.length - 1];
        if (parts.length > 2) return Optional.of("it has more than one '/'");
        if (parts.length == 2) {
            String prefix = parts[0];
            if (prefix.isEmpty()) return Optional.of("the prefix before '/' is empty");
            if (!isDns1123Subdomain(prefix)) {
                return Optional.of("the prefix " + quote(prefix) + " is not a lowercase DNS subdomain");
            }
        }
        if (name.isEmpty()) return Optional.of("the name part is empty");
        if (name.length() > LABEL_MAX) return Optional.of("the name part is " + name.length() + " characters long");
        if (!NAME_PART.matcher(name).matches()) {
            return Optional.of("the name part " + quote(name) + " has characters or ends that are not allowed");
        }
        return Optional.empty();
    }

    /** Why a label value is invalid, as a clause. */
    public static Optional<String> valuePartProblem(String value) {
        if (value.length() > LABEL_MAX) return Optional.of("it is " + value.length() + " characters long, at most 63");
        if (!VALUE.matcher(value).matches()) {
            return Optional.of(
                    "only letters, digits, '-', '_' and '.' are allowed, starting and ending with a letter or digit");
        }
        return Optional.empty();
    }

    /** A value in single quotes with every control character escaped, for messages. */
    public static String quote(String value) {
        return "'" + ControlChars.escape(value) + "'";
    }
}
