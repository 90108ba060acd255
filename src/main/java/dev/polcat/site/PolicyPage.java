package dev.polcat.site;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.Finding;
import dev.polcat.analyze.lint.Lint;
import dev.polcat.analyze.lint.Lints;
import dev.polcat.analyze.ExplainedRule;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.catalog.Caveat;
import dev.polcat.catalog.ExpectedFlow;
import dev.polcat.catalog.ParamValue;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.catalog.PolicyTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code policies/NAME.html}: what the policy does, its parameters per environment, rules and caveats. */
final class PolicyPage {
    private PolicyPage() {}

    static Map<String, Object> model(PageContext ctx, PolicyTemplate p) {
        Map<String, Object> m = ctx.base(p.doc().title(), "../", "policies");
        m.put("name", p.name());
        m.put("summary", p.doc().summary());
        m.put("tags", p.doc().tags());
        m.put("template", p.templateFile());
        m.put("body", Layouts.trusted(Markdown.toHtml(p.doc().body(), 1)));
        m.put("parameters", parameters(ctx, p));
        List<Object> caveats = new ArrayList<>();
        for (Caveat c : p.doc().caveats()) {
            caveats.add(Map.of("title", c.title(), "html", Layouts.trusted(Markdown.toHtml(c.text(), 3)),
                    "checks", c.checks().stream().map(ExpectedFlow::describe).toList()));
        }
        m.put("caveats", caveats);
        List<Object> envs = new ArrayList<>();
        for (EnvironmentAnalysis e : ctx.analysis().environments()) {
            envs.add(environment(ctx, e, p));
        }
        m.put("envs", envs);
        return m;
    }

    private static List<Object> parameters(PageContext ctx, PolicyTemplate p) {
        List<Object> out = new ArrayList<>();
        for (ParameterDecl d : p.doc().parameters()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", d.name());
            r.put("type", d.type().spelling());
            r.put("required", d.required());
            r.put("default", d.defaultValue() == null ? "" : d.defaultValue().display());
            r.put("description", Layouts.trusted(Markdown.inlineHtml(d.description())));
            List<Object> values = new ArrayList<>();
            for (EnvironmentAnalysis e : ctx.analysis().environments()) {
                boolean enabled = e.policy(p.name()).isPresent();
                ParamValue v = e.env().value(p.name(), d.name()).orElse(null);
                String from = v != null ? v.pos().file() : d.defaultValue() != null ? "default" : "";
                ParamValue shown = v != null ? v : d.defaultValue();
                values.add(Map.of("env", e.env().name(), "enabled", enabled,
                        "value", shown == null ? "" : shown.display(), "from", from));
            }
            r.put("values", values);
            out.add(r);
        }
        return out;
    }

    private static Map<String, Object> environment(PageContext ctx, EnvironmentAnalysis e, PolicyTemplate p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.env().name());
        m.put("title", e.env().title());
        PolicyAnalysis pa = e.policy(p.name()).orElse(null);
        m.put("enabled", pa != null);
        if (pa == null) return m;
        m.put("download", "../" + YamlBundle.policyPath(e.env().name(), p.name()));
        m.put("file", YamlBundle.policyPath(e.env().name(), p.name()));
        m.put("fileName", YamlBundle.policyFileName(e.env().name(), p.name()));
        String yaml = ctx.yaml(pa.policy());
        m.put("yaml", Layouts.trusted(YamlHighlighter.block(yaml, "yaml-" + e.env().name())));
        RuleLines lines = new RuleLines(yaml);
        List<Object> rules = new ArrayList<>();
        for (ExplainedRule r : pa.rules()) {
            Map<String, Object> row = rule(r, e.env().name());
            row.put("line", lines.line(r.resource(), r.path()));
            rules.add(row);
        }
        m.put("rules", rules);
        m.put("hosts", e.hosts().stream().filter(h -> h.policies().contains(p.name())).map(h -> h.host().name()).toList());
        m.put("hostCount", e.hosts().size());
        List<Object> findings = new ArrayList<>();
        for (Finding f : pa.findings()) {
            findings.add(Map.of("id", f.id(), "message", f.message(), "hint", f.hint(), "path", f.rulePath(),
                    "about", Lints.ALL.stream().filter(l -> l.id().equals(f.id())).findFirst().map(Lint::description).orElse("")));
        }
        m.put("findings", findings);
        return m;
    }

    static Map<String, Object> rule(ExplainedRule r, String env) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("direction", r.direction().yamlName());
        m.put("index", r.index());
        m.put("action", r.rule().action().yamlName());
        m.put("name", r.name());
        m.put("id", env + "-" + r.anchor());
        m.put("sentence", r.sentence());
        m.put("note", Layouts.trusted(Markdown.inlineHtml(r.note())));
        m.put("path", r.path());
        m.put("resource", r.resource());
        return m;
    }
}
