package dev.polcat.validate;

import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.Kind;
import java.util.regex.Pattern;

/**
 * metadata.name per kind (validator.go name regexes, validateObjectMeta, validateTier). Since v3.32 there
 * is no tier-prefix rule: any name matching the kind's pattern is valid in any tier.
 */
final class NameRules {
    private static final String L = K8sNames.LABEL;
    /** GlobalNetworkPolicy: a label, optionally with ONE dot. */
    private static final Pattern GNP = Pattern.compile("(" + L + "\\.)?" + L);
    /** NetworkPolicy: label, label.label, or knp.default./ossg.default. + subdomain. */
    private static final Pattern NP =
            Pattern.compile("(" + L + ")(\\." + L + ")?|(knp|ossg)\\.default\\." + K8sNames.SUBDOMAIN);

    private NameRules() {}

    static void check(CalicoResource r, Problems p) {
        String name = r.name();
        String path = "metadata.name";
        if (name.isEmpty()) return; // the reader reports a missing name
        Kind kind = r.kind();
        int max = kind == Kind.TIER ? K8sNames.LABEL_MAX : K8sNames.SUBDOMAIN_MAX;
        if (name.length() > max) {
            p.add(
                    path,
                    "name is " + name.length() + " characters long; a " + kind.yamlName() + " name is at most " + max
                            + " characters",
                    "shorten it");
            return;
        }
        Pattern pattern = switch (kind) {
            case GLOBAL_NETWORK_POLICY, STAGED_GLOBAL_NETWORK_POLICY -> GNP;
            case NETWORK_POLICY, STAGED_NETWORK_POLICY -> NP;
            case TIER -> K8sNames.LABEL_RE;
            default -> K8sNames.SUBDOMAIN_RE;
        };
        if (!pattern.matcher(name).matches()) {
            p.add(
                    path,
                    "name " + Problems.quote(name) + " is not a valid " + kind.yamlName() + " name; " + allowed(kind),
                    hint(name, kind, pattern));
        }
    }

    private static String allowed(Kind kind) {
        return switch (kind) {
            case GLOBAL_NETWORK_POLICY, STAGED_GLOBAL_NETWORK_POLICY ->
                "use lowercase letters, digits and '-' with at most one '.'"
                        + " (e.g. security.allow-dns); '_' and uppercase are not allowed";
            case NETWORK_POLICY, STAGED_NETWORK_POLICY ->
                "use lowercase letters, digits and '-' with at most one '.'"
                        + " (e.g. security.allow-dns), or knp.default.<name>";
            case TIER -> "use lowercase letters, digits and '-', no dots, at most 63 characters";
            default -> "use " + K8sNames.SUBDOMAIN_RULE;
        };
    }

    private static String hint(String name, Kind kind, Pattern pattern) {
        String s = K8sNames.suggestName(name);
        if (kind == Kind.TIER) {
            s = s.replace('.', '-');
        } else if (isCalicoPolicy(kind) && s.indexOf('.') >= 0 && !s.startsWith("knp.") && !s.startsWith("ossg.")) {
            int dot = s.indexOf('.');
            s = s.substring(0, dot + 1) + s.substring(dot + 1).replace('.', '-');
        }
        if (isCalicoPolicy(kind)
                && name.chars().filter(c -> c == '.').count() > 1
                && pattern.matcher(s).matches()) {
            return "emit <tier>.<name> with a single dot, e.g. '" + s + "'";
        }
        return !s.isEmpty() && !s.equals(name) && pattern.matcher(s).matches() ? "did you mean '" + s + "'?" : "";
    }

    private static boolean isCalicoPolicy(Kind kind) {
        return kind.isPolicy() || kind == Kind.STAGED_GLOBAL_NETWORK_POLICY || kind == Kind.STAGED_NETWORK_POLICY;
    }
}
