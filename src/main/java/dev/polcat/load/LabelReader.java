package dev.polcat.load;

import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
import dev.polcat.yaml.YEntry;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a map of Kubernetes labels ({@code labels:} of namespaces, workloads and service accounts),
 * checking keys and values as the Kubernetes API does (qualified name; value of at most 63
 * characters of {@code [A-Za-z0-9_.-]}, starting and ending alphanumeric), since selectors see them as
 * Kubernetes stores them.
 */
final class LabelReader {
    private static final String DNS_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private static final Pattern PREFIX = Pattern.compile(DNS_LABEL + "(\\." + DNS_LABEL + ")*");
    private static final Pattern NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Pattern VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");

    private final Diagnostics diags;

    LabelReader(Diagnostics diags) {
        this.diags = diags;
    }

    /** The labels at {@code node} (null or absent: none); reports each bad key or value at its position. */
    TreeMap<String, String> read(YNode node, String path) {
        TreeMap<String, String> labels = new TreeMap<>();
        if (node == null || node instanceof YScalar s && s.isNull()) return labels;
        if (!(node instanceof YMap lm)) {
            error(node, path + ": expected a map of label to value, got " + node.describe(), "write {app: api, tier: backend}");
            return labels;
        }
        for (YEntry e : lm.entries()) {
            String where = path + "." + e.key();
            String keyProblem = keyProblem(e.key());
            if (keyProblem != null) {
                diags.add(Diagnostic.error(DiagnosticCode.P107_INVALID_VALUE, e.keyPos(),
                        where + ": '" + e.key() + "' is not a valid label key: " + keyProblem)
                        .withHint("a label key is an optional DNS-subdomain prefix and '/', then a name of at most 63 "
                                + "characters [A-Za-z0-9_.-] starting and ending alphanumeric"));
                continue;
            }
            if (!(e.value() instanceof YScalar s) || s.kind() != YScalar.Kind.STRING) {
                String shown = e.value() instanceof YScalar sc ? sc.text() : "";
                error(e.value(), where + ": label values must be strings, got " + e.value().describe(),
                        e.value() instanceof YScalar ? "quote it: \"" + shown + "\"" : "");
                continue;
            }
            if (s.text().length() > 63 || !VALUE.matcher(s.text()).matches()) {
                error(s, where + ": '" + s.text() + "' is not a valid label value",
                        "at most 63 characters [A-Za-z0-9_.-], starting and ending alphanumeric (or empty)");
                continue;
            }
            labels.put(e.key(), s.text());
        }
        return labels;
    }

    /** Why {@code key} is not a Kubernetes qualified name, or null. */
    static String keyProblem(String key) {
        int slash = key.indexOf('/');
        String name = slash < 0 ? key : key.substring(slash + 1);
        if (slash >= 0) {
            String prefix = key.substring(0, slash);
            if (prefix.isEmpty() || prefix.length() > 253 || !PREFIX.matcher(prefix).matches()) {
                return "the prefix must be a lowercase DNS subdomain";
            }
        }
        if (name.isEmpty() || name.length() > 63) return "the name part must be 1-63 characters";
        if (!NAME.matcher(name).matches()) return "the name part allows [A-Za-z0-9_.-], starting and ending alphanumeric";
        return null;
    }

    private void error(YNode at, String message, String hint) {
        diags.add(Diagnostic.error(DiagnosticCode.P107_INVALID_VALUE, at.pos(), message).withHint(hint));
    }
}
