package dev.polcat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template from a pull request is hostile code: FreeMarker's defaults let it run commands, create Java
 * objects, reach class loaders, include any file and run forever. Each test is one such attack against
 * the real CLI; each must fail with an error naming the template (and line) and the environment, run no
 * code (the canary stays absent), write nothing, and finish within {@link Hostile#LIMIT}.
 */
class TemplateSandboxTest {
    @TempDir
    Path dir;

    private Hostile h;

    @BeforeEach
    void catalog() {
        h = Hostile.minimal(dir);
    }

    /** The minimal catalog's template with {@code attack} as its first line. */
    private Hostile withTemplate(String attack) {
        return h.with(Hostile.TEMPLATE, attack + "\n" + Hostile.TEMPLATE_TEXT);
    }

    @Test
    void executeBuiltInCannotRunACommand() {
        withTemplate("${\"freemarker.template.utility.Execute\"?new()(\"touch " + h.canaryLiteral() + "\")}")
                .assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:1: error: Instantiating freemarker.template.utility.Execute is not allowed in the template for security reasons. [P204] (env dev, policy ssh)
                          hint: templates cannot create Java objects, reach Java APIs or read files outside templates/
                        polcat: 1 error, 0 warnings""");
    }

    @Test
    void objectConstructorCannotCreateAFile() {
        withTemplate("<#assign oc = \"freemarker.template.utility.ObjectConstructor\"?new()>"
                        + "${oc(\"java.io.File\", \"" + h.canaryLiteral() + "\").createNewFile()?c}")
                .assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:1: error: Instantiating freemarker.template.utility.ObjectConstructor is not allowed in the template for security reasons. [P204] (env dev, policy ssh)
                          hint: templates cannot create Java objects, reach Java APIs or read files outside templates/
                        polcat: 1 error, 0 warnings""");
    }

    @Test
    void objectConstructorCannotStartAProcess() {
        withTemplate("<#assign oc = \"freemarker.template.utility.ObjectConstructor\"?new()>"
                        + "${oc(\"java.lang.ProcessBuilder\", [\"touch\", \"" + h.canaryLiteral() + "\"]).start()}")
                .assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:1: error: Instantiating freemarker.template.utility.ObjectConstructor is not allowed in the template for security reasons. [P204] (env dev, policy ssh)
                          hint: templates cannot create Java objects, reach Java APIs or read files outside templates/
                        polcat: 1 error, 0 warnings""");
    }

    @Test
    void newBuiltInCannotLoadAnyClass() {
        // Even a refused class gets its static initializer run by lenient resolvers; this one resolves nothing.
        withTemplate("${\"java.lang.ProcessBuilder\"?new()}").assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:1: error: Instantiating java.lang.ProcessBuilder is not allowed in the template for security reasons. [P204] (env dev, policy ssh)
                          hint: templates cannot create Java objects, reach Java APIs or read files outside templates/
                        polcat: 1 error, 0 warnings""");
    }

    @Test
    void apiBuiltInIsOff() {
        withTemplate("${sshCidrs?api.getClass().getName()}").assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:3: error: Can't use ?api, because the "api_builtin_enabled" configuration setting is false. Think twice before you set it to true though. Especially, it shouldn't abused for modifying Map-s and Collection-s. The blamed expression: ==> sshCidrs?api  [in template "policies/ssh.yaml.ftl" at line 1, column 3] [P204] (env dev, policy ssh)
                          hint: templates cannot create Java objects, reach Java APIs or read files outside templates/
                        polcat: 1 error, 0 warnings""");
    }

    @Test
    void localeObjectDoesNotLeadToClassLoaders() {
        withTemplate("${.locale_object.class.protectionDomain.classLoader.loadClass(\"java.lang.Runtime\")}")
                .assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:1: error: freemarker.template.SimpleObjectWrapper deliberately won't wrap this type: java.util.Locale [P202] (env dev, policy ssh)
                        polcat: 1 error, 0 warnings""");
    }

    @Test
    void modelValuesExposeNoJavaMembers() {
        // Plain hashes of strings: no getClass(), no class, no protectionDomain on any model value.
        withTemplate("${pc.class.protectionDomain.classLoader}").assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:3: error: 'pc.class' is undefined or null [P202] (env dev, policy ssh)
                          hint: optional parameters without a default are null: test with <#if pc??>, or give a default with pc.class!"..."
                        polcat: 1 error, 0 warnings""");
    }

    @Test
    void settingDirectiveCannotLoosenTheSandbox() {
        withTemplate("<#setting new_builtin_class_resolver=\"unrestricted\"><#setting api_builtin_enabled=true>")
                .assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:11: error: template syntax error: The setting name is recognized, but changing this setting from inside a template isn't supported. [P201] (env dev, policy ssh)
                        polcat: 1 error, 0 warnings""");
    }

    @Test
    void includeCannotClimbToTheGitConfig() {
        withTemplate("<#include \"../../.git/config\">").assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:1: error: cannot load template 'policies/../../.git/config': Backing out from the template root directory is not allowed [P204] (env dev, policy ssh)
                          hint: templates may include or import only .ftl/.ftlh files inside templates/, not through symbolic links or dot-folders
                        polcat: 1 error, 0 warnings""");
    }

    @Test
    void includeOfAnAbsolutePathStaysInsideTemplates() {
        withTemplate("<#include \"/etc/passwd\">").assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:1: error: cannot load template 'etc/passwd': not found, or not allowed [P204] (env dev, policy ssh)
                          hint: templates may include or import only .ftl/.ftlh files inside templates/, not through symbolic links or dot-folders
                        polcat: 1 error, 0 warnings""");
    }

    @Test
    void includeOfAnAbsolutePathToAnExistingTemplateOutsideIsNotRead() {
        Path secret = h.outside("elsewhere/secret.ftl", "SECRET-OUTSIDE-TEMPLATE");
        String abs = secret.toAbsolutePath().toString().replace('\\', '/');
        Hostile.Result r =
                withTemplate("<#include \"" + abs + "\">").assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:1: error: cannot load template '%s': not found, or not allowed [P204] (env dev, policy ssh)
                          hint: templates may include or import only .ftl/.ftlh files inside templates/, not through symbolic links or dot-folders
                        polcat: 1 error, 0 warnings""".formatted(abs.substring(1)));
        assertFalse(r.err().contains("SECRET"), r::toString);
    }

    @Test
    void getOptionalTemplateCannotClimbOut() {
        withTemplate("<#assign t = .get_optional_template(\"../../../../etc/passwd.ftl\")>")
                .assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:1: error: cannot load template 'policies/../../../../etc/passwd.ftl': Backing out from the template root directory is not allowed [P204] (env dev, policy ssh)
                          hint: templates may include or import only .ftl/.ftlh files inside templates/, not through symbolic links or dot-folders
                        polcat: 1 error, 0 warnings""");
    }

    @Test
    void importOfASymlinkPointingOutsideTemplatesIsRefused() {
        Path outside = h.outside("outside.ftl", "<#macro x>SECRET-OUTSIDE-MACRO</#macro>");
        h.link("templates/lib/evil.ftl", outside.toAbsolutePath());
        Hostile.Result r = h.with(Hostile.TEMPLATE, "<#import \"/lib/evil.ftl\" as e><@e.x/>\n" + Hostile.TEMPLATE_TEXT)
                .assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:1: error: cannot load template 'lib/evil.ftl': not found, or not allowed [P204] (env dev, policy ssh)
                          hint: templates may include or import only .ftl/.ftlh files inside templates/, not through symbolic links or dot-folders
                        polcat: 1 error, 0 warnings""");
        assertFalse(r.err().contains("SECRET"), r::toString);
    }

    @Test
    void importOfASymlinkStayingInsideTemplatesIsRefusedToo() {
        // FreeMarker's own FileTemplateLoader follows links that stay inside its root; polcat follows none.
        h.with("templates/lib/real.ftl", "<#macro x>ok</#macro>");
        h.link("templates/lib/alias.ftl", Path.of("real.ftl"));
        h.with(Hostile.TEMPLATE, "<#import \"/lib/alias.ftl\" as e>\n" + Hostile.TEMPLATE_TEXT)
                .assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:1: error: cannot load template 'lib/alias.ftl': not found, or not allowed [P204] (env dev, policy ssh)
                          hint: templates may include or import only .ftl/.ftlh files inside templates/, not through symbolic links or dot-folders
                        polcat: 1 error, 0 warnings""");
    }

    @Test
    void includeOfANonTemplateFileIsRefused() {
        withTemplate("<#include \"ssh.md\">").assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:1: error: cannot load template 'policies/ssh.md': not found, or not allowed [P204] (env dev, policy ssh)
                          hint: templates may include or import only .ftl/.ftlh files inside templates/, not through symbolic links or dot-folders
                        polcat: 1 error, 0 warnings""");
    }

    @Test
    void endlessListIsStoppedAtTheTimeout() {
        withTemplate("<#list 1.. as i></#list>").assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:1: error: rendering took longer than 1 s and was stopped [P203] (env dev, policy ssh)
                          hint: look for a loop that never ends; the limit is set with --template-timeout
                        polcat: 1 error, 0 warnings""", "--template-timeout", "1");
    }

    @Test
    void loopInsideOneBuiltInIsAbandonedByTheWatchdog() throws InterruptedException {
        // FreeMarker checks for interruption only between directives; this loop never reaches one.
        // Only this build's threads count: an idle pool thread another test left behind is not a spinning render.
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        withTemplate("${(1..)?filter(n -> n < 0)?first}").assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:1: error: rendering took longer than 1 s and was stopped [P203] (env dev, policy ssh)
                          hint: look for a loop that never ends; the limit is set with --template-timeout
                        polcat: 1 error, 0 warnings""", "--template-timeout", "1");
        // Stopped cooperatively (no Thread.stop, which Java 20+ lacks): no thread keeps spinning, on any Java.
        for (int i = 0; i < 50 && !renderThreads(before).isEmpty(); i++) Thread.sleep(100);
        assertEquals(
                "",
                renderThreads(before),
                "the render thread is still running on Java "
                        + Runtime.version().feature());
    }

    @Test
    void endlessLoopInAnImportedLibraryIsBlamedOnTheLibrarysLine() {
        h.with(
                "templates/lib/loops.ftl",
                "<#macro spin>\n  <#list 1.. as i></#list>\n</#macro>\n"
                        + "<#function find>\n  <#return (1..)?filter(n -> n < 0)?first>\n</#function>\n");
        withTemplate("<#import \"/lib/loops.ftl\" as l>\n<@l.spin/>")
                .assertBuildFails(1, """
                        templates/lib/loops.ftl:2:3: error: rendering took longer than 1 s and was stopped [P203] (env dev, policy ssh)
                          hint: look for a loop that never ends; the limit is set with --template-timeout
                        polcat: 1 error, 0 warnings""", "--template-timeout", "1");
        withTemplate("<#import \"/lib/loops.ftl\" as l>\n${l.find()}")
                .assertBuildFails(1, """
                        templates/lib/loops.ftl:5:3: error: rendering took longer than 1 s and was stopped [P203] (env dev, policy ssh)
                          hint: look for a loop that never ends; the limit is set with --template-timeout
                        polcat: 1 error, 0 warnings""", "--template-timeout", "1");
    }

    @Test
    void syntaxErrorInAnImportedLibraryIsReportedAtTheLibrarysLine() {
        h.with("templates/lib/broken.ftl", "<#macro ok>\n</#macro>\n<#if>\n");
        Hostile.Result r =
                withTemplate("<#import \"/lib/broken.ftl\" as l>\n<@l.ok/>").build();
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().startsWith("templates/lib/broken.ftl:3:"), r::toString);
    }

    @Test
    void theTimeBudgetBoundsAllRendersTogether() {
        // Two environments, one endless template: without a budget this costs the timeout once per
        // environment (and per core); with one, the run stops when the budget is spent.
        h.with("profiles/prod.yaml", "title: Prod\nvalues:\n  sshCidrs: [10.0.0.0/24]\n");
        withTemplate("<#list 1.. as i></#list>")
                .assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl: error: rendering stopped: the time budget of 1 s for all renders ran out [P203] (env dev, prod; policy ssh)
                          hint: the templates that used it up are reported above; the budget is set with --time-budget
                        polcat: 1 error, 0 warnings""", "--template-timeout", "30", "--time-budget", "1");
    }

    /** Render threads still alive, with where they are. */
    private static String renderThreads(Set<Thread> before) {
        StringBuilder b = new StringBuilder();
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (!before.contains(t)
                    && t.getName().startsWith("polcat-render-")
                    && t.isAlive()
                    && !t.getName().equals("polcat-render-watchdog")) {
                b.append(t.getName()).append(' ').append(t.getState());
                for (int i = 0; i < Math.min(8, stack.length); i++)
                    b.append("\n  at ").append(stack[i]);
                b.append('\n');
            }
        });
        return b.toString();
    }

    @Test
    void endlessMacroRecursionHitsTheStackLimit() {
        withTemplate("<#macro r n><@r n + 1/></#macro><@r 0/>").assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:13: error: recursion too deep: the template stack of 2 MiB ran out [P203] (env dev, policy ssh)
                          hint: a macro or function calls itself without end; the limit is set with --template-stack
                        polcat: 1 error, 0 warnings""");
    }

    @Test
    void endlessFunctionRecursionHitsTheStackLimit() {
        withTemplate("<#function f n><#return f(n + 1)></#function>${f(0)}")
                .assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:16: error: recursion too deep: the template stack of 1 MiB ran out [P203] (env dev, policy ssh)
                          hint: a macro or function calls itself without end; the limit is set with --template-stack
                        polcat: 1 error, 0 warnings""", "--template-stack", "1");
    }

    @Test
    void printingGigabytesHitsTheOutputLimit() {
        withTemplate("<#list 1.. as i>${\"x\"?left_pad(1000000)}</#list>")
                .assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:17: error: rendered output is larger than 1 MiB and was stopped [P203] (env dev, policy ssh)
                          hint: a policy this large is almost certainly a runaway loop; the limit is set with --max-output
                        polcat: 1 error, 0 warnings""", "--max-output", "1");
    }

    @Test
    void outputLimitAppliesToOneHugeValueToo() {
        withTemplate("${\"x\"?left_pad(50000000)}").assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:1:1: error: rendered output is larger than 1 MiB and was stopped [P203] (env dev, policy ssh)
                          hint: a policy this large is almost certainly a runaway loop; the limit is set with --max-output
                        polcat: 1 error, 0 warnings""", "--max-output", "1");
    }

    @Test
    void stringDoublingRunsOutOfMemoryWithoutTakingTheJvmDown() throws Exception {
        // A single allocation too large for the heap fails in the render thread, which reports it and
        // ends; the JVM lives on.
        withTemplate("<#assign s = \"x\"><#list 1..64 as i><#assign s = s + s></#list>${s?length}");
        assertRunsOutOfMemory("""
                templates/policies/ssh.yaml.ftl:1:36: error: rendering ran out of memory and was stopped [P203] (env dev, policy ssh)
                  hint: look for a value that grows without bound (e.g. a string doubled in a loop); the limit is the JVM heap, set with JDK_JAVA_OPTIONS=-Xmx<size>
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void runningOutOfMemoryInAnImportedLibraryIsBlamedOnTheLibrarysLineAndItsCaller() throws Exception {
        h.with(
                "templates/lib/grow.ftl",
                "<#function grow s>\n  <#list 1..64 as i>\n    <#local s = s + s>\n  </#list>\n"
                        + "  <#return s>\n</#function>\n");
        withTemplate("<#import \"/lib/grow.ftl\" as g>\n# ${g.grow(\"x\")?length}");
        assertRunsOutOfMemory("""
                templates/lib/grow.ftl:3:5: error: rendering ran out of memory and was stopped [P203] (env dev, policy ssh)
                  hint: look for a value that grows without bound (e.g. a string doubled in a loop); the limit is the JVM heap, set with JDK_JAVA_OPTIONS=-Xmx<size>
                  called from templates/policies/ssh.yaml.ftl:2:3
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void recursionInAnImportedLibraryIsBlamedOnTheLibrarysLineAndItsCaller() {
        h.with("templates/lib/down.ftl", "<#macro down n>\n  <@down n + 1/>\n</#macro>\n");
        withTemplate("<#import \"/lib/down.ftl\" as d>\n<@d.down 0/>").assertBuildFails(1, """
                        templates/lib/down.ftl:2:3: error: recursion too deep: the template stack of 2 MiB ran out [P203] (env dev, policy ssh)
                          hint: a macro or function calls itself without end; the limit is set with --template-stack
                          called from templates/policies/ssh.yaml.ftl:2:1
                        polcat: 1 error, 0 warnings""");
    }

    @Test
    void outputLimitHitInAnImportedLibraryIsBlamedOnTheLibrarysLineAndItsCaller() {
        h.with("templates/lib/big.ftl", "<#macro big>\n  <#list 1.. as i>${\"x\"?left_pad(1000)}</#list>\n</#macro>\n");
        withTemplate("<#import \"/lib/big.ftl\" as b>\n<@b.big/>").assertBuildFails(1, """
                        templates/lib/big.ftl:2:19: error: rendered output is larger than 1 MiB and was stopped [P203] (env dev, policy ssh)
                          hint: a policy this large is almost certainly a runaway loop; the limit is set with --max-output
                          called from templates/policies/ssh.yaml.ftl:2:1
                        polcat: 1 error, 0 warnings""", "--max-output", "1");
    }

    /**
     * Runs polcat as CI should, in its own JVM with a modest -Xmx (the test JVM's heap is the machine's
     * business, not this test's): the build must fail with {@code expected} and write nothing.
     */
    private void assertRunsOutOfMemory(String expected) throws Exception {
        Map<String, String> before = h.snapshot();
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m",
                "-Xss4m",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.polcat.cli.Main",
                "build",
                "-C",
                h.catalog().toString(),
                "-o",
                h.out().toString(),
                "-j",
                "1",
                "--no-ci-annotations",
                "--template-timeout",
                "25");
        pb.environment().remove("JAVA_TOOL_OPTIONS"); // the JVM would announce them on stderr
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        try {
            String err = assertTimeoutPreemptively(
                    Hostile.LIMIT,
                    () -> new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(p.waitFor(5, TimeUnit.SECONDS));
            assertEquals(expected, err.strip());
            assertEquals(1, p.exitValue(), err);
        } finally {
            p.destroyForcibly();
        }
        h.assertNothingEscaped(before);
        assertFalse(Files.exists(h.out()));
    }

    @Test
    void readingBackAHugeRenderedScalarIsBoundedByTheTimeoutToo() {
        // SnakeYAML scans one long scalar in superlinear time (seconds for 4 MB); the read-back runs on
        // the render thread, under the same deadline. A machine fast enough to finish in time meets the
        // annotation size rule instead: either way the build fails, promptly.
        h.with(
                Hostile.TEMPLATE,
                Hostile.TEMPLATE_TEXT.replace(
                        "  name: ssh\n",
                        "  name: ssh\n  annotations: {x.polcat.dev/big: ${\"x\"?left_pad(4000000, \"ab\")}}\n"));
        Map<String, String> before = h.snapshot();
        Hostile.Result r = h.build("--template-timeout", "1", "--max-output", "8");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(
                r.err()
                                .startsWith(
                                        "templates/policies/ssh.yaml.ftl: error: rendering took longer than 1 s and was stopped [P203] (env dev, policy ssh)")
                        || r.err().contains("annotations total"),
                r::toString);
        h.assertNothingEscaped(before);
    }

    @Test
    void renderAndValidateApplyTheSameLimits() {
        withTemplate("${(1..)?filter(n -> n < 0)?first}");
        String expected = """
                templates/policies/ssh.yaml.ftl:1:1: error: rendering took longer than 1 s and was stopped [P203] (env dev, policy ssh)
                  hint: look for a loop that never ends; the limit is set with --template-timeout
                polcat: 1 error, 0 warnings""";
        Map<String, String> before = h.snapshot();
        for (String[] command :
                new String[][] {{"render", "--raw", "--env", "dev"}, {"render", "--env", "dev"}, {"validate"}}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command));
            args.addAll(
                    java.util.List.of("-C", h.catalog().toString(), "--template-timeout", "1", "--no-ci-annotations"));
            Hostile.Result r = Hostile.run(args.toArray(String[]::new));
            assertEquals(expected, r.err().strip(), () -> String.join(" ", command) + "\n" + r);
            assertEquals(1, r.exit(), r::toString);
        }
        h.assertNothingEscaped(before);
    }

    @Test
    void everyLimitHasADocumentedOption() {
        Hostile.Result help = Hostile.run("build", "--help");
        for (String option : new String[] {"--template-timeout", "--time-budget", "--max-output", "--template-stack"}) {
            assertTrue(help.out().contains(option), option + " missing from build --help:\n" + help.out());
        }
    }

    @Test
    void failedTemplatesLeaveNoHalfWrittenFiles() {
        // The output limit stops a render midway; nothing of it may reach the disk.
        withTemplate("<#list 1.. as i>leaked: ${i}\n</#list>");
        Map<String, String> before = h.snapshot();
        Hostile.Result r = h.build("--max-output", "1");
        assertEquals(1, r.exit(), r::toString);
        h.assertNothingEscaped(before);
        assertFalse(Files.exists(h.out()), r::toString);
    }
}
