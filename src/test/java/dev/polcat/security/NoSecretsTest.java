package dev.polcat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI jobs hold tokens in environment variables and in files next to the checkout. A template must not
 * be able to read either, and no error message may echo them.
 */
class NoSecretsTest {
    private static final String SECRET_PROPERTY = "polcat.test.secret";
    private static final String SECRET = "SECRET-SYSPROP-8f3a61c2";

    @TempDir
    Path dir;

    private Hostile h;

    @BeforeEach
    void catalog() {
        h = Hostile.minimal(dir);
        System.setProperty(SECRET_PROPERTY, SECRET);
    }

    @AfterEach
    void forget() {
        System.clearProperty(SECRET_PROPERTY);
    }

    @Test
    void templatesCannotReadEnvironmentVariablesOrSystemProperties() throws IOException {
        // Every special variable and evaluation trick a template has, each falling back to "absent".
        h.with(Hostile.TEMPLATE, """
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata:
                  name: ssh
                  annotations:
                    probe.polcat.dev/vars: ${(.vars["PATH"])!"absent"}
                    probe.polcat.dev/data-model: ${(.data_model["HOME"])!"absent"}
                    probe.polcat.dev/globals: ${(.globals["JAVA_HOME"])!"absent"}
                    probe.polcat.dev/locals: ${(.locals["PATH"])!"absent"}
                    probe.polcat.dev/sysprop: ${(.vars["polcat.test.secret"])!"absent"}
                    probe.polcat.dev/user-home: ${(.globals["user.home"])!"absent"}
                    probe.polcat.dev/eval: ${"(.vars.PATH)!'absent'"?eval}
                    probe.polcat.dev/interpret: <#assign t = r"${(.data_model.HOME)!'absent'}"?interpret><@t/>
                    probe.polcat.dev/env: ${(env.PATH)!"absent"}
                    probe.polcat.dev/policy: ${(policy.getClass)!"absent"}
                spec:
                  order: 10
                  selector: ${selector}
                  ingress:
                    - action: Allow
                      metadata: {annotations: {polcat.dev/rule: ssh-in}}
                      protocol: TCP
                      source: {nets: ${pc.flow(sshCidrs)}}
                      destination: {ports: [${sshPort}]}
                """);
        Map<String, String> before = h.snapshot();
        Hostile.Result r = h.build();
        assertEquals(0, r.exit(), r::toString);
        h.assertNothingEscaped(before);
        String yaml = Files.readString(h.out().resolve("download/dev/dev-ssh.yaml"));
        for (String probe : List.of(
                "vars",
                "data-model",
                "globals",
                "locals",
                "sysprop",
                "user-home",
                "eval",
                "interpret",
                "env",
                "policy")) {
            assertTrue(yaml.contains("probe.polcat.dev/" + probe + ": absent\n"), probe + " leaked:\n" + yaml);
        }
        assertNoSecretIn(h.out(), r);
    }

    @Test
    void aSymlinkedProfileNeverShowsItsTargetInAnError() {
        Path secret = h.outside("ci-token.yaml", "title: SECRET-FILE-CONTENT-27c1\n");
        h.link(Hostile.PROFILE, secret.toAbsolutePath());
        Hostile.Result r = h.assertBuildFails(2, """
                profiles/dev.yaml: error: refusing to follow a symbolic link [P100]
                  hint: commit the file or folder itself, not a link
                polcat: 1 error, 0 warnings""");
        assertFalse(r.err().contains("SECRET") || r.err().contains(secret.toString()), r::toString);
    }

    @Test
    void aProfileLinkedToTheProcessEnvironmentIsNotRead() {
        h.link(Hostile.PROFILE, Path.of("/proc/self/environ"));
        Hostile.Result r = h.assertBuildFails(2, """
                profiles/dev.yaml: error: refusing to follow a symbolic link [P100]
                  hint: commit the file or folder itself, not a link
                polcat: 1 error, 0 warnings""");
        assertNoEnvironmentValueIn(r.err() + r.out());
    }

    @Test
    void undefinedVariableErrorsNameTheExpressionNotAValue() {
        h.with(Hostile.TEMPLATE, "${.vars.PATH}\n" + Hostile.TEMPLATE_TEXT);
        Hostile.Result r = h.assertBuildFails(1, """
                templates/policies/ssh.yaml.ftl:1:3: error: '.vars.PATH' is undefined or null [P202] (env dev, policy ssh)
                  hint: optional parameters without a default are null: test with <#if .vars??>, or give a default with .vars.PATH!"..."
                polcat: 1 error, 0 warnings""");
        assertNoEnvironmentValueIn(r.err() + r.out());
    }

