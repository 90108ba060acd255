package dev.polcat.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.polcat.cli.PolcatCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * action.yml, the workflows and the pre-commit hooks parse, pin every action to a full commit SHA, ask for the
 * least permissions (pinned here per job), never run on pull_request_target, and never expand an input inside a
 * script (where it could inject shell).
 */
class WorkflowFilesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PINNED = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}");
    private static final Path WORKFLOWS = Path.of(".github/workflows");

    /** Every job's permissions, "workflow/job" -> scope: level; a new write permission has to be added here. */
    private static final Map<String, Map<String, String>> PERMISSIONS = Map.of(
            "policy-review.yml/review", Map.of("contents", "read", "pull-requests", "write"),
            "release.yml/release", Map.of("contents", "write"),
            "pages.yml/build", Map.of("contents", "read"),
            "pages.yml/deploy", Map.of("pages", "write", "id-token", "write"));

    @Test
    void everyWorkflowHasExactlyItsPinnedPermissions() throws IOException {
        Map<String, Map<String, String>> seen = new TreeMap<>();
        for (Path wf : workflows()) {
            JsonNode doc = YAML.readTree(wf.toFile());
            assertTrue(doc.has("permissions"), wf + ": top-level permissions must be declared");
            Map<String, String> top = permissions(doc.get("permissions"), wf);
            doc.get("jobs").properties().forEach(job -> {
                JsonNode p = job.getValue().get("permissions");
                seen.put(wf.getFileName() + "/" + job.getKey(), p == null ? top : permissions(p, wf));
            });
        }
        assertEquals(new TreeMap<>(PERMISSIONS), seen);
    }

    @Test
    void noWorkflowRunsOnPullRequestTarget() throws IOException {
        for (Path wf : workflows()) {
            JsonNode on = YAML.readTree(wf.toFile()).get("on");
            assertFalse(on == null, wf + ": no 'on'");
            List<String> events = new ArrayList<>();
            if (on.isTextual()) events.add(on.asText());
            else if (on.isArray()) on.forEach(e -> events.add(e.asText()));
            else on.properties().forEach(e -> events.add(e.getKey()));
            assertFalse(events.contains("pull_request_target"), wf + " runs on pull_request_target");
            assertFalse(Files.readString(wf).contains("pull_request_target:"), wf.toString());
        }
    }

    @Test
    void everyActionIsPinnedToACommitOrIsThisRepository() throws IOException {
        List<Path> files = new ArrayList<>(workflows());
        files.add(Path.of("action.yml"));
        int count = 0;
        for (Path f : files) {
            for (JsonNode step : steps(YAML.readTree(f.toFile()))) {
                if (!step.has("uses")) continue;
                String uses = step.get("uses").asText();
                count++;
                assertTrue(
                        uses.equals("./") || PINNED.matcher(uses).matches(),
                        f + ": '" + uses + "' must be pinned to a full commit SHA (owner/repo@<40 hex> # vX.Y.Z)");
            }
        }
        assertTrue(count >= 8, "found only " + count + " uses: the walk over steps is broken");
    }

    @Test
    void theActionIsCompositeAndExpandsInputsOnlyThroughEnv() throws IOException {
        JsonNode action = YAML.readTree(Path.of("action.yml").toFile());
        assertEquals("composite", action.at("/runs/using").asText());
        for (String input : List.of("version", "command", "catalog", "fail-on")) {
            assertTrue(action.at("/inputs").has(input), "input " + input);
        }
        int scripts = 0;
        for (JsonNode step : steps(action)) {
            if (!step.has("run")) continue;
            scripts++;
            assertFalse(step.get("run").asText().contains("${{"), "a script expands ${{ }}: " + step.get("name"));
            assertTrue(step.has("shell"), "composite run steps need shell: " + step.get("name"));
        }
        assertTrue(scripts >= 4, "scripts: " + scripts);
    }

    @Test
    void theBundledReviewWorkflowUsesTheActionOfThisRepository() throws IOException {
        List<String> uses = new ArrayList<>();
        for (JsonNode step :
                steps(YAML.readTree(WORKFLOWS.resolve("policy-review.yml").toFile()))) {
            if (step.has("uses") && step.get("uses").asText().equals("./"))
                uses.add(step.at("/with/command").asText());
        }
        assertEquals(List.of("check", "diff"), uses);
    }

    @Test
    void preCommitHooksRunRealSubcommands() throws IOException {
        JsonNode hooks = YAML.readTree(Path.of(".pre-commit-hooks.yaml").toFile());
        Map<String, String> entries = new TreeMap<>();
        hooks.forEach(h -> entries.put(h.get("id").asText(), h.get("entry").asText()));
        assertEquals(Map.of("polcat-check", "polcat check", "polcat-validate", "polcat validate"), entries);
        var subcommands = PolcatCommand.commandLine().getSubcommands().keySet();
        for (String entry : entries.values()) {
            assertTrue(subcommands.contains(entry.split(" ")[1]), entry);
        }
        hooks.forEach(h ->
                assertFalse(h.get("pass_filenames").asBoolean(true), h.get("id").asText()));
    }

    private static List<Path> workflows() throws IOException {
        try (Stream<Path> s = Files.list(WORKFLOWS)) {
            List<Path> all =
                    s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
            assertTrue(all.size() >= 3, "workflows: " + all);
            return all;
        }
    }

    private static Map<String, String> permissions(JsonNode node, Path wf) {
        assertTrue(node.isObject(), wf + ": permissions must list scopes (not read-all/write-all): " + node);
        Map<String, String> m = new TreeMap<>();
        node.properties().forEach(e -> m.put(e.getKey(), e.getValue().asText()));
        return m;
    }

    /** The steps of a composite action, or of every job of a workflow. */
    private static List<JsonNode> steps(JsonNode doc) {
        List<JsonNode> out = new ArrayList<>();
        if (doc.has("runs")) doc.at("/runs/steps").forEach(out::add);
        if (doc.has("jobs")) doc.get("jobs").forEach(job -> job.path("steps").forEach(out::add));
        return out;
    }
}
