package dev.polcat.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.polcat.analyze.diff.CatalogChange;
import dev.polcat.analyze.diff.EnvironmentChange;
import dev.polcat.analyze.diff.FieldChange;
import dev.polcat.analyze.diff.FlowChange;
import dev.polcat.analyze.diff.ResourceChange;
import dev.polcat.analyze.diff.RuleChange;
import dev.polcat.analyze.impact.ImpactReport;
import dev.polcat.diag.SafeJson;
import java.util.List;

/** The diff as JSON; the schema is documented in the README and only grows (schemaVersion). */
public final class DiffJson {
    private DiffJson() {}

    /** {@code observedTraffic} only with {@code diff --flows}. */
    record Diff(
            int schemaVersion,
            String base,
            String head,
            boolean changed,
            List<Environment> environments,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ImpactJson.Impact> observedTraffic) {}

    record Environment(
            String name,
            String change,
            List<Field> values,
            List<Resource> resources,
            List<String> caveatsAdded,
            List<String> caveatsRemoved,
            List<Flow> flows) {}

    record Field(String path, String before, String after) {}

    record Resource(
            String key, String policy, String change, List<Field> fields, List<String> meanings, List<Rule> rules) {}

    /** Indexes and texts only where the rule exists on that side. */
    record Rule(
            String change,
            String direction,
            String rule,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer beforeIndex,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer afterIndex,
            @JsonInclude(JsonInclude.Include.NON_NULL) String before,
            @JsonInclude(JsonInclude.Include.NON_NULL) String after,
            List<Field> fields) {}

    record Flow(String flow, String before, String after, String why, boolean fromInternet, boolean declaredPublic) {}

    public static String render(CatalogChange c) {
        return render(c, List.of());
    }

    /** With {@code traffic} (diff --flows), one {@code observedTraffic} entry per environment, as impact's JSON. */
    public static String render(CatalogChange c, List<ImpactReport> traffic) {
        return SafeJson.write(new Diff(
                1,
                c.base(),
                c.head(),
                !c.isEmpty(),
                c.environments().stream()
                        .filter(e -> !e.isEmpty())
                        .map(DiffJson::environment)
                        .toList(),
                traffic.stream().map(ImpactJson::entry).toList()));
    }

    private static Environment environment(EnvironmentChange e) {
        return new Environment(
                e.env(),
                e.kind().word(),
                fields(e.values()),
                e.resources().stream().map(DiffJson::resource).toList(),
                e.caveatsAdded(),
                e.caveatsRemoved(),
                e.flows().stream().map(DiffJson::flow).toList());
    }

    private static Flow flow(FlowChange f) {
        return new Flow(
                f.flow(),
                f.before() ? "allow" : "deny",
                f.after() ? "allow" : "deny",
                f.why(),
                f.fromInternet(),
                f.declaredPublic());
    }

    private static Resource resource(ResourceChange r) {
        return new Resource(
                r.key(),
                r.policy(),
                r.kind().word(),
                fields(r.fields()),
                r.meanings(),
                r.rules().stream().map(DiffJson::rule).toList());
    }

    private static Rule rule(RuleChange rc) {
        return new Rule(
                rc.kind().word(),
                rc.direction().yamlName(),
                rc.label(),
                rc.beforeIndex() >= 0 ? rc.beforeIndex() : null,
                rc.afterIndex() >= 0 ? rc.afterIndex() : null,
                rc.beforeText().isEmpty() ? null : rc.beforeText(),
                rc.afterText().isEmpty() ? null : rc.afterText(),
                fields(rc.fields()));
    }

    private static List<Field> fields(List<FieldChange> fields) {
        return fields.stream()
                .map(f -> new Field(f.path(), f.before(), f.after()))
                .toList();
    }
}
