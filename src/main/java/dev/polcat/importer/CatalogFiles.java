package dev.polcat.importer;

import dev.polcat.analyze.RuleExplainer;
import dev.polcat.calico.HostEndpoint;
import dev.polcat.calico.PolicyResource;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The files of the imported catalog (path -> text): polcat.yaml, an abstract profiles/base.yaml with the values
 * most environments share, a profile per environment (its own values, the policies it lacks switched off, its
 * hosts from the HostEndpoints), and a template and doc per resource.
 */
final class CatalogFiles {
    private final List<String> envs;
    private final Map<String, TemplateSynth.Param> params = new LinkedHashMap<>();
    private final Map<String, String> files = new TreeMap<>();
    private final Map<String, Set<String>> disabled = new TreeMap<>();

    private CatalogFiles(List<String> envs) {
        this.envs = envs;
    }

    /** {@code resources}: key -> (env -> resource), in a stable order. */
    static Map<String, String> of(
            List<String> envs, Map<String, Map<String, ExportedResource>> resources, String title) {
        CatalogFiles c = new CatalogFiles(envs);
        Set<String> names = new LinkedHashSet<>();
        for (var e : resources.entrySet()) c.policy(e.getValue(), names);
        c.files.put("polcat.yaml", "title: " + YamlText.scalar(title) + "\n");
        c.profiles(resources);
        return c.files;
    }

    private void policy(Map<String, ExportedResource> byEnv, Set<String> names) {
        ExportedResource first = byEnv.values().iterator().next();
        String name = templateName(first, names);
        Map<String, Map<String, Object>> trees = new LinkedHashMap<>();
        byEnv.forEach((env, r) -> trees.put(env, r.tree()));
        TemplateSynth.Synth s = TemplateSynth.synth(TemplateSynth.camel(name), trees);
        String template = s.template();
        List<String> declared = new ArrayList<>();
        for (TemplateSynth.Param p : s.params()) {
            String unique = unique(p, TemplateSynth.camel(name));
            if (!unique.equals(p.name())) template = rename(template, p.name(), unique);
            declared.add(unique);
        }
        files.put(
                "templates/policies/" + name + ".yaml.ftl",
                "<#-- Imported by polcat import from " + first.key() + " (" + String.join(", ", byEnv.keySet())
                        + "). -->\n" + template);
        files.put("templates/policies/" + name + ".md", doc(name, first, byEnv, declared));
        for (String env : envs) {
            if (!byEnv.containsKey(env))
                disabled.computeIfAbsent(env, k -> new LinkedHashSet<>()).add(name);
        }
    }

