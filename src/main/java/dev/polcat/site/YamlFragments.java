package dev.polcat.site;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.diag.SafeJson;
import dev.polcat.publish.Artifact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every environment's YAML of one policy, as one script the policy page adds when it first shows YAML
 * ({@code policies/yaml/POLICY.js}). A script and not JSON because Chromium refuses {@code fetch} on
 * {@code file://} pages but loads scripts; the script only hands its JSON to {@code window.polcatYaml},
 * so the page's strict CSP ({@code script-src 'self'}) holds. The YAML is plain and {@code policy.js}
 * highlights it: HTML highlighted here was five times the size (150 MB of a 500 × 20 site).
 *
 * <p>One script per policy and environment repeated what environments share, most of each file (41 MB
 * of a 500 × 20 site), so the script holds each distinct line once, and each environment as a list of
 * numbers: {@code n >= 0} is line {@code n}; {@code -k} is the {@code k} lines after the last one
 * taken. The text is those lines joined by {@code "\n"}, byte for byte the download file.
 */
final class YamlFragments {
    private YamlFragments() {}

    /** What the script hands to {@code window.polcatYaml}; {@code envs} in the order pages show them. */
    record Fragment(String policy, List<String> lines, Map<String, List<Integer>> envs) {
        /** {@code env}'s text, as {@code policy.js} puts it together. */
        String text(String env) {
            List<String> out = new ArrayList<>();
            int last = 0;
            for (int n : envs.get(env)) {
                if (n >= 0) out.add(lines.get(last = n));
                for (int k = n; k < 0; k++) out.add(lines.get(++last));
            }
            return String.join("\n", out);
        }
    }

    static String path(String policy) {
        return "policies/yaml/" + policy + ".js";
    }

    /** None when no environment enables the policy: its page shows no YAML. */
    static Optional<Artifact> artifact(PageContext ctx, String policy) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (EnvironmentAnalysis e : ctx.environments()) {
            e.policy(policy).ifPresent(pa -> texts.put(e.env().name(), ctx.yaml(pa.policy())));
        }
        if (texts.isEmpty()) return Optional.empty();
        String json = SafeJson.writeCompact(fragment(policy, texts)).stripTrailing();
        return Optional.of(Artifact.text(path(policy), "window.polcatYaml && window.polcatYaml(" + json + ");\n"));
    }

    /** Lines are numbered as they first appear, environment by environment, so the same input gives the same file. */
    static Fragment fragment(String policy, Map<String, String> textByEnv) {
        Map<String, Integer> number = new HashMap<>();
        List<String> lines = new ArrayList<>();
        Map<String, List<Integer>> envs = new LinkedHashMap<>();
        textByEnv.forEach((env, text) -> {
            List<Integer> list = new ArrayList<>();
            int last = -2;
            for (String line : text.split("\n", -1)) {
                int n = number.computeIfAbsent(line, l -> {
                    lines.add(l);
                    return lines.size() - 1;
                });
                int end = list.size() - 1;
                if (n != last + 1) list.add(n);
                else if (list.get(end) < 0) list.set(end, list.get(end) - 1);
                else list.add(-1);
                last = n;
            }
            envs.put(env, list);
        });
        return new Fragment(policy, lines, envs);
    }
}
