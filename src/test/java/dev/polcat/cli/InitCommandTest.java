package dev.polcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.publish.Artifact;
import dev.polcat.testing.TestCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code polcat init}: the scaffold builds at once, and init never overwrites or writes outside DIR. */
class InitCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = PolcatCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void scaffoldsTheDocumentedFilesAndBuildsAtOnce() throws IOException {
        Path cat = dir.resolve("new-catalog");
        Run r = run("init", cat.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(
                List.of(
                        ".vscode/settings.json",
                        "README.md",
                        "polcat.yaml",
                        "profiles/base.yaml",
                        "profiles/dev.yaml",
                        "templates/policies/failsafe.md",
                        "templates/policies/failsafe.yaml.ftl"),
                files(cat));
        assertEquals(files(cat), InitCommand.FILES.stream().sorted().toList(), "the printed list is the file list");
        for (String f : InitCommand.FILES) assertTrue(r.out().contains("  " + f + "\n"), r.out());
        assertTrue(r.out().contains("polcat build -C " + cat), r.out());
        assertTrue(r.out().contains("polcat serve -C " + cat), r.out());

        BuildResult result = new Build().run(BuildRequest.of(cat));
        assertFalse(result.failed(), TestCatalog.printed(result.diagnostics().all()));
        assertEquals(
                0,
                result.diagnostics().warningCount(),
                "the scaffold is what people copy: it should not even warn\n"
                        + TestCatalog.printed(result.diagnostics().all()));
        assertEquals(InitCommand.DEFAULT_TITLE, result.catalog().title());
        assertEquals(
                List.of("dev"),
                result.catalog().environments().stream().map(e -> e.name()).toList());
        List<String> paths = result.artifacts().stream().map(Artifact::path).toList();
        assertTrue(paths.contains("download/dev/dev-failsafe.yaml"), paths.toString());
        assertTrue(paths.contains("policies/failsafe.html"), paths.toString());
        assertTrue(paths.contains("index.html"), paths.toString());

        Run build = run("build", "-C", cat.toString());
        assertEquals(0, build.exit(), build.err());
        assertTrue(Files.isRegularFile(cat.resolve("site/index.html")));
    }

    /**
     * Folder names with spaces, quotes, $, a newline, ESC or a bidi override: the printed next steps paste
     * back into bash as exactly that folder (checked by running bash), and no raw control character
     * reaches the terminal.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "my catalog",
                "it's \"here\"",
                "$HOME `id` $(id)",
                "new\nline",
                "esc\u001b[31mred",
                "back\\slash 'q'\ttab",
                "rtl\u202eexe.txt",
                "-rf"
            })
    void nextStepsPasteBackAsTheSameFolderAndPrintNoControlCharacters(String name) throws Exception {
        Path cat = dir.resolve(name);
        Run r = run("init", cat.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(dev.polcat.diag.ControlChars.isPrintable(r.out().replace("\n", "")), r.out());
        String line = r.out()
                .lines()
                .filter(l -> l.startsWith("  polcat build -C "))
                .findFirst()
                .orElseThrow();
        String word = line.substring("  polcat build -C ".length(), line.indexOf("    render, validate"));
        Process bash = new ProcessBuilder("bash", "-c", "printf %s " + word)
                .redirectErrorStream(true)
                .start();
        String pasted = new String(bash.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor());
        assertEquals(cat.normalize(), Path.of(pasted).normalize(), word);
    }

    /** The editor set-up points at files that the first build writes, and each scaffold file validates. */
    @Test
    void pointsEditorsAtTheSchemasTheFirstBuildWrites() throws IOException {
        Path cat = dir.resolve("edited");
        assertEquals(0, run("init", cat.toString()).exit());
        assertEquals(0, run("build", "-C", cat.toString()).exit());
        Map<String, String> modelines = Map.of(
                "polcat.yaml", "# yaml-language-server: $schema=site/schema/polcat.schema.json",
                "profiles/base.yaml", "# yaml-language-server: $schema=../site/schema/profile.schema.json",
                "profiles/dev.yaml", "# yaml-language-server: $schema=../site/schema/profile.schema.json");
        for (var e : modelines.entrySet()) {
            Path file = cat.resolve(e.getKey());
            String first = Files.readString(file).lines().findFirst().orElseThrow();
            assertEquals(e.getValue(), first, e.getKey());
            Path schema = file.getParent()
                    .resolve(first.substring(first.indexOf('=') + 1))
                    .normalize();
            assertTrue(Files.isRegularFile(schema), schema + " is written by polcat build");
            var validator = com.networknt.schema.SchemaRegistry.withDefaultDialect(
                            com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(schema), com.networknt.schema.InputFormat.JSON);
            assertEquals(
                    List.of(),
                    validator.validate(Files.readString(file), com.networknt.schema.InputFormat.YAML),
                    e.getKey());
        }
        JsonNode mapping = new ObjectMapper()
                .readTree(cat.resolve(".vscode/settings.json").toFile())
                .get("yaml.schemas");
        assertEquals(
                "[\"profiles/*.yaml\"]",
                mapping.get("./site/schema/profile.schema.json").toString());
        assertEquals(
                "[\"templates/policies/*.md\"]",
                mapping.get("./site/schema/policy-doc.schema.json").toString());
        assertEquals(
                "[\"polcat.yaml\"]",
                mapping.get("./site/schema/polcat.schema.json").toString());
        mapping.fieldNames().forEachRemaining(s -> assertTrue(Files.isRegularFile(cat.resolve(s)), s));
    }

