package dev.polcat.render;

import dev.polcat.calico.CalicoReader;
import dev.polcat.calico.ForeignKinds;
import dev.polcat.calico.ParsedResource;
import dev.polcat.catalog.Catalog;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
import dev.polcat.diag.SourcePos;
import dev.polcat.yaml.StrictYamlReader;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YamlSyntaxError;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The render stage: every enabled policy template for every environment, in parallel, each under the
 * limits of {@link RenderLimits}; each result is read back as YAML into Calico resources. Templates are
 * parsed once per renderer and shared by all environments.
 */
public final class PolicyRenderer implements AutoCloseable {
    private final Configuration cfg;
    private final RenderLimits limits;
    private final BoundedExecutor executor;
    private final StrictYamlReader yaml;
    private final CalicoReader calico = new CalicoReader();

    public PolicyRenderer(Path catalogRoot, RenderLimits limits, int threads) {
        this.cfg = LockedDownConfiguration.create(new GuardedTemplateLoader(catalogRoot.resolve("templates")));
        this.limits = limits;
        this.yaml = new StrictYamlReader(limits.maxOutputChars()); // what --max-output let through, no more
        this.executor = new BoundedExecutor(limits, Math.max(1, threads));
        cfg.setCacheStorage(new freemarker.cache.StrongCacheStorage());
        prepareLibraries(catalogRoot.resolve("templates"));
    }

    private record Job(Profile env, PolicyTemplate policy) {}

    private record Outcome(RenderedPolicy rendered, List<Diagnostic> diagnostics) {}

    /** What a render job hands back: {@code then}'s result of the rendered policy (null when none), and the problems. */
    private record Done<R>(R result, List<Diagnostic> diagnostics) {}

    public List<RenderedPolicy> renderAll(Catalog catalog, Diagnostics diags) {
        return render(catalog, catalog.environments(), catalog.policies(), diags);
    }

    /** Every enabled policy of every environment; {@code done} hears the count of finished renders. */
    public List<RenderedPolicy> renderAll(Catalog catalog, Diagnostics diags, java.util.function.IntConsumer done) {
        return render(catalog, catalog.environments(), catalog.policies(), diags, done);
    }

    /** Renders the given policies for the given environments (skipping those an environment disables). */
    public List<RenderedPolicy> render(
            Catalog catalog, List<Profile> envs, List<PolicyTemplate> policies, Diagnostics diags) {
        return render(catalog, envs, policies, diags, n -> {});
    }

    private List<RenderedPolicy> render(
            Catalog catalog,
            List<Profile> envs,
            List<PolicyTemplate> policies,
            Diagnostics diags,
            java.util.function.IntConsumer done) {
        return render(catalog, envs, policies, diags, done, r -> r);
    }

    /**
     * Every enabled policy of every environment, each handed to {@code then} on the thread that rendered it,
     * in render order. What {@code then} keeps is all that stays: a rendered policy's parsed documents are
     * the largest thing a build holds (at 2,000 policies × 20 environments, 1.7 GB of trees and positions
     * when all were kept until validation), so checking each at once lets its tree go.
     */
    public <R> List<R> renderAll(
            Catalog catalog,
            Diagnostics diags,
            java.util.function.IntConsumer done,
            java.util.function.Function<RenderedPolicy, R> then) {
        return render(catalog, catalog.environments(), catalog.policies(), diags, done, then);
    }

    private <R> List<R> render(
            Catalog catalog,
            List<Profile> envs,
            List<PolicyTemplate> policies,
            Diagnostics diags,
            java.util.function.IntConsumer done,
            java.util.function.Function<RenderedPolicy, R> then) {
        List<Job> jobs = new ArrayList<>();
        for (Profile env : envs) {
            for (PolicyTemplate p : policies) {
                if (env.isEnabled(p.name())) jobs.add(new Job(env, p));
            }
        }
        List<Callable<Done<R>>> tasks = new ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger finished = new java.util.concurrent.atomic.AtomicInteger();
        for (Job j : jobs) {
            tasks.add(() -> {
                Outcome o = renderOne(catalog, j);
                R result = o.rendered() == null ? null : then.apply(o.rendered());
                done.accept(finished.incrementAndGet());
                return new Done<>(result, o.diagnostics());
            });
        }
        List<R> out = new ArrayList<>();
        List<BoundedExecutor.Outcome<Done<R>>> results = executor.runAll(tasks);
        for (int i = 0; i < results.size(); i++) {
            BoundedExecutor.Outcome<Done<R>> r = results.get(i);
            Job j = jobs.get(i);
            if (r.value() != null) {
                diags.addAll(r.value().diagnostics());
                if (r.value().result() != null) out.add(r.value().result());
            } else {
                diags.add(
                        r.timedOut()
                                ? TemplateErrors.timeout(
                                        r.error(),
                                        r.stuckAt(),
                                        r.overBudget(),
                                        j.policy(),
                                        j.env().name(),
                                        limits)
                                : TemplateErrors.of(
                                        r.error(), false, j.policy(), j.env().name(), names(j.policy()), limits));
            }
        }
        return out;
    }

