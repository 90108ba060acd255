package dev.polcat.validate;

import dev.polcat.calico.Action;
import dev.polcat.calico.HttpMatch;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Protocol;
import dev.polcat.calico.Rule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Application-layer HTTP matches (validateHTTPRule, CEL on Rule, CRD maxItems/maxLength): ingress Allow
 * rules only, protocol TCP or unset, at most 20 distinct methods and 20 paths, each path with exactly one
 * of exact/prefix that starts with '/' and has no '?', '#' or space.
 */
final class HttpRules {
    static final int MAX_ITEMS = 20;
    static final int MAX_PATH = 1024;

    private HttpRules() {}

    static void check(Rule rule, String path, PolicyType direction, Problems p) {
        HttpMatch http = rule.http();
        if (http == null) return;
        String at = path + ".http";
        if (rule.action() != null && rule.action() != Action.ALLOW) {
            p.add(
                    at,
                    "http matches are only valid on Allow rules, got "
                            + rule.action().yamlName(),
                    "use a plain rule (without http) for " + rule.action().yamlName());
        }
        Protocol proto = rule.protocol();
        if (proto != null && !proto.ianaNumber().map(n -> n == 6).orElse(false)) {
            p.add(
                    path + ".protocol",
                    "rules with http need protocol TCP or no protocol, got " + proto.text(),
                    "set protocol: TCP or remove it");
        }
        if (direction == PolicyType.EGRESS) {
            p.add(
                    at,
                    "http matches are not allowed in egress rules; only ingress rules can match HTTP",
                    "move the rule to ingress of the policy that selects the server");
        }
        methods(http.methods(), at + ".methods", p);
        paths(http.paths(), at + ".paths", p);
    }

    private static void methods(List<String> methods, String path, Problems p) {
        if (methods.size() > MAX_ITEMS) {
            p.add(path, methods.size() + " methods listed; at most " + MAX_ITEMS + " are allowed", "");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < methods.size(); i++) {
            if (!seen.add(methods.get(i))) {
                p.add(
                        Problems.item(path, i),
                        "duplicate method " + Problems.quote(methods.get(i)) + "; each method may be listed once",
                        "remove the repeat");
            }
        }
    }

    private static void paths(List<HttpMatch.HttpPath> paths, String path, Problems p) {
        if (paths.size() > MAX_ITEMS) {
            p.add(path, paths.size() + " paths listed; at most " + MAX_ITEMS + " are allowed", "");
        }
        for (int i = 0; i < paths.size(); i++) {
            HttpMatch.HttpPath hp = paths.get(i);
            String at = Problems.item(path, i);
            boolean exact = !hp.exact().isEmpty();
            boolean prefix = !hp.prefix().isEmpty();
            if (exact && prefix) {
                p.add(at, "a path match sets both exact and prefix; set exactly one", "split it into two entries");
            } else if (!exact && !prefix) {
                p.add(at, "a path match needs exact or prefix", "e.g. - prefix: /api");
            } else {
                value(exact ? hp.exact() : hp.prefix(), at + (exact ? ".exact" : ".prefix"), p);
            }
        }
    }

    private static void value(String v, String path, Problems p) {
        if (v.length() > MAX_PATH) {
            p.add(path, "HTTP path is " + v.length() + " characters long; at most " + MAX_PATH + " are allowed", "");
        }
        if (!v.startsWith("/") || v.contains("?") || v.contains("#") || v.contains(" ")) {
            p.add(
                    path,
                    "HTTP path " + Problems.quote(v) + " is not valid: it must start with '/' and must not"
                            + " contain '?', '#' or a space",
                    "match the path only, without query or fragment");
        }
    }
}
