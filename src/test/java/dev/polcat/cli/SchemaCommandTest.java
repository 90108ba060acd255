package dev.polcat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.polcat.testing.TestCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code polcat schema}: the same schemas build writes, written where asked, even while a profile is broken. */
class SchemaCommandTest {
    private static final List<String> NAMES =
            List.of("policy-doc.schema.json", "polcat.schema.json", "profile.schema.json");

    @TempDir
    Path dir;

    @Test
    void writesTheSchemasTheSiteServes() throws IOException {
        Path out = dir.resolve("schemas");
        InitCommandTest.Run r = InitCommandTest.run("schema", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(
                "wrote " + out.resolve(NAMES.get(0)) + "\nwrote " + out.resolve(NAMES.get(1)) + "\nwrote "
                        + out.resolve(NAMES.get(2)) + "\n",
                r.out());
        assertEquals("", r.err());
        for (String name : NAMES) {
            assertArrayEquals(
                    Files.readAllBytes(Path.of("site/schema", name)), Files.readAllBytes(out.resolve(name)), name);
        }
    }

    @Test
    void writesIntoTheCatalogByDefaultAndWhileAProfileIsBroken() throws IOException {
        TestCatalog.minimal(dir).with("profiles/dev.yaml", "valuez: {}\n");
        InitCommandTest.Run r = InitCommandTest.run("schema", "-C", dir.toString());
        assertEquals(0, r.exit(), r.err());
        for (String name : NAMES)
            assertFalse(Files.readString(dir.resolve("schema").resolve(name)).isEmpty(), name);
    }

    @Test
    void aBrokenDocIsAnErrorAndNothingIsWritten() {
        TestCatalog.minimal(dir)
                .with(
                        "templates/policies/ssh.md",
                        "---\ntitle: SSH\nparameters:\n  sshCidrs:\n    type: cidrs[]\n---\n");
        InitCommandTest.Run r = InitCommandTest.run("schema", "-C", dir.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertEquals(
                "templates/policies/ssh.md:5:11: error: parameter 'sshCidrs': unknown type 'cidrs[]' [P112]\n"
                        + "  hint: did you mean 'cidr[]'?\npolcat: 1 error, 0 warnings\n",
                r.err().replace(dir + "/", ""));
        assertFalse(Files.exists(dir.resolve("schema")));
    }
}
