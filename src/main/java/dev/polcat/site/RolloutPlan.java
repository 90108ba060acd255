package dev.polcat.site;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.FlowCheck;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.calico.Protocol;
import dev.polcat.catalog.ExpectedFlow;
import dev.polcat.catalog.FlowService;
import dev.polcat.catalog.Profile;
import dev.polcat.validate.ValidatedPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The steps that apply one environment safely, each with its commands and its undo, run from the
 * catalog's folder after {@code polcat build}: (1) stage the changed policies and watch them, (2) apply
 * the real ones in apply order, (3) check, (4) only then set Felix's failsafe ports. Step 4 exists only
 * when the profile sets {@code failsafe:}, and polcat refuses it unless the failsafe policy is in the plan
 * and every lockout-guard flow holds with failsafe ports off: narrowing them before is how a team locks
 * itself out.
 */
public final class RolloutPlan {
    /** One numbered step. {@code commands} are shell commands; {@code undo} reverses them. */
    public record Step(int number, String title, String text, List<String> commands, List<String> undo) {}

    private static final Protocol TCP = Protocol.named("TCP");

    private RolloutPlan() {}

    /**
     * {@code changed}: the policies to roll out (new or changed against the base), or null for all.
     * {@code removed}: {@code kind/name} of resources the base had and the head has not.
     */
    public static List<Step> of(EnvironmentAnalysis e, Set<String> changed, List<String> removed) {
        Profile env = e.env();
        String name = env.name();
        String folder = "site/" + YamlBundle.folder(name);
        List<ValidatedPolicy> all =
                e.policies().stream().map(PolicyAnalysis::policy).toList();
        Set<String> ownStaged = StagedPolicies.defined(all);
        List<String> real = new ArrayList<>();
        Set<String> kubectl = new HashSet<>();
        List<String> staged = new ArrayList<>();
        List<String> policies = new ArrayList<>();
        for (PolicyAnalysis pa : e.policies()) {
            String policy = pa.policy().policy().name();
            if (changed != null && !changed.contains(policy)) continue;
            String file = folder + YamlBundle.policyFileName(name, policy);
            real.add(file);
            policies.add(policy);
            if (ApplyCommands.needsKubectl(pa.policy())) kubectl.add(file);
            if (!StagedPolicies.copies(pa.policy(), ownStaged).isEmpty())
                staged.add(folder + "staged/" + StagedPolicies.fileName(name, policy));
        }
        List<String> stage = new ArrayList<>();
        if (!staged.isEmpty() && !StagedPolicies.tierResources(all).isEmpty())
            stage.add("calicoctl apply -f site/" + StagedPolicies.tiersPath(name));
        if (!staged.isEmpty()) stage.add(ApplyCommands.loop("calicoctl", "", staged));
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(
                1,
                "Stage the changed policies and watch them",
                staged.isEmpty()
                        ? "No policy changes: nothing to stage."
                        : "Staged policies are evaluated but never enforced. "
                                + (stage.size() > 1
                                        ? "Their tiers come first (a tier without enforced policies changes no verdict). "
                                        : "")
                                + "Watch what they would allow and deny (the staged verdicts in flow logs) before going on.",
                stage,
                staged.isEmpty() ? List.of() : List.of(loop("delete", staged))));
        List<String> apply = new ArrayList<>();
        if (!real.isEmpty()) apply.addAll(ApplyCommands.loops("", real, kubectl));
        if (!staged.isEmpty()) apply.add(loop("delete", staged));
        removed.forEach(r -> apply.add("calicoctl delete " + r.replace('/', ' ')));
        steps.add(new Step(
                2,
                "Apply the real policies in apply order, then remove the staged ones",
                real.isEmpty() && removed.isEmpty() ? "Nothing to apply." : applyText(policies, !kubectl.isEmpty()),
                apply,
                real.isEmpty() ? List.of() : loops("delete", reversed(real), kubectl)));
        steps.add(new Step(
                3,
                "Check",
                "Every expected flow and the lockout guard, as polcat computes them; then, by hand from a "
                        + "management host, the flows below (each should connect).",
                checks(e),
                List.of()));
        felix(e).ifPresent(steps::add);
        return steps;
    }

    private static String applyText(List<String> policies, boolean kubectl) {
        String order = policies.isEmpty()
                ? ""
                : policies.size() == 1
                        ? "In apply order: " + policies.get(0) + "."
                        : "In apply order: " + policies.get(0) + " first, " + policies.get(policies.size() - 1)
                                + " last.";
        return kubectl
                ? order + " Files with Kubernetes NetworkPolicies go through kubectl, which needs Calico's API server "
                        + "for the Calico kinds beside them."
                : order;
    }

    private static java.util.Optional<Step> felix(EnvironmentAnalysis e) {
        String name = e.env().name();
        if (e.env().failsafe().inbound() == null && e.env().failsafe().outbound() == null) {
            return java.util.Optional.of(new Step(
                    4,
                    "Felix's failsafe ports: left at Felix's defaults",
                    "profiles/" + name
                            + ".yaml has no failsafe:, so every host keeps accepting SSH, BGP, etcd and the API server "
                            + "from any address whatever the policies say. Once the failsafe policy is applied and checked, set "
                            + "failsafe: in the profile, rebuild, and this step gives the FelixConfiguration patch.",
                    List.of(),
                    List.of()));
        }
        String file = "site/" + FelixPatch.path(name);
        String refusal = refusal(e);
        if (refusal != null) {
            return java.util.Optional.of(
                    new Step(4, "Set Felix's failsafe ports: refused", refusal, List.of(), List.of()));
        }
        return java.util.Optional.of(new Step(
                4,
                "Only now, set Felix's failsafe ports",
                "The failsafe policy is in place and checked: set FailsafeInboundHostPorts and FailsafeOutboundHostPorts to "
                        + "profiles/" + name
                        + ".yaml's failsafe: (with kubectl: kubectl patch felixconfiguration default --type merge "
                        + "--patch-file " + file + "). Keep a session open on a host and run step 3 again right after.",
                List.of("calicoctl patch felixconfiguration default --patch \"$(grep -v '^#' " + file + ")\""),
                List.of("calicoctl patch felixconfiguration default --patch '" + FelixPatch.UNDO + "'")));
    }

    /** Why step 4 must not be given, or null: no failsafe policy, no guard, or a guard flow that fails. */
    static String refusal(EnvironmentAnalysis e) {
        if (e.policy("failsafe").isEmpty()) {
            return "polcat will not give this step: the failsafe policy is not enabled in "
                    + e.env().name() + ", so narrowing Felix's failsafe ports could cut every host off.";
        }
        List<FlowCheck> guard = e.checks().stream()
                .filter(c -> c.mode() == FlowCheck.Failsafe.OFF)
                .toList();
        if (guard.isEmpty()) {
            return "polcat will not give this step: profiles/" + e.env().name()
                    + ".yaml declares no guard: flows, so nothing "
                    + "shows that the hosts stay reachable once the failsafe ports are narrowed.";
        }
        return guard.stream()
                .filter(c -> !c.holds())
                .findFirst()
                .map(c -> "polcat will not give this step: with failsafe ports off, "
                        + c.flow().describe() + " fails (" + c.requirement() + ").")
                .orElse(null);
    }

    private static List<String> checks(EnvironmentAnalysis e) {
        List<String> out = new ArrayList<>();
        out.add("polcat verify --env " + e.env().name());
        for (ExpectedFlow f : e.env().expectations()) {
            FlowService svc = f.flowService();
            if (!f.allow()
                    || svc.port() == null
                    || svc.protocol() == null
                    || !svc.protocol().sameAs(TCP)) continue;
            e.env().hosts().stream()
                    .filter(h -> f.to().isSelector()
                            ? f.to().selects(h.labels())
                            : h.name().equals(f.to().value()))
                    .findFirst()
                    .ifPresent(h -> out.add("nc -zv -w 3 " + h.ips().get(0).text() + " " + svc.port() + "   # "
                            + h.name() + ", from " + f.from() + (f.reason().isEmpty() ? "" : ": " + f.reason())));
        }
        return out;
    }

    private static String loop(String verb, List<String> files) {
        return loops(verb, files, Set.of()).get(0);
    }

    private static List<String> loops(String verb, List<String> files, Set<String> kubectl) {
        return ApplyCommands.loops("", files, kubectl).stream()
                .map(l -> l.replace(" apply -f ", " " + verb + " -f "))
                .toList();
    }

    private static List<String> reversed(List<String> files) {
        List<String> r = new ArrayList<>(files);
        java.util.Collections.reverse(r);
        return r;
    }

    /** The plan as text, for {@code polcat rollout}: numbered steps, each command, each undo. */
    public static String text(String heading, List<Step> steps) {
        StringBuilder b = new StringBuilder(heading).append('\n');
        for (Step s : steps) {
            b.append('\n').append(s.number()).append(". ").append(s.title()).append('\n');
            b.append("   ").append(s.text()).append('\n');
            for (String c : s.commands()) b.append(indent("   $ ", c));
            for (String u : s.undo()) b.append(indent("   undo: ", u));
        }
        return b.toString();
    }

    private static String indent(String first, String command) {
        String pad = " ".repeat(first.length());
        return first + command.replace("\n", "\n" + pad) + "\n";
    }
}
