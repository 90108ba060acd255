package dev.polcat.security;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.polcat.testing.TestCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command in every format, fed names, rule names, namespaces, labels, selectors and titles that
 * hold ESC, CR/LF, NUL, C1 controls and bidirectional overrides: the bytes on stdout and stderr hold
 * none of them (a newline or tab only as polcat's own layout, never one that starts a forged
 * {@code ::error::} workflow command). This is the test of {@code ControlChars} being the one printer.
 */
class EveryCommandEscapesTest {
    /** ESC, CR, LF + a forged workflow command, NUL, BEL, DEL, NEL (C1), RLO, LRI, LRM, line separator. */
    static final String EVIL_YAML = "a\\e[31m\\r\\n::error::forged\\0\\a\\x7f\\N\\u202e\\u2066\\u200e\\L";

    @TempDir
    Path dir;

    private Path base;
    private Path head;
    private Path files;

    @BeforeEach
    void catalogs() throws IOException {
        base = catalog("base", "22");
        head = catalog("head", "2222");
        files = dir.resolve("files");
        Files.createDirectories(files);
        Files.writeString(files.resolve("policy.yaml"), """
                apiVersion: projectcalico.org/v3
                kind: NetworkPolicy
                metadata:
                  name: "web\\e[2J"
                  namespace: "../\\u202eprod\\n::error::ns"
                  labels: {"k\\e": "v\\u202e", role: "web\\n::error::label"}
                spec:
                  selector: role == "web\\u202e\\e"
                  ingress:
                    - action: Allow
                      metadata: {annotations: {polcat.dev/rule: "EVIL"}}
                      protocol: TCP
                      source: {selector: "app == 'x\\u2066\\a'"}
                      destination: {ports: [22]}
                """.replace("EVIL", EVIL_YAML), StandardCharsets.UTF_8);
        Files.writeString(files.resolve("valid.yaml"), """
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: ok}
                spec:
                  selector: all()
                  ingress:
                    - action: Allow
                      metadata: {annotations: {polcat.dev/rule: "EVIL"}}
                """.replace("EVIL", EVIL_YAML), StandardCharsets.UTF_8);
    }

    private Path catalog(String name, String port) {
        TestCatalog c = TestCatalog.copyOf(TestCatalog.fixture("minimal"), dir.resolve(name));
        c.with(Hostile.PROFILE, """
                title: "Dev EVIL"
                description: "EVIL"
                values:
                  sshCidrs: [10.0.0.0/24]
                  sshPort: PORT
                hosts:
                  - name: node1
                    ips: [10.0.0.1]
                    labels: {host: "", "role\\e": "x\\u202e"}
                """.replace("EVIL", EVIL_YAML).replace("PORT", port));
        c.with(
                Hostile.TEMPLATE,
                Hostile.TEMPLATE_TEXT.replace("polcat.dev/rule: ssh-in", "polcat.dev/rule: \"" + EVIL_YAML + "\""));
        return c.root();
    }

    static Stream<String> commands() {
        return Stream.of(
                "build -C BASE -o OUT",
                "build -C BASE -o OUT --ci-annotations",
                "validate -C BASE",
                "validate -C BASE --ci-annotations",
                "render -C BASE --env dev",
                "render -C BASE --env dev --raw",
                "render -C BASE --env dev\u001b",
                "check -C BASE -o OUT",
                "verify -C BASE",
                "why -C BASE --env dev 10.0.0.5 node1 tcp/22",
                "select -C BASE --env dev has(host)",
                "select -C BASE --env dev --format json has(host)",
                "select role=='x' --labels role\u001b=web",
                "select role=='\u202e' --labels role=web",
                "select --format json role=='x' --labels role=web\u202e",
                "diff BASE HEAD",
                "diff --format markdown BASE HEAD",
                "diff --format json BASE HEAD",
                "validate FILES",
                "validate --format json FILES",
                "validate FILES/policy.yaml --ci-annotations",
                "explain FILES",
                "explain --format markdown FILES",
                "explain --format json FILES",
                "explain FILES/valid.yaml",
                "explain --format markdown FILES/valid.yaml",
                "explain --format json FILES/valid.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void printsNoRawControlCharacter(String command) throws IOException {
        List<String> args = new ArrayList<>();
        for (String a : command.split(" ")) {
            args.add(a.replace("BASE", base.toString())
                    .replace("HEAD", head.toString())
                    .replace("OUT", dir.resolve("out").toString())
                    .replace("FILES", files.toString()));
        }
        Hostile.Result r = Hostile.run(args.toArray(String[]::new));
        assertClean(command + " (stdout)", r.out());
        assertClean(command + " (stderr)", r.err());
        assertTrue(r.out().length() + r.err().length() > 0, command + " printed nothing");
    }

    /** Scans the UTF-8 bytes, as a terminal or log would receive them. */
    static void assertClean(String what, String printed) {
        byte[] b = printed.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < b.length; i++) {
            int x = b[i] & 0xff;
            boolean c0 = x < 0x20 && x != '\n' && x != '\t';
            boolean c1 = x == 0xc2 && i + 1 < b.length && (b[i + 1] & 0xff) >= 0x80 && (b[i + 1] & 0xff) < 0xa0;
            boolean bidiOrSeparator = x == 0xe2
                    && i + 2 < b.length
                    && (b[i + 1] & 0xff) == 0x80
                    && ((b[i + 2] & 0xff) >= 0xaa && (b[i + 2] & 0xff) <= 0xae
                            || (b[i + 2] & 0xff) == 0x8e
                            || (b[i + 2] & 0xff) == 0x8f
                            || (b[i + 2] & 0xff) == 0xa8
                            || (b[i + 2] & 0xff) == 0xa9);
            boolean isolate = x == 0xe2
                    && i + 2 < b.length
                    && (b[i + 1] & 0xff) == 0x81
                    && (b[i + 2] & 0xff) >= 0xa6
                    && (b[i + 2] & 0xff) <= 0xa9;
            if (c0 || x == 0x7f || c1 || bidiOrSeparator || isolate) {
                int from = Math.max(0, i - 40);
                fail(what + ": raw control byte 0x" + Integer.toHexString(x) + " at " + i + " after: "
                        + dev.polcat.diag.ControlChars.escape(new String(b, from, i - from, StandardCharsets.UTF_8)));
            }
        }
        for (String line : printed.split("\n")) {
            if (line.startsWith("::error::forged")
                    || line.startsWith("::error::ns")
                    || line.startsWith("::error::label")) {
                fail(what + ": a forged workflow command starts a line: " + line);
            }
        }
    }
}
