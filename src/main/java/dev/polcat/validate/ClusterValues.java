package dev.polcat.validate;

import dev.polcat.diag.Suggestions;
import dev.polcat.net.IpNet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Value checks shared by the BGP and Felix configuration rules. */
final class ClusterValues {
    /** Go's time.ParseDuration: one or more decimal numbers with a unit, e.g. "120s", "1m30s", "1.5h". */
    private static final Pattern DURATION =
            Pattern.compile("[-+]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|ms|s|m|h))+|0");

    private static final List<String> LOG_LEVELS = List.of("trace", "debug", "info", "warning", "error", "fatal");

    private ClusterValues() {}

    static void duration(String value, String path, Problems p) {
        if (value.isEmpty() || DURATION.matcher(value).matches()) return;
        p.add(path, Problems.quote(value) + " is not a duration", "write a number and a unit, e.g. 120s, 5m or 1h30m");
    }

    /** One of the allowed words, exactly as written (CRD enums are case-sensitive). */
    static void oneOf(String value, List<String> allowed, String path, Problems p) {
        if (value.isEmpty() || allowed.contains(value)) return;
        p.add(
                path,
                Problems.quote(value) + " is not allowed here; use " + String.join(", ", allowed) + " (case-sensitive)",
                Suggestions.closest(value, allowed)
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse(""));
    }

    /** One of the allowed words in any case (the CRD patterns are (?i)). */
    static void oneOfIgnoringCase(String value, List<String> allowed, String path, Problems p) {
        if (value.isEmpty() || allowed.stream().anyMatch(a -> a.equalsIgnoreCase(value))) return;
        p.add(path, Problems.quote(value) + " is not allowed here; use " + String.join(", ", allowed), "");
    }

    static void logLevel(String value, String path, Problems p) {
        if (value.isEmpty() || LOG_LEVELS.contains(value.toLowerCase(Locale.ROOT))) return;
        p.add(path, Problems.quote(value) + " is not a log level; use Trace, Debug, Info, Warning, Error or Fatal", "");
    }

    static void selector(String selector, String path, Problems p) {
        if (!selector.isEmpty()) SelectorRules.check(selector, path, p);
    }

    static void range(Integer value, long min, long max, String path, String what, Problems p) {
        if (value != null && (value < min || value > max)) {
            p.add(path, what + " " + value + " is out of range; use " + min + "-" + max, "");
        }
    }

    static void plainIp(String value, String path, String what, Problems p) {
        if (value.isEmpty()) return;
        if (IpNet.parse(value).filter(n -> !n.hasPrefix()).isEmpty()) {
            p.add(path, Problems.quote(value) + " is not an IP address; " + what, "");
        }
    }

    /** A network written as a CIDR or a single address (cnet.ParseCIDROrIP). */
    static IpNet cidrOrIp(String value, String path, Problems p) {
        IpNet net = IpNet.parse(value).orElse(null);
        if (net == null) p.add(path, Problems.quote(value) + " is not a CIDR", "e.g. 10.96.0.0/12 or fd00:10:96::/112");
        return net;
    }

    static void subdomain(String value, String path, String what, Problems p) {
        if (!value.isEmpty() && !K8sNames.isSubdomain(value)) {
            p.add(path, what + " " + Problems.quote(value) + " is not valid; use " + K8sNames.SUBDOMAIN_RULE, "");
        }
    }
}
