package dev.polcat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.polcat.cli.PolcatCommand;
import dev.polcat.testing.TestCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine;

/**
 * A hostile catalog for one test, laid out in the test's temporary folder as {@code catalog/} (a copy of
 * the minimal fixture with the attack applied), {@code out/} (the only place polcat may write) and the
 * path of a {@code CANARY} file that attacks try to create. {@link #build} runs the real CLI, in process,
 * under a generous time bound; {@link #snapshot} records everything outside {@code out/}, so a test can
 * prove that nothing else was created or changed.
 */
final class Hostile {
    /** A bound for "completes", not a benchmark: every attack here fails in well under a few seconds. */
    static final Duration LIMIT = Duration.ofSeconds(30);

    static final String TEMPLATE = "templates/policies/ssh.yaml.ftl";
    static final String DOC = "templates/policies/ssh.md";
    static final String PROFILE = "profiles/dev.yaml";

    /** The minimal fixture's template, with a marker line where attacks go. */
    static final String TEMPLATE_TEXT = """
            apiVersion: projectcalico.org/v3
            kind: GlobalNetworkPolicy
            metadata:
              name: ssh
            spec:
              order: 10
              selector: ${selector}
              ingress:
                - action: Allow
                  metadata: {annotations: {polcat.dev/rule: ssh-in}}
                  protocol: TCP
                  source: {nets: ${pc.flow(sshCidrs)}}
                  destination: {ports: [${sshPort}]}
            """;

    private final Path dir;
    private final TestCatalog catalog;

    private Hostile(Path dir) {
        this.dir = dir;
        this.catalog = TestCatalog.copyOf(TestCatalog.fixture("minimal"), dir.resolve("catalog"));
    }

    static Hostile minimal(Path dir) {
        return new Hostile(dir);
    }

    Path dir() {
        return dir;
    }

    Path catalog() {
        return catalog.root();
    }

    Path out() {
        return dir.resolve("out");
    }

    Path canary() {
        return dir.resolve("CANARY");
    }

    /** The canary's path as it can be written inside an FTL or YAML string literal. */
    String canaryLiteral() {
        return canary().toAbsolutePath().toString().replace('\\', '/');
    }

    Hostile with(String path, String content) {
        catalog.with(path, content);
        return this;
    }

    /** Replaces {@code path} in the catalog with a symbolic link to {@code target}. */
    Hostile link(String path, Path target) {
        try {
            Path p = catalog.root().resolve(path);
            Files.createDirectories(p.getParent());
            Files.deleteIfExists(p);
            Files.createSymbolicLink(p, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes a file next to the catalog (outside it), e.g. the target of a hostile link. */
    Path outside(String name, String content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the CLI did: its exit code and everything it printed. */
    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** {@code polcat build} of the catalog into {@code out/}, single-threaded, plus {@code extra} options. */
    Result build(String... extra) {
        List<String> args = new ArrayList<>(
                List.of("build", "-C", catalog().toString(), "-o", out().toString(), "-j", "1", "--no-ci-annotations"));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    /** Any polcat command line, run in process within {@link #LIMIT}. */
    static Result run(String... args) {
        return assertTimeoutPreemptively(
                LIMIT,
                () -> {
                    StringWriter out = new StringWriter();
                    StringWriter err = new StringWriter();
                    CommandLine cl = PolcatCommand.commandLine();
                    cl.setOut(new PrintWriter(out, true));
                    cl.setErr(new PrintWriter(err, true));
                    int exit = cl.execute(args);
                    return new Result(exit, out.toString(), err.toString());
                },
                () -> "polcat " + String.join(" ", args) + " did not finish within " + LIMIT.toSeconds() + " s");
    }

    /**
     * The build must fail with {@code exit} and print exactly {@code expectedErr} (the diagnostics and the
     * summary line), create no canary, write no output, and change nothing outside {@code out/}.
     */
    Result assertBuildFails(int exit, String expectedErr, String... extra) {
        Map<String, String> before = snapshot();
        Result r = build(extra);
        assertEquals(expectedErr.strip(), r.err().strip(), r::toString);
        assertEquals(exit, r.exit(), r::toString);
        assertNothingEscaped(before);
        assertFalse(Files.exists(out(), LinkOption.NOFOLLOW_LINKS), "a failed build must not create the output folder");
        return r;
    }

    /** No canary, and nothing outside {@code out/} created, removed or changed since {@code before}. */
    void assertNothingEscaped(Map<String, String> before) {
        assertFalse(Files.exists(canary(), LinkOption.NOFOLLOW_LINKS), "the attack ran code: " + canary() + " exists");
        assertEquals(before, snapshot(), "files outside the output folder changed");
    }

    /**
     * Every file, folder and link under the test folder except {@code out/}, with a digest of each regular
     * file and the target of each link.
     */
    Map<String, String> snapshot() {
        return snapshot(dir, out());
    }

    static Map<String, String> snapshot(Path root, Path excluded) {
        Map<String, String> out = new TreeMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (d.equals(excluded)) return FileVisitResult.SKIP_SUBTREE;
                    out.put(root.relativize(d) + "/", "dir");
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    // links are visited as files, never followed (out/ itself is a link in some tests)
                    out.put(root.relativize(f).toString(), describe(f, attrs));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String describe(Path f, BasicFileAttributes attrs) throws IOException {
        if (attrs.isSymbolicLink()) return "link -> " + Files.readSymbolicLink(f);
        if (!attrs.isRegularFile()) return "special";
        return "file " + sha256(Files.readAllBytes(f));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
