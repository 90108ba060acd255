package dev.polcat.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.cli.PolcatCommand;
import dev.polcat.testing.TestCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The README's tour prints what polcat prints: each mistake it asks a new user to make, made on a copy of
 * the example catalog, gives the messages the README shows, at the lines it names.
 */
class ReadmeTourTest {
    private static final String MANAGEMENT = "managementCidrs: [10.30.0.0/24";
    private static final String MONITORING = "monitoringCidrs: [10.30.8.0/24]";

    @TempDir
    Path dir;

    private Path prod;
    private String original;
    private String readme;

    @BeforeEach
    void copyTheExample() throws IOException {
        TestCatalog.example(dir);
        prod = dir.resolve("profiles/prod.yaml");
        original = Files.readString(prod);
        assertTrue(original.contains(MANAGEMENT) && original.contains(MONITORING), "the tour's values moved");
        readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    private String build(String from, String to) throws IOException {
        Files.writeString(prod, original.replace(from, to));
        StringWriter err = new StringWriter();
        CommandLine cl = PolcatCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        cl.execute("build", "-C", dir.toString(), "--no-ci-annotations");
        return err.toString();
    }

    private void assertShown(String printed) {
        assertTrue(readme.contains("```\n" + printed), () -> "README.md does not show what polcat prints:\n" + printed);
    }

    @Test
    void aCidrWithHostBitsSet() throws IOException {
        assertShown(build(MANAGEMENT, "managementCidrs: [10.30.0.1/24") + "```");
    }

    @Test
    void aTypoInTheManagementNetworkIsALockout() throws IOException {
        assertShown(build(MANAGEMENT, "managementCidrs: [10.31.0.0/24") + "```");
    }

    @Test
    void monitoringOpenToTheInternetWarnsFirstWithTheTemplateLine() throws IOException {
        String printed = build(MONITORING, "monitoringCidrs: [0.0.0.0/0]");
        String first = printed.lines().limit(5).collect(Collectors.joining("\n", "", "\n"));
        assertEquals(
                "templates/policies/calico-components.yaml.ftl:22:7: warning: open-to-internet:",
                first.substring(0, first.indexOf(" spec.")));
        assertShown(first + "…\n```");
    }
}
