package dev.polcat.site;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.ExposureGrant;
import dev.polcat.analyze.FlowCheck;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.calico.PolicyResource;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.ParamValue;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.Workload;
import dev.polcat.net.Cidr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** {@code environments/ENV.html}: values with provenance, apply order, downloads, commands, hosts. */
final class EnvironmentPage {
    private EnvironmentPage() {}

    static Map<String, Object> model(PageContext ctx, EnvironmentAnalysis e) {
        Profile env = e.env();
        Map<String, Object> m = ctx.base(env.title(), "../", "environments");
        m.put("name", env.name());
        m.put("description", env.description());
        m.put(
                "profiles",
                env.chain().stream().map(n -> "profiles/" + n + ".yaml").toList());
        m.put("all", "../" + YamlBundle.allPath(env.name()));
        m.put("allName", YamlBundle.allFileName(env.name()));
        m.put("zip", "../" + EnvironmentZip.path(env.name()));
        m.put("zipName", EnvironmentZip.fileName(env.name()));
        m.put("kustomization", "../" + Kustomization.path(env.name()));
        m.put(
                "applyLayouts",
                ApplyCommands.layouts(
                                env.name(),
                                e.policies().stream()
                                        .map(pa -> YamlBundle.policyFileName(
                                                env.name(), pa.policy().policy().name()))
                                        .toList(),
                                e.policies().stream()
                                        .filter(pa -> ApplyCommands.needsKubectl(pa.policy()))
                                        .map(pa -> YamlBundle.policyFileName(
                                                env.name(), pa.policy().policy().name()))
                                        .collect(Collectors.toSet()))
                        .stream()
                        .map(EnvironmentPage::layout)
                        .toList());
        List<Object> order = new ArrayList<>();
        int i = 1;
        for (PolicyAnalysis pa : e.policies()) {
            PolicyTemplate p = pa.policy().policy();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("n", i++);
            r.put("name", p.name());
            r.put("title", p.doc().title());
            r.put("href", "../" + SitePaths.policyPage(p.name()));
            r.put("download", "../" + YamlBundle.policyPath(env.name(), p.name()));
            r.put("file", YamlBundle.policyFileName(env.name(), p.name()));
            r.put(
                    "order",
                    pa.policy()
                            .mainPolicy()
                            .map(PolicyResource::spec)
                            .map(s -> s.order() == null
                                    ? "last"
                                    : s.order().stripTrailingZeros().toPlainString())
                            .orElse("—"));
            r.put("rules", pa.rules().size());
            order.add(r);
        }
        m.put("applyOrder", order);
        m.put("values", values(ctx, env, e));
        m.putAll(EnvironmentHosts.of(e));
        m.put(
                "uncovered",
                e.hosts().stream()
                        .filter(h -> !h.isCovered())
                        .map(h -> h.host().name())
                        .toList());
        List<Map<String, Object>> findings = EnvironmentFindings.of(ctx, e);
        List<Map<String, Object>> internet = findings.stream()
                .filter(f -> f.get("id").equals(EnvironmentFindings.OPEN_TO_INTERNET))
                .toList();
        m.put("internet", internet);
        m.put("internetCount", EnvironmentFindings.count(internet));
        m.put(
                "findings",
                findings.stream()
                        .filter(f -> !f.get("id").equals(EnvironmentFindings.OPEN_TO_INTERNET))
                        .toList());
        m.put(
                "publicServices",
                env.publicServices().stream()
                        .map(p -> (Object) Map.of(
                                "services",
                                String.join(", ", p.services()),
                                "to",
                                p.to().toString(),
                                "reason",
                                p.reason()))
                        .toList());
        m.put(
                "rollout",
                RolloutPlan.of(e, null, List.of()).stream()
                        .map(s -> (Object) Map.of(
                                "n",
                                s.number(),
                                "title",
                                s.title(),
                                "text",
                                s.text(),
                                "commands",
                                s.commands(),
                                "undo",
                                s.undo()))
                        .toList());
        m.put(
                "felixDefaults",
                env.failsafe().inbound() == null && env.failsafe().outbound() == null);
        m.put("felixInbound", FailsafeText.inbound(env.failsafe()));
        m.put("felixOutbound", FailsafeText.outbound(env.failsafe()));
        m.put("exposureFromEndpoints", e.exposureFromEndpoints());
        m.put("exposureComputed", true); // always, now; kept for layouts overridden before (templates/layouts/)
        m.put("exposureSkipped", e.exposureSkipped().size());
        ExposureMatrix.Matrix matrix = ExposureMatrix.of(e.exposure(), endpoints(env), RuleLinks.of(ctx, e, "../"));
        m.put("matrix", matrixModel(matrix, ctx.exposureRows()));
        List<FlowCheck> shown = e.checks().stream()
                .filter(c -> c.kind() != FlowCheck.Kind.GUARD || c.mode() == FlowCheck.Failsafe.OFF)
                .toList();
        m.put(
                "checks",
                shown.stream()
                        .map(c -> (Object) Map.of(
                                "kind",
                                c.kind().word(),
                                "requirement",
                                c.requirement(),
                                "flow",
                                c.flow().describe(),
                                "holds",
                                c.holds(),
                                "verdict",
                                c.verdict().explain()))
                        .toList());
        m.put("summary", summary(ctx, e, shown));
        m.put("workloads", workloads(env));
        List<Object> disabled = new ArrayList<>();
        for (PolicyTemplate p : ctx.catalog().policies()) {
            if (!env.isEnabled(p.name()))
                disabled.add(Map.of("name", p.name(), "href", "../" + SitePaths.policyPage(p.name())));
        }
        m.put("disabled", disabled);
        return m;
    }

