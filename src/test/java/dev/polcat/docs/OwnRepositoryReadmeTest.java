package dev.polcat.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.polcat.importer.ThreeEnvironmentExports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's "Use polcat in your own repository" script, run literally with bash in an empty folder: `polcat` is
 * this build, `calicoctl` a stand-in that prints the exports of the cluster its KUBECONFIG names. Only the
 * GitHub side (push, Pages settings) is left out: the workflows it writes are parsed and checked instead.
 */
class OwnRepositoryReadmeTest {
    private static final Pattern STEPS =
            Pattern.compile("<!-- own-repo:steps -->\n```sh\n(.*?)```\n<!-- /own-repo -->", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("uses: (actions/[a-z-]+@[0-9a-f]{40}) # (v[0-9.]+)");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path dir;

    @Test
    void theReadmeStepsRunInAScratchRepository() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher m = STEPS.matcher(readme);
        assertTrue(m.find(), "README has no own-repo:steps block");
        String script = m.group(1);

        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path clusters = Files.createDirectories(dir.resolve("clusters"));
        for (ThreeEnvironmentExports.Env e : ThreeEnvironmentExports.ENVS) {
            Files.writeString(
                    clusters.resolve(e.name() + ".yaml"),
                    ThreeEnvironmentExports.policies(e) + "---\n" + ThreeEnvironmentExports.hosts(e));
        }
        executable(
                bin.resolve("polcat"),
                "#!/bin/sh\nexec java -Xss4m -cp \"$POLCAT_TEST_CP\" dev.polcat.cli.Main \"$@\"\n");
        executable(
                bin.resolve("calicoctl"),
                "#!/bin/sh\n# Stand-in: the cluster is the kubeconfig's file name.\n"
                        + "exec cat \"$CLUSTERS/$(basename \"$KUBECONFIG\").yaml\"\n");
        Path work = Files.createDirectories(dir.resolve("work"));

        ProcessBuilder pb = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
                .directory(work.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("PATH", bin + ":" + env.get("PATH"));
        env.put("HOME", dir.toString());
        env.put("CLUSTERS", clusters.toString());
        env.put("POLCAT_TEST_CP", System.getProperty("java.class.path"));
        env.put("GIT_AUTHOR_NAME", "Test");
        env.put("GIT_AUTHOR_EMAIL", "test@example.invalid");
        env.put("GIT_COMMITTER_NAME", "Test");
        env.put("GIT_COMMITTER_EMAIL", "test@example.invalid");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.remove("GITHUB_ACTIONS");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), out);
        assertEquals(0, p.exitValue(), out);

        Path repo = work.resolve("my-policies");
        assertTrue(
                out.contains("round trip: polcat build renders exactly the imported resources in every environment"),
                out);
        assertTrue(Files.isRegularFile(repo.resolve("site/index.html")), out);
        assertTrue(Files.isRegularFile(repo.resolve("site/download/polcat-prod.zip")), out);
        assertTrue(
                Files.readString(repo.resolve("profiles/prod.yaml")).contains("hosts:"),
                "hosts from the HostEndpoints");

        for (String wf : new String[] {"policy-review.yml", "pages.yml"}) {
            JsonNode doc =
                    YAML.readTree(repo.resolve(".github/workflows").resolve(wf).toFile());
            assertTrue(doc.has("permissions"), wf);
            assertFalse(doc.get("on").toString().contains("pull_request_target"), wf);
        }
        JsonNode hooks = YAML.readTree(repo.resolve(".pre-commit-config.yaml").toFile());
        assertEquals("polcat-check", hooks.at("/repos/0/hooks/1/id").asText());

        // The pinned actions README shows are the ones this repository's own workflows use.
        String ours = Files.readString(Path.of(".github/workflows/pages.yml"))
                + Files.readString(Path.of(".github/workflows/policy-review.yml"));
        Matcher a = ACTION.matcher(script);
        int pinned = 0;
        while (a.find()) {
            pinned++;
            assertTrue(ours.contains("uses: " + a.group(1) + " # " + a.group(2)), a.group());
        }
        assertEquals(4, pinned);
    }

    private static void executable(Path file, String text) throws java.io.IOException {
        Files.writeString(file, text);
        assertTrue(file.toFile().setExecutable(true));
    }
}