    private Outcome renderOne(Catalog catalog, Job job) throws Exception {
        PolicyTemplate p = job.policy();
        String env = job.env().name();
        Template t = template(p.templateName());
        OutputTrace trace = new OutputTrace(t);
        LimitedWriter out = new LimitedWriter(limits.maxOutputChars(), trace);
        DeclaredNames root = new DeclaredNames(
                (TemplateHashModel) cfg.getObjectWrapper().wrap(TemplateData.of(job.env(), p)), declared(p), trace);
        freemarker.core.Environment run = t.createProcessingEnvironment(root, out);
        run.setTemplateProcessingTracer(trace);
        run.setTemplateExceptionHandler(trace);
        executor.attach(run); // the watchdog reads where a render is when its time runs out
        try {
            run.process();
        } catch (TemplateException e) {
            List<Diagnostic> failed = UndeclaredNames.diagnostics(root.undeclared(), catalog, p, env);
            if (failed.isEmpty()) {
                failed = List.of(TemplateErrors.of(e, false, p, env, names(p), limits, trace.failureCallSite()));
            }
            return new Outcome(null, failed);
        } catch (StackOverflowError | OutOfMemoryError | LimitedWriter.LimitExceeded e) {
            run = null; // let go of what the template built before reporting: an OutOfMemoryError left little room
            return new Outcome(
                    null,
                    List.of(TemplateErrors.exhausted(e, p, env, limits, trace.lastElement(), trace.lastCallSite())));
        }
        List<Diagnostic> undeclared = UndeclaredNames.diagnostics(root.undeclared(), catalog, p, env);
        if (!undeclared.isEmpty()) return new Outcome(null, undeclared);
        String text = out.toString();
        String file = RenderedPolicy.renderedFile(env, p.name());
        String context = RenderedPolicy.context(p.templateFile(), env, p.name());
        List<Diagnostic> diags = new ArrayList<>();
        List<ParsedResource> resources = new ArrayList<>();
        try {
            for (YNode doc : yaml.readAll(text, file)) {
                CalicoReader.Result r = calico.read(doc);
                resources.addAll(r.resources());
                // A catalog renders policy: a Deployment from a template is a mistake, not something to skip.
                r.foreign()
                        .forEach(f -> diags.add(Diagnostic.error(
                                        DiagnosticCode.P307_NOT_A_POLICY_KIND,
                                        f.pos(),
                                        "the template rendered " + ForeignKinds.describe(f)
                                                + ", which is not a policy kind")
                                .withHint(
                                        "a catalog template renders Calico resources or Kubernetes NetworkPolicies; apply other objects with kubectl")
                                .inEnv(env)
                                .forPolicy(p.name())
                                .withContext(context)));
                r.errors()
                        .forEach(e -> diags.add(e.error()
                                .toDiagnostic(DiagnosticCode.P302_UNKNOWN_FIELD, e.positions())
                                .inEnv(env)
                                .forPolicy(p.name())
                                .withContext(context)));
            }
        } catch (YamlSyntaxError e) {
            Diagnostic bad = Diagnostic.error(
                            DiagnosticCode.P205_RENDERED_YAML, e.pos(), "rendered YAML is invalid: " + e.getMessage())
                    .withHint(
                            e.hint().isEmpty()
                                    ? "check the template's indentation; do not put quotes around ${...}, polcat quotes values itself"
                                    : e.hint())
                    .inEnv(env)
                    .forPolicy(p.name())
                    .withContext(context);
            // No resources come of it, but the author still needs the template line that wrote the text.
            RenderedPolicy unread = new RenderedPolicy(job.env(), p, file, text, List.of(), trace.toSourceMap(text));
            diags.add(new RenderedOrigins(List.of(unread)).relocate(bad));
            return new Outcome(null, diags);
        }
        if (resources.isEmpty() && diags.isEmpty()) {
            diags.add(Diagnostic.error(
                            DiagnosticCode.P304_RESOURCE_SHAPE,
                            SourcePos.of(p.templateFile()),
                            "the template rendered no resources")
                    .inEnv(env)
                    .forPolicy(p.name())
                    .withHint("disable the policy for this environment (policies." + p.name()
                            + ".enabled: false) instead"));
        }
        return new Outcome(new RenderedPolicy(job.env(), p, file, text, resources, trace.toSourceMap(text)), diags);
    }

    /** Parsed once, with interruption checks woven in so the deadline can stop loops. */
    private Template template(String name) throws IOException {
        Template t = cfg.getTemplate(name);
        prepare(t);
        return t;
    }

    private static void prepare(Template t) {
        SandboxedRenderer.addInterruptionChecks(t);
    }

    /**
     * Every other template a policy may import or include (templates/lib/ and the like) gets the same
     * interruption checks, before any render: FreeMarker loads imports itself, where no check could be
     * woven in, and a loop in a library macro must stop at the deadline too. The cache holds templates
     * strongly, so a template is never reloaded without them.
     */
    private void prepareLibraries(Path templatesDir) {
        if (!java.nio.file.Files.isDirectory(templatesDir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        List<String> names;
        try (var walk = java.nio.file.Files.walk(templatesDir)) {
            names = walk.filter(x -> x.toString().endsWith(".ftl"))
                    .map(f -> templatesDir.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith("layouts/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return; // an unreadable folder is reported by the renders that need it
        }
        // Parsed on all cores: one template per policy, and nothing else runs yet (a tenth of a large build).
        names.parallelStream().forEach(this::prepareLibrary);
    }

    private void prepareLibrary(String name) {
        try {
            prepare(cfg.getTemplate(name));
        } catch (IOException | RuntimeException e) {
            // refused or broken: forget the failure, so the render that uses it reports it in full
            try {
                cfg.removeTemplateFromCache(name);
            } catch (IOException ignored) {
                // nothing cached
            }
        }
    }

    /** The names a template may look up: the doc's parameters (set or not) and what polcat adds. */
    private static Set<String> declared(PolicyTemplate p) {
        return Set.copyOf(names(p));
    }

    private static List<String> names(PolicyTemplate p) {
        List<String> known = new ArrayList<>(
                p.doc().parameters().stream().map(ParameterDecl::name).toList());
        known.addAll(List.of("env", "policy", "hosts", "pc"));
        return known;
    }

    @Override
    public void close() {
        executor.close();
    }
}