    /** The "At a glance" box: what a reader checks first, each a number or a setting. */
    private static Map<String, Object> summary(PageContext ctx, EnvironmentAnalysis e, List<FlowCheck> checks) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("hosts", e.env().hosts().size());
        s.put("workloads", e.env().workloads().size());
        s.put("policies", e.policies().size());
        s.put("policiesTotal", ctx.catalog().policies().size());
        s.put("checksHolding", checks.stream().filter(FlowCheck::holds).count());
        s.put("checksTotal", checks.size());
        java.util.Set<String> hostNames = new java.util.HashSet<>();
        e.env().hosts().forEach(h -> hostNames.add(h.name()));
        // host services open to the internet, each once however many rules and address families open it
        java.util.Set<String> open = new java.util.LinkedHashSet<>();
        for (ExposureGrant g : e.exposure()) {
            if (g.fromInternet()) g.hosts().forEach(h -> open.add(h + " " + g.service()));
        }
        long toHosts = open.stream()
                .filter(x -> hostNames.contains(x.substring(0, x.indexOf(' '))))
                .count();
        s.put("internetOpen", toHosts);
        s.put("internetWorkloads", open.size() - toHosts);
        s.put(
                "internetUndeclared",
                e.policies().stream()
                        .flatMap(pa -> pa.findings().stream())
                        .filter(f -> f.id().equals("open-to-internet"))
                        .count());
        return s;
    }

    private static List<ExposureMatrix.Endpoint> endpoints(Profile env) {
        List<ExposureMatrix.Endpoint> out = new ArrayList<>();
        for (Host h : env.hosts())
            out.add(new ExposureMatrix.Endpoint(h.name(), false, h.labels().getOrDefault("role", h.name()), h.ips()));
        for (Workload w : env.workloads())
            out.add(new ExposureMatrix.Endpoint(w.ref(), true, workloadGroup(w), w.ips()));
        return out;
    }

    /** {@code shop/web}: the namespace and the app a workload belongs to (pods of one app share exposure). */
    private static String workloadGroup(Workload w) {
        String app = w.labels()
                .getOrDefault(
                        "app",
                        w.labels()
                                .getOrDefault(
                                        "app.kubernetes.io/name",
                                        w.labels()
                                                .getOrDefault(
                                                        "k8s-app", w.name().replaceFirst("-\\d+$", ""))));
        return w.namespace() + "/" + app;
    }

    /** Beyond this many services the matrix turns: services down the side, groups across. */
    static final int SERVICES_ACROSS = 24;

    /**
     * The most rows a turned matrix lists; catalog.json has the rest. At 2,000 policies an environment's rules
     * name 13,000 services: a 6 MB page nobody reads, which two cores building two of them at once could
     * not hold in a 1 GiB heap.
     */
    static final int MAX_ROWS = 2_000;

    /** The matrix for the layout, listing at most {@code maxRows} rows when it turns. */
    static Map<String, Object> matrixModel(ExposureMatrix.Matrix matrix, int maxRows) {
        boolean wide = matrix.services().size() > SERVICES_ACROSS;
        List<Object> groups = new ArrayList<>();
        for (ExposureMatrix.Group g : matrix.groups()) {
            List<Object> cells = new ArrayList<>();
            if (!wide) {
                for (String svc : matrix.services()) cells.add(Map.of("service", svc, "sources", sources(g, svc)));
            }
            groups.add(Map.of(
                    "id",
                    g.id(),
                    "label",
                    g.label(),
                    "workloads",
                    g.workloads(),
                    "members",
                    g.members(),
                    "cells",
                    cells));
        }
        List<Object> rows = new ArrayList<>();
        int hiddenRows = 0;
        int hiddenServices = 0;
        if (wide) {
            // services that every group accepts from the same sources by the same rules share a row
            Map<List<List<ExposureMatrix.Source>>, List<String>> alike = new LinkedHashMap<>();
            for (String svc : matrix.services()) {
                List<List<ExposureMatrix.Source>> cells = new ArrayList<>();
                for (ExposureMatrix.Group g : matrix.groups())
                    cells.add(g.cells().getOrDefault(svc, List.of()));
                alike.computeIfAbsent(cells, k -> new ArrayList<>()).add(svc);
            }
            for (List<String> services : alike.values()) {
                if (rows.size() == maxRows) {
                    hiddenRows++;
                    hiddenServices += services.size();
                    continue;
                }
                List<Object> row = new ArrayList<>();
                for (ExposureMatrix.Group g : matrix.groups())
                    row.add(Map.of("group", g.label(), "sources", sources(g, services.get(0))));
                rows.add(Map.of("services", services, "cells", row));
            }
        }
        return Map.of(
                "services",
                matrix.services(),
                "groups",
                groups,
                "wide",
                wide,
                "rows",
                rows,
                "hiddenRows",
                hiddenRows,
                "hiddenServices",
                hiddenServices);
    }

    private static List<Object> sources(ExposureMatrix.Group g, String svc) {
        return g.cells().getOrDefault(svc, List.of()).stream()
                .map(src -> (Object) Map.of(
                        "label",
                        src.label(),
                        "details",
                        src.details(),
                        "anywhere",
                        src.anywhere(),
                        "endpoints",
                        src.endpoints(),
                        "rules",
                        src.rules().stream()
                                .map(r -> (Object) Map.of("text", r.text(), "href", r.href(), "by", r.by()))
                                .toList()))
                .toList();
    }

    private static List<Object> workloads(Profile env) {
        List<Object> out = new ArrayList<>();
        for (Workload w : env.workloads()) {
            List<String> labels = new ArrayList<>();
            w.labels().forEach((k, v) -> labels.add(k + "=" + v));
            out.add(Map.of(
                    "namespace",
                    w.namespace(),
                    "name",
                    w.name(),
                    "ips",
                    Cidr.texts(w.ips()),
                    "labels",
                    labels,
                    "node",
                    w.node(),
                    "serviceAccount",
                    w.serviceAccount()));
        }
        return out;
    }

    /** Layouts see plain maps, never Java objects (the template sandbox wraps nothing else). */
    private static Object layout(ApplyCommands.Layout l) {
        return Map.of(
                "id",
                l.id(),
                "label",
                l.label(),
                "where",
                l.where(),
                "commands",
                l.commands().stream()
                        .map(c -> (Object) Map.of("id", c.id(), "tool", c.tool(), "text", c.text()))
                        .toList());
    }

    private static List<Object> values(PageContext ctx, Profile env, EnvironmentAnalysis e) {
        Map<String, Map<String, Object>> rows = new TreeMap<>();
        for (PolicyAnalysis pa : e.policies()) {
            PolicyTemplate p = pa.policy().policy();
            for (ParameterDecl d : p.doc().parameters()) {
                ParamValue v = env.value(p.name(), d.name()).orElse(d.defaultValue());
                String shown = v == null ? "" : v.display();
                String from =
                        env.value(p.name(), d.name()).map(x -> x.pos().file()).orElse(v == null ? "" : "default");
                String key = d.name() + "\u0000" + shown + "\u0000" + from;
                Map<String, Object> row = rows.computeIfAbsent(key, k -> {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("name", d.name());
                    r.put("type", d.type().spelling());
                    r.put("value", shown);
                    r.put("from", from);
                    r.put("policies", new ArrayList<String>());
                    return r;
                });
                @SuppressWarnings("unchecked")
                List<String> used = (List<String>) row.get("policies");
                used.add(p.name());
            }
        }
        for (Map<String, Object> row : rows.values()) {
            @SuppressWarnings("unchecked")
            List<String> used = (List<String>) row.get("policies");
            row.put("every", EnvironmentHosts.isEveryEnabledPolicy(used, e));
        }
        return new ArrayList<>(rows.values());
    }
}
