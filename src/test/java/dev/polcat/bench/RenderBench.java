package dev.polcat.bench;

import dev.polcat.calico.CalicoReader;
import dev.polcat.calico.ParsedResource;
import dev.polcat.catalog.Catalog;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.Diagnostics;
import dev.polcat.render.GuardedTemplateLoader;
import dev.polcat.render.LockedDownConfiguration;
import dev.polcat.render.PolicyRenderer;
import dev.polcat.render.RenderBenchAccess;
import dev.polcat.render.RenderLimits;
import dev.polcat.render.RenderedPolicy;
import dev.polcat.yaml.StrictYamlReader;
import dev.polcat.yaml.YNode;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Rendering one policy for one environment. Each call takes the next of 64 (environment, policy) pairs
 * spread over the catalog, so the figure is an average over the synthetic variety (3–30 rules).
 * {@code renderPolicy} is the render stage's unit of work through {@link PolicyRenderer} (template, YAML
 * read-back into Calico resources, and the hand-off to its worker pool); {@code templateOnly} and
 * {@code readBack} split it into FreeMarker and YAML.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderBench {
    /** The catalog: POLICIESxENVSxHOSTS (hosts per environment). */
    @Param("500x20x20")
    public String catalog;

    private record Pair(Profile env, PolicyTemplate policy, Template template, String text) {}

    private Catalog cat;
    private PolicyRenderer renderer;
    private final StrictYamlReader yaml = new StrictYamlReader();
    private final CalicoReader calico = new CalicoReader();
    private List<Pair> pairs;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        SyntheticFixture f = SyntheticFixture.of(catalog);
        cat = f.result.catalog();
        renderer = new PolicyRenderer(cat.root(), RenderLimits.DEFAULT, 1);
        Configuration cfg = LockedDownConfiguration.create(
                new GuardedTemplateLoader(cat.root().resolve("templates")));
        List<Profile> envs = cat.environments();
        List<PolicyTemplate> policies = SyntheticFixture.spread(cat.policies(), 64);
        pairs = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            Profile env = envs.get(i % envs.size());
            PolicyTemplate p = policies.get(i);
            Template t = cfg.getTemplate(p.templateName());
            _CoreAPI.addThreadInterruptedChecks(t); // as the renderer prepares every template
            pairs.add(new Pair(
                    env,
                    p,
                    t,
                    renderer.render(cat, List.of(env), List.of(p), new Diagnostics())
                            .get(0)
                            .text()));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        renderer.close();
    }

    private Pair nextPair() {
        Pair p = pairs.get(next);
        next = (next + 1) % pairs.size();
        return p;
    }

    @Benchmark
    public List<RenderedPolicy> renderPolicy() {
        Pair p = nextPair();
        Diagnostics diags = new Diagnostics();
        List<RenderedPolicy> out = renderer.render(cat, List.of(p.env()), List.of(p.policy()), diags);
        if (out.isEmpty()) throw new IllegalStateException(diags.all().toString());
        return out;
    }

    @Benchmark
    public String templateOnly() throws Exception {
        Pair p = nextPair();
        StringWriter out = new StringWriter(4096);
        p.template().process(RenderBenchAccess.dataModel(p.env(), p.policy()), out);
        return out.toString();
    }

    @Benchmark
    public List<ParsedResource> readBack() throws Exception {
        Pair p = nextPair();
        List<ParsedResource> out = new ArrayList<>();
        for (YNode doc : yaml.readAll(p.text(), "rendered/x.yaml"))
            out.addAll(calico.read(doc).resources());
        return out;
    }
}
