package dev.polcat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.polcat.testing.TestCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names from a pull request become file names, and files of a pull request may be links or devices.
 * polcat reads only regular files inside the catalog, reached without links, builds every output path
 * from a validated name, writes only inside the output folder (never through a link), never replaces
 * files it did not write, and leaves the previous site as it was when a build fails.
 */
class ConfinedPathsTest {
    @TempDir
    Path dir;

    private Hostile h;

    @BeforeEach
    void catalog() {
        h = Hostile.minimal(dir);
    }

    private static final String DOC =
            TestCatalog.read(TestCatalog.fixture("minimal").resolve(Hostile.DOC));

    // ------------------------------------------------------------------------------------------------
    // Names

    static Stream<Arguments> badPolicyNames() {
        return Stream.of(
                Arguments.of("uppercase", "Ssh", "policy name 'Ssh' is not a valid Calico name"),
                Arguments.of("Windows device, upper case", "CON", "policy name 'CON' is not a valid Calico name"),
                Arguments.of("unicode look-alike", "\u0455sh", "policy name '\u0455sh' is not a valid Calico name"),
                Arguments.of("newline", "ssh\nx", "policy name 'ssh\\nx' is not a valid Calico name"),
                Arguments.of("ANSI escape", "ssh\u001b[31m", "policy name 'ssh\\u001b[31m' is not a valid Calico name"),
                Arguments.of("backslash", "a\\b", "policy name 'a\\b' is not a valid Calico name"),
                Arguments.of("space", "a b", "policy name 'a b' is not a valid Calico name"),
                Arguments.of("percent-encoded dots", "%2e%2e", "policy name '%2e%2e' is not a valid Calico name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPolicyNames")
    void policyNamesThatAreNotCalicoNamesAreRefused(String what, String name, String message) {
        h.with("templates/policies/" + name + ".yaml.ftl", Hostile.TEMPLATE_TEXT)
                .with("templates/policies/" + name + ".md", DOC)
                .assertBuildFails(1, """
                        templates/policies/%s.yaml.ftl: error: %s [P110]
                          hint: use lowercase letters, digits and '-', at most 63 characters
                        polcat: 1 error, 0 warnings""".formatted(printed(name), message));
    }

    @Test
    void aPolicyNamedLikeAWindowsDeviceIsRefused() {
        h.with("templates/policies/nul.yaml.ftl", Hostile.TEMPLATE_TEXT)
                .with("templates/policies/nul.md", DOC)
                .assertBuildFails(1, """
                        templates/policies/nul.yaml.ftl: error: policy name 'nul' is a reserved device name on Windows [P110]
                          hint: names become file names of the site (policies/nul.html); choose another name
                        polcat: 1 error, 0 warnings""");
    }

    @ParameterizedTest
    @ValueSource(strings = {"all", "felixconfiguration"})
    void aPolicyNamedLikeAnEnvironmentFileIsRefused(String name) {
        h.with("templates/policies/" + name + ".yaml.ftl", Hostile.TEMPLATE_TEXT)
                .with("templates/policies/" + name + ".md", DOC)
                .assertBuildFails(1, """
                        templates/policies/%s.yaml.ftl: error: policy name '%s' is reserved: ENV-%s.yaml is a file every environment's download has [P110]
                          hint: choose another name
                        polcat: 1 error, 0 warnings""".formatted(name, name, name));
    }

    static Stream<Arguments> badEnvironmentNames() {
        return Stream.of(
                Arguments.of("uppercase", "Prod"),
                Arguments.of("unicode look-alike", "pr\u043Ed"),
                Arguments.of("leading dash", "-x"),
                Arguments.of("underscore", "a_b"),
                Arguments.of("ANSI escape", "x\u001b[2J"),
                Arguments.of("workflow command", "::error::x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEnvironmentNames")
    void environmentNamesThatAreNotSafeFileNamesAreRefused(String what, String name) {
        h.with("profiles/" + name + ".yaml", "title: X\nvalues:\n  sshCidrs: [10.0.0.0/24]\n")
                .assertBuildFails(1, """
                        profiles/%s.yaml: error: environment name '%s' is not allowed [P110]
                          hint: name profile files with lowercase letters, digits and '-' (e.g. prod-eu.yaml)
                        polcat: 1 error, 0 warnings""".formatted(printed(name), printed(name)));
    }

    @Test
    void anEnvironmentNamedLikeAWindowsDeviceIsRefused() {
        h.with("profiles/aux.yaml", "title: X\nvalues:\n  sshCidrs: [10.0.0.0/24]\n")
                .assertBuildFails(1, """
                profiles/aux.yaml: error: environment name 'aux' is a reserved device name on Windows [P110]
                  hint: names become folder and file names of the site (environments/aux.html); choose another name
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void namesInsideProfilesAreLookedUpNeverUsedAsPaths() {
        h.with(Hostile.PROFILE, """
                extends: ../../etc/passwd
                title: Dev
                values:
                  sshCidrs: [10.0.0.0/24]
                policies:
                  ../x: {enabled: false}
                """);
        Map<String, String> before = h.snapshot();
        Hostile.Result r = h.build();
        assertEquals(1, r.exit(), r::toString);
        assertTrue(
                r.err().contains("profiles/dev.yaml:1:10: error: extends unknown profile '../../etc/passwd' [P109]"),
                r::toString);
        h.assertNothingEscaped(before);
        assertFalse(Files.exists(h.out()));
    }

    @Test
    void namesOnTheCommandLineAreLookedUpNeverUsedAsPaths() {
        Map<String, String> before = h.snapshot();
        Hostile.Result r = Hostile.run("render", "-C", h.catalog().toString(), "--env", "../../etc/passwd", "../ssh");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("polcat: error: unknown environment '../../etc/passwd'"), r::toString);
        h.assertNothingEscaped(before);
    }

    /** As DiagnosticPrinter shows input: control characters escaped. */
    private static String printed(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c == 0x0a) b.append("\\n");
            else if (c < 0x20 || c == 0x7f) b.append(String.format("\\u%04x", c));
            else b.appendCodePoint(c);
        });
        return b.toString();
    }

    // ------------------------------------------------------------------------------------------------
    // Inputs that are links or special files

    @Test
    void aProfileLinkedToDevZeroIsNotRead() {
        h.link("profiles/zero.yaml", Path.of("/dev/zero")).assertBuildFails(2, """
                profiles/zero.yaml: error: refusing to follow a symbolic link [P100]
                  hint: commit the file or folder itself, not a link
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void aProfileLinkedToAFileOutsideTheCatalogIsNotRead() {
        Path outside = h.outside("other/prod.yaml", "title: SECRET-OUTSIDE\nvalues:\n  sshCidrs: [0.0.0.0/0]\n");
        Hostile.Result r = h.link(Hostile.PROFILE, outside.toAbsolutePath()).assertBuildFails(2, """
                profiles/dev.yaml: error: refusing to follow a symbolic link [P100]
                  hint: commit the file or folder itself, not a link
                polcat: 1 error, 0 warnings""");
        assertFalse(r.err().contains("SECRET"), r::toString);
    }

    @Test
    void aLinkedProfilesFolderIsNotRead() throws IOException {
        Path real = dir.resolve("real-profiles");
        Files.createDirectories(real);
        Files.move(h.catalog().resolve(Hostile.PROFILE), real.resolve("dev.yaml"));
        Files.delete(h.catalog().resolve("profiles"));
        h.link("profiles", real.toAbsolutePath()).assertBuildFails(2, """
                profiles: error: refusing to follow a symbolic link [P100]
                  hint: commit the file or folder itself, not a link
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void aTemplateThatIsALinkIsNotRead() {
        Path outside = h.outside("outside.yaml.ftl", Hostile.TEMPLATE_TEXT);
        h.link(Hostile.TEMPLATE, outside.toAbsolutePath()).assertBuildFails(2, """
                templates/policies/ssh.yaml.ftl: error: refusing to follow a symbolic link [P100]
                  hint: commit the file or folder itself, not a link
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void aDocThatIsALinkIsNotRead() {
        h.link(Hostile.DOC, Path.of("/etc/hostname")).assertBuildFails(2, """
                templates/policies/ssh.md: error: refusing to follow a symbolic link [P100]
                  hint: commit the file or folder itself, not a link
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void aFifoIsNotRead() throws Exception {
        Path fifo = h.catalog().resolve("profiles/pipe.yaml");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            mk = null;
        }
        assumeTrue(mk != null && mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
        h.assertBuildFails(2, """
                profiles/pipe.yaml: error: refusing to read something that is not a regular file [P100]
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void aLinkedLayoutsFolderIsNotFollowed() throws IOException {
        // Layouts are read only with --trust-layouts: without it this test would pass whatever the loader did.
        Path evil = dir.resolve("evil-layouts");
        Files.createDirectories(evil);
        Files.writeString(evil.resolve("base.ftlh"), "<#macro page>EVIL-LAYOUT-FROM-OUTSIDE</#macro>");
        h.link("templates/layouts", evil.toAbsolutePath()).assertBuildFails(2, """
                templates/layouts: error: refusing to follow a symbolic link [P100]
                  hint: commit the layout itself, not a link
                polcat: 1 error, 0 warnings""", "--trust-layouts");
    }

    @Test
    void aLinkedLayoutInsideTheLayoutsFolderIsNotFollowed() throws IOException {
        Path evil = h.outside("evil-base.ftlh", "<#macro page>EVIL-LAYOUT-FROM-OUTSIDE</#macro>");
        Files.createDirectories(h.catalog().resolve("templates/layouts"));
        h.link("templates/layouts/base.ftlh", evil.toAbsolutePath()).assertBuildFails(2, """
                templates/layouts/base.ftlh: error: refusing to follow a symbolic link [P100]
                  hint: commit the layout itself, not a link
                polcat: 1 error, 0 warnings""", "--trust-layouts");
    }

    @Test
    void diffOfAGitRevisionRefusesACommittedSymlink() throws Exception {
        // `polcat diff BASE HEAD` reads revisions from git objects, where a link is just a blob naming a path.
        assumeTrue(gitAvailable(), "git is not available");
        Path secret = h.outside("ci-secret.yaml", "title: SECRET-GIT-LINK-77aa\n");
        h.link(Hostile.PROFILE, secret.toAbsolutePath());
        git(h.catalog(), "init", "-q");
        git(h.catalog(), "add", "-A");
        git(h.catalog(), "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "hostile");
        Map<String, String> before = h.snapshot();
        Hostile.Result r = Hostile.run("diff", "-C", h.catalog().toString(), "HEAD", "HEAD", "--no-ci-annotations");
        assertEquals(2, r.exit(), r::toString);
        assertEquals("""
                polcat: error: HEAD:profiles/dev.yaml: refusing a symbolic link or special file in the revision
                  hint: commit the file itself, not a link""", r.err().strip());
        assertFalse(r.out().contains("SECRET") || r.err().contains("SECRET"), r::toString);
        h.assertNothingEscaped(before);
    }

    @ParameterizedTest(name = "{0} DIR")
    @MethodSource("folderCommands")
    void aFolderGivenToValidateOrExplainReportsEachLink(String command) throws IOException {
        // calicoctl/kubectl apply -f DIR follow links: one to a bad policy or to a file outside must not pass.
        Path folder = dir.resolve("policies");
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("good.yaml"), """
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: ok}
                spec: {selector: all(), ingress: [{action: Allow}]}
                """);
        Path bad = h.outside("bad.yaml", "kind: GlobalNetworkPolicy\nmetadata: {name: BAD}\n");
        Files.createSymbolicLink(folder.resolve("linked.yaml"), bad.toAbsolutePath());
        Files.createSymbolicLink(
                folder.resolve("sub").resolve("dir-link"), bad.getParent().toAbsolutePath());
        Hostile.Result r = Hostile.run(command, folder.toString());
        assertEquals(1, r.exit(), r::toString);
        String hint =
                "  hint: calicoctl and kubectl apply -f DIR follow it: commit the file itself, or validate the target by name";
        assertEquals(
                folder + "/linked.yaml: error: refusing to follow a symbolic link [P100]\n" + hint + "\n" + folder
                        + "/sub/dir-link: error: refusing to follow a symbolic link [P100]\n" + hint,
                r.err().strip(),
                r::toString);
    }

    static Stream<String> folderCommands() {
        return Stream.of("validate", "explain");
    }

    private static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void git(Path repo, String... args) throws Exception {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("git", "-C", repo.toString()));
        cmd.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", cmd));
    }

    // ------------------------------------------------------------------------------------------------
    // The output folder

    @Test
    void anOutputFolderThatIsALinkIsRefused() throws IOException {
        Path victim = dir.resolve("victim");
        Files.createDirectories(victim);
        Files.writeString(victim.resolve("keep.txt"), "keep");
        Files.createSymbolicLink(h.out(), victim.toAbsolutePath());
        Map<String, String> before = h.snapshot();
        Hostile.Result r = h.build();
        assertEquals(2, r.exit(), r::toString);
        assertEquals(
                "polcat: error: refusing to write through the symbolic link "
                        + h.out().toAbsolutePath(),
                r.err().strip());
        h.assertNothingEscaped(before);
        assertTrue(Files.isSymbolicLink(h.out()));
        assertEquals(1, Files.list(victim).count());
    }

    @Test
    void anOutputFolderBelowALinkedFolderIsRefused() throws IOException {
        Path real = dir.resolve("real");
        Files.createDirectories(real);
        Files.createSymbolicLink(dir.resolve("linked"), real.toAbsolutePath());
        Path out = dir.resolve("linked").resolve("site");
        Map<String, String> before = h.snapshot();
        Hostile.Result r =
                Hostile.run("build", "-C", h.catalog().toString(), "-o", out.toString(), "--no-ci-annotations");
        assertEquals(2, r.exit(), r::toString);
        assertEquals(
                "polcat: error: refusing to write through the symbolic link "
                        + dir.resolve("linked").toAbsolutePath(),
                r.err().strip());
        h.assertNothingEscaped(before);
        assertFalse(Files.exists(real.resolve("site")));
    }

    @Test
    void anOutputFolderHoldingAFilePolcatDidNotWriteIsRefusedAndLeftAlone() throws IOException {
        Files.createDirectories(h.out());
        Files.writeString(h.out().resolve("notes.txt"), "mine");
        Map<String, String> before = Hostile.snapshot(dir, dir.resolve("nothing-excluded"));
        Hostile.Result r = h.build();
        assertEquals(2, r.exit(), r::toString);
        assertEquals(
                "polcat: error: " + h.out().toAbsolutePath()
                        + " holds files polcat did not write; choose another --out or empty it",
                r.err().strip());
        assertEquals(before, Hostile.snapshot(dir, dir.resolve("nothing-excluded")), "the output folder was changed");
    }

    @Test
    void aForeignFileNextToAnEarlierBuildIsRefusedAndLeftAlone() throws IOException {
        assertEquals(0, h.build().exit());
        Files.writeString(h.out().resolve("policies/extra.html"), "not polcat's");
        Map<String, String> before = Hostile.snapshot(dir, dir.resolve("nothing-excluded"));
        Hostile.Result r = h.build();
        assertEquals(2, r.exit(), r::toString);
        assertEquals(
                "polcat: error: " + h.out().toAbsolutePath()
                        + " holds 'policies/extra.html', which polcat did not write; move it elsewhere first",
                r.err().strip());
        assertEquals(before, Hostile.snapshot(dir, dir.resolve("nothing-excluded")), "the output folder was changed");
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteByteIdentical() {
        Hostile.Result first = h.build();
        assertEquals(0, first.exit(), first::toString);
        Map<String, String> site = Hostile.snapshot(dir, dir.resolve("nothing-excluded"));
        h.with(Hostile.TEMPLATE, "<#list 1.. as i>${i}</#list>\n" + Hostile.TEMPLATE_TEXT);
        Map<String, String> all = Hostile.snapshot(dir, dir.resolve("nothing-excluded"));
        Hostile.Result second = h.build("--max-output", "1");
        assertEquals(1, second.exit(), second::toString);
        assertEquals(all, Hostile.snapshot(dir, dir.resolve("nothing-excluded")), "the failed build changed files");
        assertFalse(site.isEmpty());
    }

    @Test
    void aSuccessfulBuildWritesOnlyInsideTheOutputFolder() throws IOException {
        Map<String, String> before = h.snapshot();
        Hostile.Result r = h.build();
        assertEquals(0, r.exit(), r::toString);
        h.assertNothingEscaped(before); // no staging or old folders left beside it either
        try (Stream<Path> files = Files.walk(h.out())) {
            assertTrue(files.noneMatch(Files::isSymbolicLink));
        }
    }

    @Test
    void anEarlierSiteHoldingALinkIsReplacedWithoutFollowingIt() throws IOException {
        // A pull request can commit site/ itself, manifest included: replacing it must delete the link, not its target.
        Path victim = dir.resolve("victim");
        Files.createDirectories(victim);
        Files.writeString(victim.resolve("keep.txt"), "keep");
        Files.createDirectories(h.out());
        Files.writeString(h.out().resolve(".polcat-manifest"), "evil\n");
        Files.createSymbolicLink(h.out().resolve("evil"), victim.toAbsolutePath());
        Hostile.Result r = h.build();
        assertEquals(0, r.exit(), r::toString);
        assertEquals("keep", Files.readString(victim.resolve("keep.txt")));
        assertFalse(Files.exists(h.out().resolve("evil"), LinkOption.NOFOLLOW_LINKS));
    }
}