    @Test
    void refusesANonEmptyFolderAndChangesNothing() throws IOException {
        Path cat = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(cat.resolve("notes.txt"), "mine");
        Run r = run("init", cat.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("polcat: error: " + cat + " is not empty"), r.err());
        assertTrue(r.err().contains("--force"), r.err());
        assertEquals(List.of("notes.txt"), files(cat));
        assertEquals("", r.out());
    }

    @Test
    void forceAddsTheMissingFilesAndKeepsEveryExistingOne() throws IOException {
        Path cat = Files.createDirectories(dir.resolve("partial/profiles")).getParent();
        String mine =
                "extends: base\ntitle: Mine\nvalues:\n  managementCidrs: [10.1.0.0/24]\n  nodeCidrs: [10.1.1.0/24]\n"
                        + "  etcdServers:\n    - ip: 10.1.1.5\n";
        Files.writeString(cat.resolve("profiles/dev.yaml"), mine);
        Run r = run("init", "--force", cat.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(mine, Files.readString(cat.resolve("profiles/dev.yaml")), "never overwritten");
        assertTrue(r.out().contains("kept, already there (not overwritten):\n  profiles/dev.yaml"), r.out());
        assertEquals(InitCommand.FILES.stream().sorted().toList(), files(cat));

        Run again = run("init", "--force", cat.toString());
        assertEquals(0, again.exit());
        assertTrue(again.out().contains("every file is already there"), again.out());
    }

    @Test
    void theTitleIsAlwaysAStringInPolcatYaml() {
        Path cat = dir.resolve("titled");
        String title = "Team \"A\": no, 0755 \\ <policies>";
        assertEquals(0, run("init", "--title", title, cat.toString()).exit());
        BuildResult result = new Build().run(BuildRequest.of(cat));
        assertFalse(result.failed(), TestCatalog.printed(result.diagnostics().all()));
        assertEquals(title, result.catalog().title());

        Run bad = run("init", "--title", "two\nlines", dir.resolve("other").toString());
        assertEquals(2, bad.exit());
        assertFalse(Files.exists(dir.resolve("other")));
    }

    @Test
    void refusesAFileAndLinkedFolders() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        Run r = run("init", file.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("is not a folder"), r.err());

        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path cat = Files.createDirectories(dir.resolve("linked"));
        try {
            Files.createSymbolicLink(cat.resolve("profiles"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symlinks here (e.g. Windows without the privilege)
        }
        Run linked = run("init", "--force", cat.toString());
        assertEquals(2, linked.exit(), linked.out());
        assertTrue(linked.err().contains("refusing to write through it"), linked.err());
        assertEquals(List.of(), files(outside), "nothing was written through the link");
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
