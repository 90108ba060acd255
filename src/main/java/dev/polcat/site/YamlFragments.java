package dev.polcat.site;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.diag.SafeJson;
import dev.polcat.publish.Artifact;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * One environment's YAML of one policy, as a script the policy page adds when that environment is chosen
 * ({@code policies/yaml/POLICY/ENV.js}). A script and not an HTML file because Chromium refuses {@code
 * fetch} on {@code file://} pages but loads scripts; the script only hands its JSON to {@code
 * window.polcatYaml}, so the page's strict CSP ({@code script-src 'self'}) holds. The YAML is plain and
 * {@code policy.js} highlights it: HTML highlighted here was five times the size (150 MB of a 500 × 20
 * site).
 */
final class YamlFragments {
    private YamlFragments() {}

    static String path(String policy, String env) {
        return "policies/yaml/" + policy + "/" + env + ".js";
    }

    static Artifact artifact(PageContext ctx, EnvironmentAnalysis e, PolicyAnalysis pa) {
        String policy = pa.policy().policy().name();
        String env = e.env().name();
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = SafeJson.factory().createGenerator(sw)) {
            g.writeStartObject();
            g.writeStringField("policy", policy);
            g.writeStringField("env", env);
            g.writeStringField("yaml", ctx.yaml(pa.policy()));
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Artifact.text(path(policy, env), "window.polcatYaml && window.polcatYaml(" + sw + ");\n");
    }
}
