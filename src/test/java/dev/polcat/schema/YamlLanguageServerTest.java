package dev.polcat.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.polcat.diag.Diagnostics;
import dev.polcat.load.CatalogLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an editor shows: the real YAML language server (pinned in src/test/editor) opens the example's
 * prod.yaml, with its modeline, after three mistakes and with the cursor on an empty line under values;
 * the modeline leads it to the schemas as generated now.
 * Skipped when node or the server is not installed ({@code npm ci --prefix src/test/editor}).
 */
class YamlLanguageServerTest {
    private static final Path EDITOR = Path.of("src/test/editor");

    @TempDir
    Path dir;

    @Test
    void flagsMistakesAndCompletesParameterNamesAsYouType() throws IOException, InterruptedException {
        assumeTrue(
                hasNode() && Files.isRegularFile(EDITOR.resolve("node_modules/.bin/yaml-language-server")),
                "skipped: needs node and the YAML language server (npm ci --prefix src/test/editor)");
        String broken = Files.readString(Path.of("profiles/prod.yaml"))
                .replaceFirst("title: Production", "titel: Production")
                .replaceFirst("  monitoringCidrs:", "  monitoringCidr:")
                .replaceFirst("  nodeCidrs: \\[10.30.1.0/24]\n", "  nodeCidrs: [10.30.1/24]\n  \n");
        Path text = Files.writeString(dir.resolve("typed.yaml"), broken);
        int emptyLine = broken.lines().toList().indexOf("  ");
        // The schemas as generated now, where the profile's modeline (../site/schema/) finds them.
        Path schemas = Files.createDirectories(dir.resolve("site/schema"));
        for (var a : new SchemaValidation(SchemaValidation.EXAMPLE).files())
            Files.write(schemas.resolve(a.path()), a.bytes());

        List<String> out =
                run(dir.resolve("profiles/prod.yaml").toString(), text.toString(), Integer.toString(emptyLine), "2");

        assertEquals(
                List.of(
                        "  3:1 Property titel is not allowed.",
                        "  " + emptyLine + ":15 not a CIDR: write a network such as 10.0.0.0/24 or fd00::/64",
                        "  " + (emptyLine + 9) + ":3 Property monitoringCidr is not allowed."),
                out.stream()
                        .filter(l -> l.startsWith("  "))
                        .sorted(java.util.Comparator.comparingInt(l -> Integer.parseInt(
                                l.strip().substring(0, l.strip().indexOf(':')))))
                        .toList(),
                String.join("\n", out));
        String completion = out.stream()
                .filter(l -> l.startsWith("completion at"))
                .findFirst()
                .orElseThrow();
        Set<String> offered = new TreeSet<>(
                List.of(completion.substring(completion.indexOf("items: ") + 7).split(", ")));
        assertEquals(parametersNotYetSet(broken), offered);
    }

    /** Completion offers every declared parameter the profile's values do not set yet. */
    private static Set<String> parametersNotYetSet(String profile) throws IOException {
        Set<String> expected = new TreeSet<>(new CatalogLoader()
                .loadPolicies(SchemaValidation.EXAMPLE, new Diagnostics())
                .parameters()
                .keySet());
        JsonNode values = new YAMLMapper().readTree(profile).get("values");
        values.fieldNames().forEachRemaining(expected::remove);
        return expected;
    }

    private static List<String> run(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(
                List.of("node", EDITOR.resolve("lsp-check.mjs").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS), "the language server did not answer within 60 s");
        return new String(output, StandardCharsets.UTF_8).lines().toList();
    }

    private static boolean hasNode() {
        try {
            Process p = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