    /** Template names are the resource names, with the kind or namespace added only where two would clash. */
    private static String templateName(ExportedResource r, Set<String> taken) {
        String base = r.name()
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.isEmpty()) base = "policy";
        List<String> candidates = List.of(
                base,
                (r.namespace().isEmpty() ? "" : r.namespace() + "-") + base,
                kebab(r.kind()) + "-" + (r.namespace().isEmpty() ? "" : r.namespace() + "-") + base);
        for (String c : candidates) if (taken.add(c)) return c;
        for (int i = 2; ; i++) if (taken.add(base + "-" + i)) return base + "-" + i;
    }

    private static String kebab(String kind) {
        return kind.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** One parameter per name: the same name with the same type and values is shared, a clash gets the policy's name. */
    private String unique(TemplateSynth.Param p, String policy) {
        String name = p.name();
        for (int i = 1; ; i++) {
            TemplateSynth.Param known = params.get(name);
            if (known == null) {
                params.put(name, new TemplateSynth.Param(name, p.type(), p.values()));
                return name;
            }
            if (known.type().equals(p.type()) && known.values().equals(p.values())) return name;
            name = i == 1 && !p.name().startsWith(policy)
                    ? policy + TemplateSynth.capital(p.name())
                    : p.name() + (i + 1);
        }
    }

    private static String rename(String template, String from, String to) {
        return template.replace("${pc.flow(" + from + ")}", "${pc.flow(" + to + ")}")
                .replace("<#if " + from + ">", "<#if " + to + ">");
    }

    private String doc(
            String name, ExportedResource first, Map<String, ExportedResource> byEnv, List<String> declared) {
        StringBuilder b = new StringBuilder("---\n");
        b.append("title: ").append(YamlText.scalar(name)).append('\n');
        b.append("summary: ")
                .append(YamlText.scalar("The " + first.kind() + " " + first.displayName()
                        + " as imported from the clusters of " + String.join(", ", byEnv.keySet()) + "."))
                .append('\n');
        b.append("tags: [imported]\n");
        Set<String> once = new LinkedHashSet<>(declared);
        if (!once.isEmpty()) {
            b.append("parameters:\n");
            for (String p : once) {
                TemplateSynth.Param param = params.get(p);
                b.append("  ")
                        .append(p)
                        .append(":\n    type: ")
                        .append(param.type())
                        .append("\n    required: true\n")
                        .append("    description: ")
                        .append(YamlText.scalar(
                                p.endsWith("Enabled")
                                        ? "Imported: true in the environments that have this part of the policy."
                                        : "Imported: the environments' values differ here."))
                        .append('\n');
            }
        }
        Map<String, String> notes = ruleNotes(byEnv);
        if (!notes.isEmpty()) {
            b.append("rules:\n");
            notes.forEach((rule, note) -> b.append("  ")
                    .append(YamlText.scalar(rule))
                    .append(": ")
                    .append(YamlText.scalar(note))
                    .append('\n'));
        }
        b.append("caveats:\n  - title: \"TODO: review this imported policy\"\n    text: ")
                .append(YamlText.scalar(
                        "polcat import wrote this policy from what runs in the clusters. Say why each rule "
                                + "exists and what breaks without it, give the parameters better names and descriptions, and "
                                + "delete this caveat."))
                .append('\n');
        b.append("---\n");
        b.append("Imported by `polcat import` from ")
                .append(first.kind())
                .append(" `")
                .append(first.displayName())
                .append("` of ")
                .append(String.join(", ", byEnv.keySet()))
                .append(".\n\n");
        List<String> lines = explanations(byEnv);
        if (!lines.isEmpty()) {
            b.append("## Rules\n\n");
            for (String l : lines) b.append("- ").append(l).append('\n');
        }
        b.append("\nTODO: what this policy is for, when to use it and when not.\n");
        return b.toString();
    }

    /** The plain-English explanation of each named rule, its first note. */
    private static Map<String, String> ruleNotes(Map<String, ExportedResource> byEnv) {
        Map<String, String> notes = new TreeMap<>();
        RuleExplainer explainer = new RuleExplainer();
        for (ExportedResource r : byEnv.values()) {
            if (!(r.resource() instanceof PolicyResource p)) continue;
            for (PolicyType dir : List.of(PolicyType.INGRESS, PolicyType.EGRESS)) {
                for (Rule rule : dir == PolicyType.INGRESS
                        ? p.spec().ingress()
                        : p.spec().egress()) {
                    String n = rule.annotations().get(Rule.NAME_ANNOTATION);
                    if (n != null) notes.putIfAbsent(n, explainer.explain(rule, dir) + " (TODO: why.)");
                }
            }
        }
        return notes;
    }

    /** Every distinct rule explanation, with the environments that have the rule. */
    private static List<String> explanations(Map<String, ExportedResource> byEnv) {
        Map<String, List<String>> where = new LinkedHashMap<>();
        RuleExplainer explainer = new RuleExplainer();
        for (var e : byEnv.entrySet()) {
            if (!(e.getValue().resource() instanceof PolicyResource p)) continue;
            for (PolicyType dir : List.of(PolicyType.INGRESS, PolicyType.EGRESS)) {
                for (Rule rule : dir == PolicyType.INGRESS
                        ? p.spec().ingress()
                        : p.spec().egress()) {
                    where.computeIfAbsent(
                                    dir.yamlName() + ": " + escapeMarkdown(explainer.explain(rule, dir)),
                                    k -> new ArrayList<>())
                            .add(e.getKey());
                }
            }
        }
        List<String> out = new ArrayList<>();
        where.forEach((line, in) -> {
            if (in.size() == byEnv.size()) out.add(line);
        });
        for (String env : byEnv.keySet()) {
            where.forEach((line, in) -> {
                if (in.size() < byEnv.size() && in.get(0).equals(env))
                    out.add(line + " (only in " + String.join(", ", in) + ")");
            });
        }
        return out;
    }

    private static String escapeMarkdown(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    private void profiles(Map<String, Map<String, ExportedResource>> resources) {
        Map<String, Object> base = new TreeMap<>();
        Map<String, Map<String, Object>> own = new TreeMap<>();
        for (TemplateSynth.Param p : params.values()) {
            Object common = mostCommon(p.values());
            base.put(p.name(), common);
            p.values().forEach((env, v) -> {
                if (!v.equals(common))
                    own.computeIfAbsent(env, k -> new TreeMap<>()).put(p.name(), v);
            });
        }
        StringBuilder b = new StringBuilder(
                "# Values most environments share (written by polcat import). Abstract: builds nothing.\n");
        b.append("abstract: true\ntitle: Base\n");
        values(b, base);
        files.put("profiles/base.yaml", b.toString());
        for (String env : envs) {
            StringBuilder p = new StringBuilder("# Environment ").append(env).append(" (written by polcat import).\n");
            p.append("extends: base\ntitle: ").append(YamlText.scalar(env)).append('\n');
            values(p, own.getOrDefault(env, Map.of()));
            Set<String> off = disabled.getOrDefault(env, Set.of());
            if (!off.isEmpty()) {
                p.append("policies:\n");
                for (String name : off) p.append("  ").append(name).append(": {enabled: false}\n");
            }
            hosts(p, env, resources);
            files.put("profiles/" + env + ".yaml", p.toString());
        }
    }

    private static void values(StringBuilder b, Map<String, Object> values) {
        if (values.isEmpty()) return;
        b.append("values:\n");
        values.forEach((k, v) ->
                b.append("  ").append(k).append(": ").append(YamlText.flow(v)).append('\n'));
    }

    /** The environment's hosts, from its HostEndpoints: what the flow simulator and the site's host lists use. */
    private static void hosts(StringBuilder b, String env, Map<String, Map<String, ExportedResource>> resources) {
        List<String> lines = new ArrayList<>();
        for (Map<String, ExportedResource> byEnv : resources.values()) {
            ExportedResource r = byEnv.get(env);
            if (r == null || !(r.resource() instanceof HostEndpoint h)) continue;
            Map<String, Object> host = new LinkedHashMap<>();
            host.put("name", h.name());
            host.put("interface", h.interfaceName().isEmpty() ? "*" : h.interfaceName());
            host.put("ips", List.copyOf(h.expectedIPs()));
            host.put("labels", new TreeMap<>(h.metadata().labels()));
            lines.add("  - " + YamlText.flow(host));
        }
        if (lines.isEmpty()) return;
        b.append("hosts:\n");
        lines.forEach(l -> b.append(l).append('\n'));
    }

    private static Object mostCommon(Map<String, Object> values) {
        Map<Object, Integer> counts = new LinkedHashMap<>();
        for (Object v : values.values()) counts.merge(v, 1, Integer::sum);
        Object best = null;
        int max = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > max) {
                best = e.getKey();
                max = e.getValue();
            }
        }
        return best;
    }
}
