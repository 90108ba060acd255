package dev.polcat.site;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.ExplainedRule;
import dev.polcat.analyze.ExposureGrant;
import dev.polcat.analyze.ExposureRow;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.calico.PolicyResource;
import dev.polcat.catalog.Catalog;
import dev.polcat.catalog.ParamValue;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.Profile;
import dev.polcat.net.Cidr;
import dev.polcat.publish.ArtifactSink;
import dev.polcat.report.CatalogJson;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code catalog.json} (written by {@link CatalogJson}): the site's paths and the analysis of each
 * environment, environments in the order pages show them.
 */
final class CatalogIndex {
    private CatalogIndex() {}

    /**
     * Streamed to {@code out}, each environment's and each policy's entry made as it is written and dropped
     * after: at 2,000 policies × 20 environments the whole file is 360 MB, and its model held every rule
     * and every exposure grant once more.
     */
    static void write(Catalog catalog, List<EnvironmentAnalysis> environments, ArtifactSink out) {
        List<PolicyTemplate> policies = catalog.policies();
        CatalogJson.Index index = new CatalogJson.Index(
                CatalogJson.SCHEMA_VERSION,
                catalog.title(),
                new AbstractList<>() {
                    @Override
                    public CatalogJson.Environment get(int i) {
                        return environment(environments.get(i));
                    }

                    @Override
                    public int size() {
                        return environments.size();
                    }
                },
                new AbstractList<>() {
                    @Override
                    public CatalogJson.Policy get(int i) {
                        return policy(policies.get(i), environments);
                    }

                    @Override
                    public int size() {
                        return policies.size();
                    }
                });
        out.acceptStreamed("catalog.json", stream -> CatalogJson.write(index, stream));
    }

    private static CatalogJson.Environment environment(EnvironmentAnalysis e) {
        Profile env = e.env();
        return new CatalogJson.Environment(
                env.name(),
                env.title(),
                env.description(),
                env.chain().stream().map(p -> "profiles/" + p + ".yaml").toList(),
                SitePaths.environmentPage(env.name()),
                YamlBundle.allPath(env.name()),
                EnvironmentZip.path(env.name()),
                Kustomization.path(env.name()),
                e.policies().stream().map(p -> applied(env, p)).toList(),
                env.hosts().stream()
                        .map(h -> new CatalogJson.Host(
                                h.name(),
                                h.interfaceName(),
                                h.ips().stream().map(Cidr::text).toList(),
                                h.labels()))
                        .toList(),
                exposure(e.exposure()),
                e.exposureFromEndpoints(),
                // only when probes were skipped, which no environment should see
                e.exposureSkipped().isEmpty() ? null : e.exposureSkipped().size(),
                e.checks().stream()
                        .map(c -> new CatalogJson.Check(
                                c.kind().word(),
                                c.requirement(),
                                c.flow().describe(),
                                c.modeText(),
                                c.holds(),
                                c.verdict().explain()))
                        .toList());
    }

    /** Grants that differ only in their source become one entry with every source: most rules let in several. */
    private static List<CatalogJson.Exposure> exposure(List<ExposureGrant> grants) {
        Map<Granted, List<CatalogJson.Source>> sources = new LinkedHashMap<>();
        for (ExposureGrant g : grants) {
            Granted key = new Granted(g.hosts(), g.service(), g.allowedBy(), g.policy(), g.rule());
            sources.computeIfAbsent(key, k -> new ArrayList<>()).add(source(g));
        }
        List<CatalogJson.Exposure> out = new ArrayList<>();
        sources.forEach((k, from) ->
                out.add(new CatalogJson.Exposure(k.hosts(), k.service(), from, k.allowedBy(), k.policy(), k.rule())));
        return out;
    }

    /** What an exposure entry's sources share. */
    private record Granted(List<String> hosts, String service, String allowedBy, String policy, String rule) {}

    private static CatalogJson.Source source(ExposureGrant g) {
        if (!g.fromEndpoints()) return new CatalogJson.Source(g.from(), g.cidr(), null, null);
        boolean hosts = g.from().equals(ExposureRow.FROM_HOST);
        return new CatalogJson.Source(null, null, hosts ? g.peers() : null, hosts ? null : g.peers());
    }

    private static CatalogJson.Applied applied(Profile env, PolicyAnalysis p) {
        String name = p.policy().policy().name();
        PolicyResource main = p.policy().mainPolicy().orElse(null);
        return new CatalogJson.Applied(
                name,
                YamlBundle.policyPath(env.name(), name),
                main == null ? null : main.spec().order());
    }

    private static CatalogJson.Policy policy(PolicyTemplate p, List<EnvironmentAnalysis> environments) {
        Map<String, CatalogJson.PolicyInEnvironment> in = new LinkedHashMap<>();
        for (EnvironmentAnalysis e : environments) {
            PolicyAnalysis pa = e.policy(p.name()).orElse(null);
            in.put(
                    e.env().name(),
                    pa == null
                            ? new CatalogJson.PolicyInEnvironment(false, null, null, null)
                            : new CatalogJson.PolicyInEnvironment(
                                    true,
                                    YamlBundle.policyPath(e.env().name(), p.name()),
                                    values(e.env(), p),
                                    pa.rules().stream().map(CatalogIndex::rule).toList()));
        }
        return new CatalogJson.Policy(
                p.name(),
                p.doc().title(),
                p.doc().summary(),
                p.doc().tags(),
                p.templateFile(),
                SitePaths.policyPage(p.name()),
                p.doc().parameters().stream()
                        .map(d -> new CatalogJson.Parameter(
                                d.name(),
                                d.type().spelling(),
                                d.required(),
                                d.defaultValue() == null
                                        ? null
                                        : d.defaultValue().display(),
                                d.description()))
                        .toList(),
                in);
    }

    private static Map<String, CatalogJson.Value> values(Profile env, PolicyTemplate p) {
        Map<String, CatalogJson.Value> out = new LinkedHashMap<>();
        for (ParameterDecl d : p.doc().parameters()) {
            ParamValue v = env.value(p.name(), d.name()).orElse(d.defaultValue());
            if (v != null)
                out.put(d.name(), new CatalogJson.Value(v.display(), v.pos().file()));
        }
        return out;
    }

    private static CatalogJson.Rule rule(ExplainedRule r) {
        return new CatalogJson.Rule(
                r.resource(), r.path(), r.name(), r.rule().action().yamlName(), r.sentence(), r.note());
    }
}
