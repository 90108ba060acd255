package dev.polcat.site;

import java.util.List;
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

    /** {@code files}: the per-policy file names, in apply order. */
    public static List<Layout> layouts(String env, List<String> files) {
        String all = YamlBundle.allFileName(env);
        String zip = EnvironmentZip.fileName(env);
        String site = "site/" + YamlBundle.folder(env);
        return List.of(
                new Layout(
                        "browser",
                        "Browser download",
                        "Download " + all + ", then run this in the folder you saved it to (usually ~/Downloads):",
                        List.of(
                                new Command("browser-calicoctl", "calicoctl", "calicoctl apply -f " + all),
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
                                        "unzip -o " + zip + " && " + loop("calicoctl", env + "/", files)),
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
                                new Command("repo-calicoctl", "calicoctl", loop("calicoctl", site, files)),
                                new Command("repo-kubectl", "kubectl", loop("kubectl", site, files)))));
    }

    /** One apply per file (calicoctl takes one -f), stopping at the first failure with its exit code. */
    static String loop(String tool, String folder, List<String> files) {
        String list = files.stream().map(f -> " \\\n    " + folder + f).collect(Collectors.joining());
        return "(for f in" + list + "; do\n  " + tool + " apply -f \"$f\" || exit\ndone)";
    }
}
