package dev.polcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.testing.TestCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** What the command line says when it cannot do what was asked, exactly, with its exit code. */
class CommandLineMessagesTest {
    @TempDir
    static Path empty;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = PolcatCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(new String[] {"biuld"}, 2, """
                        polcat: error: unknown command 'biuld'; see polcat --help
                          hint: did you mean 'polcat build'?"""),
                Arguments.of(new String[] {"frobnicate"}, 2, """
                        polcat: error: unknown command 'frobnicate'; see polcat --help"""),
                Arguments.of(new String[] {"validate", "-C", "/does/not/exist"}, 2, """
                        polcat: error: catalog folder '/does/not/exist' does not exist
                          hint: pass the folder that holds profiles/ and templates/ with -C, or create a catalog with: polcat init /does/not/exist"""),
                Arguments.of(new String[] {"render", "--env", "prod", "-C", "EMPTY"}, 2, """
                        polcat: error: 'EMPTY' is not a polcat catalog: it has no profiles/ and no templates/ folder
                          hint: pass the catalog folder with -C, or create a catalog here with: polcat init EMPTY"""),
                Arguments.of(new String[] {"verify", "--env", "prodd"}, 2, """
                        polcat: error: unknown environment 'prodd'; did you mean 'prod'?"""),
                Arguments.of(new String[] {"verify", "--env", "base"}, 2, """
                        polcat: error: unknown environment 'base'; expected one of: dev, prod, prod-v6, staging"""),
                Arguments.of(new String[] {"rollout", "--env", "stagin\u001b[31m"}, 2, """
                        polcat: error: unknown environment 'stagin\\u001b[31m'; expected one of: dev, prod, prod-v6, staging"""),
                Arguments.of(new String[] {"why", "--env", "prodd", "a", "b", "tcp/22"}, 2, """
                        polcat: error: unknown environment 'prodd'; did you mean 'prod'?"""),
                Arguments.of(new String[] {"select", "--env", "prodd", "role == 'x'"}, 2, """
                        polcat: error: unknown environment 'prodd'; did you mean 'prod'?"""),
                Arguments.of(new String[] {"render", "--env", "prodd"}, 2, """
                        polcat: error: unknown environment 'prodd'; did you mean 'prod'?"""),
                Arguments.of(new String[] {"impact", "--env", "prod", "--flows", "EMPTY"}, 2, """
                        EMPTY: error: not a regular file (a folder, device or pipe) [P117]
                          hint: save the flow log to a file and pass that file"""),
                Arguments.of(new String[] {"diff", ".", ".", "-o", "EMPTY/missing/report.md"}, 2, """
                        polcat: error: cannot write the report to EMPTY/missing/report.md: no such file or folder
                          hint: the folder EMPTY/missing does not exist; create it first, or write the report elsewhere"""),
                Arguments.of(new String[] {"diff", ".", ".", "-o", "EMPTY/a-file/report.md"}, 2, """
                        polcat: error: cannot write the report to EMPTY/a-file/report.md: EMPTY/a-file is a file, not a folder"""),
                Arguments.of(new String[] {"build", "-o", "EMPTY/a-file/site"}, 2, """
                        polcat: error: cannot write EMPTY/a-file/site: EMPTY/a-file is a file, not a folder"""),
                Arguments.of(new String[] {"schema", "-o", "EMPTY/a-file/schema"}, 2, """
                        polcat: error: cannot write the schemas to EMPTY/a-file/schema: EMPTY/a-file is a file, not a folder"""),
                Arguments.of(new String[] {"init", "EMPTY/a-file/catalog"}, 2, """
                        polcat: error: cannot create the catalog in EMPTY/a-file/catalog: EMPTY/a-file is a file, not a folder"""));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void saysWhatIsWrongAndHowToFixIt(String[] args, int exit, String expected) throws IOException {
        Path file = empty.resolve("a-file");
        if (!Files.exists(file)) Files.writeString(file, "not a folder\n");
        for (int i = 0; i < args.length; i++) args[i] = args[i].replace("EMPTY", empty.toString());
        Run r = run(args);
        assertEquals(expected.replace("EMPTY", empty.toString()), r.err().strip(), String.join(" ", args));
        assertEquals(exit, r.exit(), r.err());
    }

    @Test
    void whyRefusesToAnswerFromAMalformedFailsafeSetting(@TempDir Path dir) throws IOException {
        TestCatalog.copyOf(Path.of("templates"), dir.resolve("templates"));
        TestCatalog.copyOf(Path.of("profiles"), dir.resolve("profiles"));
        Path prod = dir.resolve("profiles/prod.yaml");
        Files.writeString(
                prod,
                Files.readString(prod).replace("failsafe:\n  inbound: none", "failsafe:\n  inbound: \"tcp:22x\""));
        Run r = run(
                "why",
                "--env",
                "prod",
                "-C",
                dir.toString(),
                "--no-ci-annotations",
                "10.30.0.5",
                "prod-cp-1",
                "tcp/22");
        assertEquals("""
                profiles/prod.yaml:152:12: error: failsafe.inbound: invalid failsafe port list 'tcp:22x' at 'tcp:22x': ports should be integers [P107] (env prod, prod-v6)
                  hint: Felix would refuse to start; use its format: tcp:22,udp:68,tcp:10.0.0.0/8:22 or none
                polcat: 1 error, 0 warnings""", r.err().strip());
        assertEquals("", r.out());
        assertEquals(2, r.exit());
    }

    @Test
    void diffComparesTwoCatalogFoldersWhereverItRuns() {
        Run r = run("diff", "-C", empty.toString(), ".", ".");
        assertEquals("polcat diff . → .\nno changes\n", r.out(), r.err());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void theBuildSummaryCountsInTheSingularToo(@TempDir Path dir) {
        TestCatalog c = TestCatalog.minimal(dir.resolve("c"));
        Run r = run(
                "build", "-C", c.root().toString(), "-o", dir.resolve("site").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(
                r.out().matches("built 1 environment × 1 policy → 1 policy file, \\d+ pages in \\d+\\.\\d s\n"),
                r.out());
    }

    @Test
    void failsafeTakesOnOffOrProfileOnly() {
        Run r = run("why", "--env", "prod", "a", "b", "tcp/22", "--failsafe", "banana");
        assertTrue(
                r.err()
                        .startsWith(
                                "Invalid value for option '--failsafe': expected one of [on, off, profile] (case-sensitive) but was 'banana'\n"),
                r.err());
        assertEquals(2, r.exit());
    }

    @Test
    void aBugExits70WithOneLineAndTheFileHoldingTheStackTrace() throws IOException {
        String line = CommandErrors.internalError(new IllegalStateException("broken\ninvariant"));
        assertTrue(
                line.matches("polcat: internal error \\(a bug in polcat\\): IllegalStateException: broken invariant; "
                        + "stack trace written to .*polcat-internal-error-.*\\.txt, please report it"),
                line);
        Path trace = Path.of(line.replaceAll(".*written to (.*), please report it", "$1"));
        assertTrue(Files.readString(trace).contains("java.lang.IllegalStateException: broken"), trace.toString());
        Files.delete(trace);
        assertEquals(70, ExitCode.INTERNAL.code());
    }
}
