package dev.polcat.history;

import dev.polcat.analyze.diff.CatalogChange;
import dev.polcat.analyze.diff.ChangeKind;
import dev.polcat.analyze.diff.EnvironmentChange;
import dev.polcat.analyze.diff.FieldChange;
import dev.polcat.analyze.diff.ResourceChange;
import dev.polcat.analyze.diff.RuleChange;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.catalog.PolicyTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one commit did to each policy, per environment, in one line each: rules added (+), removed (−),
 * changed (~, with the fields) or moved, the policy enabled or removed, and the values it uses that
 * changed. Made from the diff engine's comparison of the commit with its predecessor; this is what the
 * history cache stores per commit.
 */
record CommitSummary(
        String commit,
        String base,
        String date,
        String subject,
        List<String> touchedPolicies,
        Map<String, Map<String, String>> byPolicy) {
    private static final int MAX_LINE = 200;

    /** Policy → environment → line, for every policy the change touches in some environment. */
    static Map<String, Map<String, String>> summarize(CatalogChange change, List<PolicyTemplate> policies) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (EnvironmentChange e : change.environments()) {
            for (PolicyTemplate p : policies) {
                List<String> parts = new ArrayList<>();
                for (ResourceChange r : e.resources()) {
                    if (r.policy().equals(p.name())) parts.addAll(resource(r));
                }
                // A policy added or removed as a whole: its values are new or gone, not changes worth listing.
                boolean whole = e.resources().stream()
                        .anyMatch(r -> r.policy().equals(p.name()) && r.kind() != ChangeKind.CHANGED);
                for (FieldChange v : e.values()) {
                    if (!whole && uses(p, v.path()))
                        parts.add(shortName(v.path()) + ": " + orNone(v.before()) + " → " + orNone(v.after()));
                }
                if (e.kind() == ChangeKind.ADDED && !parts.isEmpty()) parts.add(0, "new environment");
                if (!parts.isEmpty())
                    out.computeIfAbsent(p.name(), k -> new TreeMap<>()).put(e.env(), line(parts));
            }
        }
        return out;
    }

    private static List<String> resource(ResourceChange r) {
        List<String> out = new ArrayList<>();
        switch (r.kind()) {
            case ADDED -> out.add("added " + r.key());
            case REMOVED -> out.add("removed " + r.key());
            default -> {
                for (FieldChange f : r.fields())
                    out.add(f.path() + ": " + orNone(f.before()) + " → " + orNone(f.after()));
                for (RuleChange c : r.rules()) out.add(rule(c));
            }
        }
        return out;
    }

    private static String rule(RuleChange c) {
        return switch (c.kind()) {
            case ADDED -> "+" + c.label();
            case REMOVED -> "−" + c.label();
            case MOVED -> "moved " + c.label();
            case CHANGED ->
                "~" + c.label() + " ("
                        + String.join(
                                ", ",
                                c.fields().stream()
                                        .map(FieldChange::path)
                                        .distinct()
                                        .toList()) + ")";
        };
    }

    /** Values are keyed by parameter name, or {@code policies.P.values.NAME} when set for one policy. */
    private static boolean uses(PolicyTemplate p, String path) {
        String own = "policies." + p.name() + ".values.";
        if (path.startsWith("policies.")) return path.startsWith(own);
        return p.doc().parameters().stream().map(ParameterDecl::name).anyMatch(path::equals);
    }

    private static String shortName(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String orNone(String s) {
        return s == null || s.isEmpty() ? "(none)" : s;
    }

    private static String line(List<String> parts) {
        String s = String.join("; ", parts);
        return s.length() <= MAX_LINE ? s : s.substring(0, MAX_LINE - 1) + "…";
    }
}
