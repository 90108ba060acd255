package dev.polcat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trusted layouts ({@code --trust-layouts}) run in the same sandbox as policy templates: the locked-down
 * configuration, the time, output and stack limits, symbolic links refused, and every failure a
 * diagnostic at the layout's file:line:col (never "internal error"), with no staging folder left beside
 * the output.
 */
class LayoutSandboxTest {
    @TempDir
    Path dir;

    private Hostile h;

    @BeforeEach
    void catalog() {
        h = Hostile.minimal(dir);
    }

    private void assertFailsCleanly(String expectedErr, String... extra) throws IOException {
        assertFailsCleanly(1, expectedErr, extra);
    }

    private void assertFailsCleanly(int exit, String expectedErr, String... extra) throws IOException {
        String[] args =
                Stream.concat(Stream.of("--trust-layouts"), Stream.of(extra)).toArray(String[]::new);
        h.assertBuildFails(exit, expectedErr, args);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(
                    "",
                    left.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith(".polcat-build-"))
                            .sorted()
                            .reduce("", (a, b) -> a + b + "\n"),
                    "a staging folder was left behind");
        }
        assertFalse(Files.exists(h.out()), "a failed build wrote the site");
    }

    @Test
    void newBuiltInInALayoutIsADiagnosticAtItsLine() throws IOException {
        h.with(
                "templates/layouts/404.ftlh",
                "<p>\n${\"freemarker.template.utility.Execute\"?new()(\"touch CANARY\")}</p>\n");
        assertFailsCleanly("""
                templates/layouts/404.ftlh:2:1: error: Instantiating freemarker.template.utility.Execute is not allowed in the template for security reasons. [P204]
                  hint: layouts cannot create Java objects, reach Java APIs or read files outside templates/layouts/
                polcat: 1 error, 0 warnings""");
        assertFalse(Files.exists(h.canary()));
    }

    @Test
    void anEndlessLayoutStopsAtTheTimeout() throws IOException {
        h.with("templates/layouts/404.ftlh", "<p>\n<#list 1.. as i></#list>\n</p>\n");
        assertFailsCleanly("""
                templates/layouts/404.ftlh:2:1: error: rendering the layout took longer than 1 s and was stopped [P203]
                  hint: look for a loop that never ends; the limit is set with --template-timeout
                polcat: 1 error, 0 warnings""", "--template-timeout", "1");
    }

    @Test
    void anEndlessLoopInALayoutLibraryIsBlamedOnTheLibrary() throws IOException {
        h.with(
                "templates/layouts/lib.ftlh",
                "<#function spin>\n  <#return (1..)?filter(n -> n < 0)?first>\n</#function>\n");
        h.with("templates/layouts/404.ftlh", "<#import \"lib.ftlh\" as l>\n${l.spin()}\n");
        assertFailsCleanly("""
                templates/layouts/lib.ftlh:2:3: error: rendering the layout took longer than 1 s and was stopped [P203]
                  hint: look for a loop that never ends; the limit is set with --template-timeout
                polcat: 1 error, 0 warnings""", "--template-timeout", "1");
    }

    @Test
    void aLayoutSyntaxErrorIsReportedAtItsLine() throws IOException {
        h.with("templates/layouts/404.ftlh", "<p>\n<#if>\n");
        assertFailsCleanly("""
                templates/layouts/404.ftlh:2:2: error: layout syntax error: #if is an existing directive, but the tag is malformed.  (See FreeMarker Manual / Directive Reference.) [P201]
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void endlessRecursionInALayoutHitsTheStackLimit() throws IOException {
        h.with("templates/layouts/404.ftlh", "<#macro r n><@r n + 1/></#macro><@r 0/>");
        assertFailsCleanly("""
                templates/layouts/404.ftlh:1:13: error: recursion too deep: the template stack of 2 MiB ran out [P203]
                  hint: a macro or function calls itself without end; the limit is set with --template-stack
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void endlessRecursionInALayoutLibraryIsBlamedOnTheLibraryAndItsCaller() throws IOException {
        h.with("templates/layouts/lib.ftlh", "<#macro down n>\n  <@down n + 1/>\n</#macro>\n");
        h.with("templates/layouts/404.ftlh", "<#import \"lib.ftlh\" as l>\n<p><@l.down 0/></p>\n");
        assertFailsCleanly("""
                templates/layouts/lib.ftlh:2:3: error: recursion too deep: the template stack of 2 MiB ran out [P203]
                  hint: a macro or function calls itself without end; the limit is set with --template-stack
                  called from templates/layouts/404.ftlh:2:4
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void aLinkedLayoutFileIsRefusedNotIgnored() throws IOException {
        Path elsewhere = h.outside("evil.ftlh", "<#import \"base.ftlh\" as layout><@layout.page>evil</@layout.page>");
        h.link("templates/layouts/404.ftlh", elsewhere.toAbsolutePath());
        assertFailsCleanly(2, """
                templates/layouts/404.ftlh: error: refusing to follow a symbolic link [P100]
                  hint: commit the layout itself, not a link
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void aLinkedLayoutsFolderIsRefusedNotIgnored() throws IOException {
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Files.writeString(elsewhere.resolve("404.ftlh"), "evil");
        Files.createDirectories(h.catalog().resolve("templates"));
        Files.createSymbolicLink(h.catalog().resolve("templates/layouts"), elsewhere.toAbsolutePath());
        assertFailsCleanly(2, """
                templates/layouts: error: refusing to follow a symbolic link [P100]
                  hint: commit the layout itself, not a link
                polcat: 1 error, 0 warnings""");
    }
}