    @Test
    void checkNeverReadsTheCommittedSiteThroughALink() throws IOException {
        // `polcat check` compares the committed site/ with a rebuild and prints diffs of stale files; in a
        // pull request that site/ is hostile too.
        assertEquals(0, h.build().exit());
        Path secret = h.outside("ci-secret.txt", "SECRET-CI-TOKEN-b6d0\n");
        Files.delete(h.out().resolve("index.html"));
        Files.createSymbolicLink(h.out().resolve("index.html"), secret.toAbsolutePath());
        Files.delete(h.out().resolve("catalog.json"));
        Files.createSymbolicLink(h.out().resolve("catalog.json"), Path.of("/dev/zero"));
        Map<String, String> before = h.snapshot();
        Hostile.Result r =
                Hostile.run("check", "-C", h.catalog().toString(), "-o", h.out().toString(), "--no-ci-annotations");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("stale:   " + h.out().resolve("index.html")), r::toString);
        assertTrue(
                r.out()
                        .contains(
                                "site/index.html: not a regular file, or larger than 4 MiB: not shown; a build replaces it"),
                r::toString);
        assertFalse(r.out().contains("SECRET") || r.err().contains("SECRET"), r::toString);
        assertNoEnvironmentValueIn(r.out() + r.err());
        h.assertNothingEscaped(before);
    }

    @Test
    void checkShowsCommittedTerminalEscapesEscaped() throws IOException {
        assertEquals(0, h.build().exit());
        Path index = h.out().resolve("index.html");
        Files.writeString(index, Files.readString(index) + "\u001b]0;owned\u0007\u001b[2J\n::error::fake\n");
        Hostile.Result r =
                Hostile.run("check", "-C", h.catalog().toString(), "-o", h.out().toString(), "--no-ci-annotations");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("-\\u001b]0;owned\\u0007\\u001b[2J"), r::toString);
        assertFalse(r.out().contains("\u001b"), "a raw escape reached the log");
        assertFalse(r.out().lines().anyMatch(l -> l.startsWith("::")), "a workflow command reached the log");
    }

    /** No environment value long enough to be a secret, and not the test's system property. */
    private void assertNoSecretIn(Path out, Hostile.Result r) throws IOException {
        StringBuilder all = new StringBuilder(r.out()).append(r.err());
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)); // lenient: zips too
            }
        }
        assertFalse(all.toString().contains(SECRET), "the system property leaked");
        assertNoEnvironmentValueIn(all.toString());
    }

    private void assertNoEnvironmentValueIn(String text) {
        assertEquals(
                List.of(), leakedVariables(System.getenv(), text, dir), "environment variables whose value leaked");
    }

    /**
     * Variables whose value is in {@code text}. Short values ("1", "true", "en_US") occur in any text; a
     * token or path is long and specific. Paths the commands print on purpose (the test's own folder,
     * which may lie under TMPDIR, HOME or a runner's work folder) are taken out first: a variable that
     * names their parent is not a leak.
     */
    static List<String> leakedVariables(Map<String, String> env, String text, Path printed) {
        String shown = text.replace(printed.toAbsolutePath().toString(), "<test folder>");
        return env.entrySet().stream()
                .filter(e -> e.getValue().length() >= 16 && shown.contains(e.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    @Test
    void aVariableNamingAFolderAbovePrintedPathsIsNotALeak() {
        Path printed = Path.of("/tmp/runner-work-0a1b2c/junit-42");
        String text = "stale:   /tmp/runner-work-0a1b2c/junit-42/out/index.html\n";
        assertEquals(List.of(), leakedVariables(Map.of("TMPDIR", "/tmp/runner-work-0a1b2c"), text, printed));
    }

    @Test
    void aTokenInTheOutputIsALeakEvenNextToAPrintedPath() {
        Path printed = Path.of("/tmp/runner-work-0a1b2c/junit-42");
        String text = "stale:   /tmp/runner-work-0a1b2c/junit-42/out/index.html ghp_0123456789abcdef\n";
        assertEquals(
                List.of("GITHUB_TOKEN"),
                leakedVariables(
                        Map.of("TMPDIR", "/tmp/runner-work-0a1b2c", "GITHUB_TOKEN", "ghp_0123456789abcdef"),
                        text,
                        printed));
    }
}
