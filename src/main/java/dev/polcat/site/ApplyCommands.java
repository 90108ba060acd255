package dev.polcat.site;

import dev.polcat.calico.KubernetesNetworkPolicy;
import dev.polcat.validate.ValidatedPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The commands that apply one environment's files, one set per way of getting them: saved from the
 * browser, unpacked from the zip, or in a checkout of the catalog (a terminal or CI). Each command is
 * exactly what works for that layout, pasted as shown. Loops run in a subshell and stop at the first
 * failure with its exit code: the terminal stays open, and later policies (the default deny comes last)
 * are never applied over a failed one.
 */
public final class ApplyCommands {
    /** One way of getting the files, with its commands for calicoctl and for kubectl. */
    public record Layout(String id, String label, String where, List<Command> commands) {}

    /** One command: which tool, and the text to paste. */
    public record Command(String id, String tool, String text) {}

    private ApplyCommands() {}

    /**
     * {@code files}: the per-policy file names, in apply order; {@code kubectl}: those holding a Kubernetes
     * NetworkPolicy, which even the calicoctl commands apply with kubectl.
     */
    public static List<Layout> layouts(String env, List<String> files, Set<String> kubectl) {
        String all = YamlBundle.allFileName(env);
        String zip = EnvironmentZip.fileName(env);
        String site = "site/" + YamlBundle.folder(env);
        return List.of(
                new Layout(
                        "browser",
                        "Browser download",
                        "Download " + all + ", then run this in the folder you saved it to (usually ~/Downloads):",
                        List.of(
                                new Command(
                                        "browser-calicoctl",
                                        "calicoctl",
                                        kubectl.isEmpty()
                                                ? "calicoctl apply -f " + all
                                                : "# " + all
                                                        + " holds Kubernetes NetworkPolicies, which calicoctl cannot read\n"
                                                        + "kubectl apply -f " + all),
                                new Command("browser-kubectl", "kubectl", "kubectl apply -f " + all))),
                new Layout(
                        "zip",
                        "Zip",
                        "Download " + zip + ", then run this in the folder you saved it to: it unpacks to " + env
                                + "/ and applies one file per policy, in apply order.",
                        List.of(
                                new Command(
                                        "zip-calicoctl",
                                        "calicoctl",
                                        "unzip -o " + zip + " && "
                                                + String.join(" && ", loops(env + "/", files, kubectl))),
                                new Command(
                                        "zip-kubectl",
                                        "kubectl",
                                        "unzip -o " + zip + " && " + loop("kubectl", env + "/", files)))),
                new Layout(
                        "repo",
                        "Repository / CI",
                        "In a checkout of the catalog, from its folder (where polcat.yaml and profiles/ are), after "
                                + "polcat build or with the committed site/:",
                        List.of(
                                new Command(
                                        "repo-calicoctl",
                                        "calicoctl",
                                        String.join(" && ", loops(site, files, kubectl))),
                                new Command("repo-kubectl", "kubectl", loop("kubectl", site, files)))));
    }

    /**
     * calicoctl reads only Calico's kinds; a file holding a Kubernetes NetworkPolicy (networking.k8s.io)
     * must go through kubectl.
     */
    static boolean needsKubectl(ValidatedPolicy v) {
        return v.resources().stream().anyMatch(r -> r instanceof KubernetesNetworkPolicy);
    }

    /**
     * {@code files} in order with calicoctl, except those in {@code kubectl}: one loop per run of files
     * that take the same tool, so the apply order holds across tools.
     */
    static List<String> loops(String folder, List<String> files, Set<String> kubectl) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String tool = null;
        for (String f : files) {
            String t = kubectl.contains(f) ? "kubectl" : "calicoctl";
            if (tool != null && !t.equals(tool)) {
                out.add(loop(tool, folder, run));
                run = new ArrayList<>();
            }
            tool = t;
            run.add(f);
        }
        if (!run.isEmpty()) out.add(loop(tool, folder, run));
        return out;
    }

    /** One apply per file (calicoctl takes one -f), stopping at the first failure with its exit code. */
    static String loop(String tool, String folder, List<String> files) {
        String list = files.stream().map(f -> " \\\n    " + folder + f).collect(Collectors.joining());
        return "(for f in" + list + "; do\n  " + tool + " apply -f \"$f\" || exit\ndone)";
    }
}
