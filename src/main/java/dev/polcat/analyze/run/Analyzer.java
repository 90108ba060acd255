package dev.polcat.analyze.run;

import dev.polcat.analyze.Analysis;
import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.ExplainedRule;
import dev.polcat.analyze.Finding;
import dev.polcat.analyze.FlowCheck;
import dev.polcat.analyze.HostCoverage;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.analyze.RuleExplainer;
import dev.polcat.analyze.lint.KubernetesPolicyLints;
import dev.polcat.analyze.lint.LintContext;
import dev.polcat.analyze.lint.Lints;
import dev.polcat.analyze.verify.EnvironmentFlows;
import dev.polcat.analyze.verify.ExposureMemo;
import dev.polcat.analyze.verify.FlowFailures;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.KubernetesNetworkPolicy;
import dev.polcat.calico.PolicyResource;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.PositionIndex;
import dev.polcat.calico.Rule;
import dev.polcat.catalog.Catalog;
import dev.polcat.catalog.PolicyDoc;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.RuleNote;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
import dev.polcat.diag.SourcePos;
import dev.polcat.render.RenderedPolicy;
import dev.polcat.validate.ValidatedPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The analyze stage: for each environment, its policies in apply order with every rule explained and
 * tied to its author's note.
 */
public final class Analyzer {
    private final RuleExplainer explainer = new RuleExplainer();
    private final boolean verify;
    private final boolean flowChecks;
    private final ExposureMemo memo;

    /** {@code verify}: failed expected flows and lockout-guard flows are errors (they are computed anyway). */
    public Analyzer(boolean verify) {
        this(verify, true);
    }

    /** {@code flowChecks} false: expected flows and the lockout guard are not simulated at all. */
    public Analyzer(boolean verify, boolean flowChecks) {
        this(verify, flowChecks, null);
    }

    /** {@code memo}: the last build's exposure reports, reused where an environment is unchanged (null: none). */
    public Analyzer(boolean verify, boolean flowChecks, ExposureMemo memo) {
        this.verify = verify;
        this.flowChecks = flowChecks;
        this.memo = memo;
    }

    public Analysis analyze(Catalog catalog, List<ValidatedPolicy> policies, Diagnostics diags) {
        java.util.Map<String, List<ValidatedPolicy>> byEnv = new java.util.HashMap<>();
        for (ValidatedPolicy v : policies)
            byEnv.computeIfAbsent(v.env().name(), k -> new ArrayList<>()).add(v);
        // Environments are independent: analyse them on all cores; toList() keeps their order.
        return new Analysis(catalog.environments().parallelStream()
                .map(env -> environment(env, byEnv.getOrDefault(env.name(), List.of()), diags))
                .toList());
    }

    private EnvironmentAnalysis environment(Profile env, List<ValidatedPolicy> policies, Diagnostics diags) {
        List<ValidatedPolicy> ordered =
                policies.stream().sorted(ValidatedPolicy.APPLY_ORDER).toList();
        List<PolicyResource> all =
                ordered.stream().flatMap(v -> v.policies().stream()).toList();
        List<CalicoResource> resources =
                ordered.stream().flatMap(v -> v.resources().stream()).toList();
        List<PolicyAnalysis> list = ordered.parallelStream()
                .map(v -> new PolicyAnalysis(v, explain(v), lint(v, all, resources, diags)))
                .toList();
        EnvironmentFlows flows = new EnvironmentFlows(env, ordered, diags::add);
        List<FlowCheck> checks = new ArrayList<>();
        if (flowChecks) {
            checks.addAll(flows.expectations(diags::add));
            checks.addAll(flows.lockout(diags::add));
        }
        if (verify) FlowFailures.report(env, checks, diags);
        EnvironmentFlows.Exposure exposure =
                memo == null ? flows.exposureReport() : memo.get(env, resources, flows::exposureReport);
        return new EnvironmentAnalysis(
                env,
                list,
                HostCoverage.of(env.hosts(), list),
                checks,
                exposure.grants(),
                exposure.peers(),
                exposure.skipped().stream()
                        .map(s -> s.probe().describe() + ": " + s.reason())
                        .toList());
    }

    /** Runs every lint on each policy resource; findings become warnings pointing at the rule's line. */
    private static List<Finding> lint(
            ValidatedPolicy v, List<PolicyResource> all, List<CalicoResource> resources, Diagnostics diags) {
        List<Finding> out = new ArrayList<>();
        for (CalicoResource r : v.resources()) {
            List<Finding> found;
            if (r instanceof PolicyResource p) {
                found = Lints.run(new LintContext(v.env(), p, all, resources));
            } else if (r instanceof KubernetesNetworkPolicy k8s) {
                found = KubernetesPolicyLints.run(v.env(), k8s, all, resources);
            } else {
                continue;
            }
            PositionIndex positions = v.positions().get(r.key());
            for (Finding f : found) {
                diags.add(new Diagnostic(
                        f.severity(),
                        DiagnosticCode.P401_LINT,
                        positions == null ? SourcePos.of(v.renderedFile()) : positions.at(f.rulePath()),
                        v.env().name(),
                        v.policy().name(),
                        "",
                        f.id() + ": " + f.message(),
                        f.hint(),
                        RenderedPolicy.context(
                                v.policy().templateFile(),
                                v.env().name(),
                                v.policy().name())));
            }
            out.addAll(found);
        }
        return out;
    }

    List<ExplainedRule> explain(ValidatedPolicy v) {
        List<ExplainedRule> out = new ArrayList<>();
        PolicyDoc doc = v.policy().doc();
        Set<String> anchors = new HashSet<>();
        for (PolicyResource p : v.policies()) {
            for (PolicyType dir : PolicyType.values()) {
                List<Rule> rules = p.spec().rules(dir);
                for (int i = 0; i < rules.size(); i++) {
                    Rule r = rules.get(i);
                    String note = doc.noteFor(r.name()).map(RuleNote::note).orElse("");
                    String anchor = anchor(p, dir, i, r, anchors);
                    out.add(new ExplainedRule(p.name(), dir, i, r.name(), anchor, explainer.explain(r, dir), note, r));
                }
            }
        }
        return out;
    }

    /** The rule's name when it has a unique, link-safe one; else its position. */
    private static String anchor(PolicyResource p, PolicyType dir, int i, Rule r, Set<String> used) {
        String base = r.name().matches("[a-z0-9][a-z0-9.-]{0,80}")
                ? "rule-" + r.name()
                : "rule-" + dir.yamlName().toLowerCase(java.util.Locale.ROOT) + "-" + i;
        String a = base;
        for (int n = 2; !used.add(a); n++) a = base + "-" + n;
        return a;
    }
}
