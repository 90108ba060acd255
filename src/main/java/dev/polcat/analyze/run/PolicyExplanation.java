package dev.polcat.analyze.run;

import dev.polcat.analyze.ExplainedRule;
import dev.polcat.analyze.Finding;
import dev.polcat.analyze.RuleExplainer;
import dev.polcat.analyze.lint.LintContext;
import dev.polcat.analyze.lint.Lints;
import dev.polcat.calico.BgpConfiguration;
import dev.polcat.calico.BgpPeer;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.FelixConfiguration;
import dev.polcat.calico.KubernetesNetworkPolicy;
import dev.polcat.calico.KubernetesPolicySpec;
import dev.polcat.calico.PolicyResource;
import dev.polcat.calico.PolicySpec;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Rule;
import dev.polcat.calico.StagedAction;
import dev.polcat.calico.StagedPolicy;
import dev.polcat.catalog.FailsafeSettings;
import dev.polcat.catalog.LockoutTargets;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One resource explained on its own (for {@code polcat explain}): a summary of what it selects and when it
 * applies, every rule as a sentence, and the caveats the lints detect. {@code policy} is the resource as
 * written (a staged or Kubernetes policy too); {@code rule} of a Kubernetes rule is null (such rules only
 * allow).
 */
public record PolicyExplanation(
        CalicoResource policy, String summary, List<ExplainedRule> rules, List<Finding> findings) {

    private static final RuleExplainer EXPLAINER = new RuleExplainer();

    /** The explanation of any kind polcat reads; empty for kinds with nothing to explain (sets, tiers, endpoints). */
    public static Optional<PolicyExplanation> of(CalicoResource r) {
        if (r instanceof PolicyResource p) return Optional.of(of(p));
        if (r instanceof StagedPolicy s) return Optional.of(staged(s));
        if (r instanceof KubernetesNetworkPolicy k) {
            return Optional.of(new PolicyExplanation(
                    k,
                    KubernetesPolicyText.summary(k.metadata(), k.spec()),
                    kubernetesRules(k.name(), k.spec()),
                    List.of()));
        }
        if (r instanceof BgpPeer b)
            return Optional.of(new PolicyExplanation(b, ClusterConfigText.bgpPeer(b), List.of(), List.of()));
        if (r instanceof BgpConfiguration b) {
            return Optional.of(new PolicyExplanation(b, ClusterConfigText.bgpConfiguration(b), List.of(), List.of()));
        }
        if (r instanceof FelixConfiguration f) {
            return Optional.of(new PolicyExplanation(f, ClusterConfigText.felixConfiguration(f), List.of(), List.of()));
        }
        return Optional.empty();
    }

    public static PolicyExplanation of(PolicyResource p) {
        return new PolicyExplanation(p, summary(p.spec()), calicoRules(p), lints(p));
    }

    private static List<Finding> lints(PolicyResource p) {
        Profile none = new Profile(
                "-",
                "",
                "",
                false,
                List.of(),
                Map.of(),
                Map.of(),
                List.of(),
                List.of(),
                FailsafeSettings.DEFAULTS,
                LockoutTargets.NONE,
                SourcePos.of("-"));
        return Lints.run(new LintContext(none, p, List.of(p)));
    }

    private static List<ExplainedRule> calicoRules(PolicyResource p) {
        List<ExplainedRule> rules = new ArrayList<>();
        for (PolicyType dir : PolicyType.values()) {
            List<Rule> list = p.spec().rules(dir);
            for (int i = 0; i < list.size(); i++) {
                Rule r = list.get(i);
                rules.add(new ExplainedRule(p.name(), dir, i, r.name(), "", EXPLAINER.explain(r, dir), "", r));
            }
        }
        return rules;
    }

    private static List<ExplainedRule> kubernetesRules(String name, KubernetesPolicySpec spec) {
        List<ExplainedRule> rules = new ArrayList<>();
        for (PolicyType dir : PolicyType.values()) {
            for (int i = 0; i < spec.rules(dir).size(); i++) {
                rules.add(new ExplainedRule(
                        name,
                        dir,
                        i,
                        "",
                        "",
                        KubernetesPolicyText.rule(spec.rules(dir).get(i), dir),
                        "",
                        null));
            }
        }
        return rules;
    }

    /**
     * A staged policy is explained as the policy it would enforce, under a summary that says it enforces
     * nothing; a staged Delete has no rules, only the policy it would remove.
     */
    private static PolicyExplanation staged(StagedPolicy s) {
        CalicoResource enforced = s.enforced();
        String what = enforced.kind().yamlName() + " " + enforced.name();
        String prefix = "staged, not enforced (Calico only reports what it would do in flow logs): ";
        if (s.stagedAction() == StagedAction.DELETE) {
            return new PolicyExplanation(
                    s,
                    prefix + "previews deleting " + what + "; traffic that policy decides would "
                            + "fall through to later policies and tiers",
                    List.of(),
                    List.of());
        }
        String action = "stagedAction " + s.stagedAction().yamlName() + " previews " + what + " as written here; ";
        if (enforced instanceof PolicyResource p) {
            return new PolicyExplanation(s, prefix + action + summary(p.spec()), calicoRules(p), lints(p));
        }
        KubernetesNetworkPolicy k = (KubernetesNetworkPolicy) enforced;
        return new PolicyExplanation(
                s,
                prefix + action + KubernetesPolicyText.summary(k.metadata(), k.spec()),
                kubernetesRules(k.name(), k.spec()),
                List.of());
    }

    static String summary(PolicySpec s) {
        StringBuilder b = new StringBuilder();
        b.append(
                s.order() == null
                        ? "no order (evaluated last in its tier)"
                        : "order " + s.order().stripTrailingZeros().toPlainString());
        b.append(" in tier ").append(s.effectiveTier());
        b.append("; selects ").append(s.selector().isEmpty() ? "all()" : s.selector());
        if (!s.namespaceSelector().isEmpty()) {
            b.append(" in namespaces ").append(s.namespaceSelector()).append(" (so pods only, never host endpoints)");
        }
        if (!s.serviceAccountSelector().isEmpty()) {
            b.append(", running as service accounts ")
                    .append(s.serviceAccountSelector())
                    .append(" (so pods only, never host endpoints)");
        }
        b.append("; applies to ")
                .append(String.join(
                        " and ",
                        s.effectiveTypes().stream().map(PolicyType::yamlName).toList()))
                .append(" traffic");
        if (s.doNotTrack()) b.append("; untracked (doNotTrack)");
        if (s.preDNAT()) b.append("; pre-DNAT");
        if (s.applyOnForward()) b.append("; also to forwarded traffic");
        if (!s.performanceHints().isEmpty()) b.append("; hints: ").append(String.join(", ", s.performanceHints()));
        return b.toString();
    }
}
