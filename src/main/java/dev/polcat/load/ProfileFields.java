package dev.polcat.load;

import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
import dev.polcat.diag.Suggestions;
import dev.polcat.yaml.YEntry;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.util.List;

/** The small checks every list entry of a profile shares: known keys, a required name, errors with hints. */
final class ProfileFields {
    static final String DNS_LABEL = InputNames.DNS_LABEL;
    static final String SUBDOMAIN = InputNames.SUBDOMAIN;

    private final Diagnostics diags;

    ProfileFields(Diagnostics diags) {
        this.diags = diags;
    }

    void checkKeys(YMap m, List<String> keys, String path) {
        for (YEntry e : m.entries()) {
            if (!keys.contains(e.key())) {
                diags.add(Diagnostic.error(
                                DiagnosticCode.P104_UNKNOWN_KEY, e.keyPos(), path + ": unknown key '" + e.key() + "'")
                        .withHint(Suggestions.hint(e.key(), keys)));
            }
        }
    }

    /** The text at {@code key}, or null (reported) when it is missing or not text. */
    String text(YMap m, String key, String path) {
        YNode n = m.get(key).orElse(null);
        if (n instanceof YScalar s && s.kind() == YScalar.Kind.STRING) return s.text();
        if (n == null) {
            error(m, path + ": missing '" + key + "'", "");
        } else {
            String shown = n instanceof YScalar sc ? ", got '" + sc.text() + "'" : ", got " + n.describe();
            error(
                    n,
                    path + "." + key + ": expected text" + shown,
                    n instanceof YScalar sc ? "quote it: \"" + sc.text() + "\"" : "");
        }
        return null;
    }

    /** A Kubernetes object name at {@code key}: {@code pattern}, at most {@code max} characters. */
    String name(YMap m, String path, String pattern, int max, String what) {
        String name = text(m, "name", path);
        if (name == null) return null;
        if (name.length() > max || !name.matches(pattern)) {
            error(
                    m.get("name").orElseThrow(),
                    path + ".name: '" + name + "' is not a valid " + what + " name",
                    "use at most " + max + " lowercase letters, digits and '-'"
                            + (pattern.equals(SUBDOMAIN) ? " (and '.')" : "")
                            + ", starting and ending with a letter or digit");
            return null;
        }
        return name;
    }

    void error(YNode at, String message, String hint) {
        diags.add(Diagnostic.error(DiagnosticCode.P107_INVALID_VALUE, at.pos(), message)
                .withHint(hint));
    }
}
