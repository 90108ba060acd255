package dev.polcat.report;

import dev.polcat.analyze.flow.Endpoint;
import dev.polcat.analyze.impact.ImpactReport;
import dev.polcat.analyze.impact.ImpactRow;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.ControlChars;
import dev.polcat.load.flows.FlowEnd;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code polcat impact --suggest-expect}: {@code expect:} entries for the most-used flows the catalog
 * allows, to paste into the profile so today's behaviour becomes a test. A pod the profile does not list
 * is written as the workloads its recorded labels select; a flow from or to {@code pub}/{@code pvt} has no
 * address to write and is left out. Values are quoted unless they are plainly safe YAML.
 */
public final class ExpectSuggestions {
    private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9._/-]*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    private ExpectSuggestions() {}

    public static String render(ImpactReport r, Profile env, int limit) {
        StringBuilder b = new StringBuilder("# Flows ")
                .append(yaml(r.env()))
                .append(" allows, most used first, as observed in ")
                .append(yaml(r.log().file()))
                .append(": paste them under expect: in the profile.\n");
        b.append("expect:\n");
        Set<String> seen = new LinkedHashSet<>();
        int n = 0;
        for (ImpactRow row : r.allowed()) {
            if (n == limit) break;
            var path = row.latest().path();
            String from = end(row.observed().key().source(), path.from(), env);
            String to = end(row.observed().key().destination(), path.to(), env);
            if (from == null || to == null) continue;
            String entry = "  - allow: " + path.service() + "\n    from: " + from + "\n    to: " + to + "\n";
            if (!seen.add(entry)) continue;
            b.append(entry)
                    .append("    reason: ")
                    .append(yaml("observed: " + Counts.of(row.observed().connections(), "connection") + " ("
                            + row.observed().key().source().text() + " → "
                            + row.observed().key().destination().text() + ")"))
                    .append('\n');
            n++;
        }
        if (n == 0) b.append("  []  # no allowed flow could be written as an expected flow\n");
        return b.toString();
    }

    private static String end(FlowEnd observed, Endpoint simulated, Profile env) {
        if (observed.kind() == FlowEnd.Kind.NETWORK || observed.kind() == FlowEnd.Kind.NETWORK_SET) return null;
        if (simulated instanceof Endpoint.WorkloadName w
                && env.workload(w.text()).isEmpty()) {
            List<String> terms = new ArrayList<>();
            for (var e : observed.labels().entrySet()) {
                if (!LABEL.matcher(e.getKey()).matches()
                        || !LABEL.matcher(e.getValue()).matches()) return null;
                terms.add(e.getKey() + " == \"" + e.getValue() + "\"");
            }
            if (terms.isEmpty()) return null;
            return "{workloads: " + yaml(String.join(" && ", terms)) + ", namespace: " + yaml(w.namespace()) + "}";
        }
        return yaml(simulated.text());
    }

    /** A YAML scalar: plain when it is plainly a name, else a double-quoted JSON string (valid YAML). */
    static String yaml(String s) {
        if (PLAIN.matcher(s).matches()
                && !List.of("true", "false", "null", "yes", "no", "on", "off", "y", "n")
                        .contains(s)) return s;
        return ControlChars.quoted(s);
    }
}
