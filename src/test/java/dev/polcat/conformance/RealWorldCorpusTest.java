package dev.polcat.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.polcat.cli.PolcatCommand;
import dev.polcat.yaml.StrictYamlReader;
import dev.polcat.yaml.YEntry;
import dev.polcat.yaml.YList;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code polcat validate --format json} over 319 real Calico files from public repositories
 * ({@code ../shared/calico-corpus/realworld}, next to the project; CI has it, a checkout may not, and
 * then this test is skipped). Calico's verdict on every file, decided from Calico's source, is in
 * expected.json; polcat must agree on every one. The corpus is read in place, never copied here.
 */
class RealWorldCorpusTest {
    private static final Path CORPUS = Path.of("..", "shared", "calico-corpus", "realworld");

    @Test
    void agreesWithCalicoOnEveryRealWorldFile() throws Exception {
        Path files = CORPUS.resolve("files");
        assumeTrue(Files.isDirectory(files), "corpus not present at " + files.toAbsolutePath());
        YMap expected = (YMap) YAML_JSON.readSingle(Files.readString(CORPUS.resolve("expected.json")), "expected.json");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        new CommandLine(new PolcatCommand())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute("validate", "--format", "json", files.toString());
        YMap report = (YMap) YAML_JSON.readSingle(out.toString(), "validate.json");

        Map<String, Boolean> got = new TreeMap<>();
        for (YNode f : ((YList) report.get("files").orElseThrow()).items()) {
            got.put(
                    Path.of(text(f, "file")).getFileName().toString(),
                    text(f, "valid").equals("true"));
        }
        List<String> disagreements = new ArrayList<>();
        for (YEntry e : expected.entries()) {
            boolean calico = text(e.value(), "valid").equals("true");
            Boolean polcat = got.get(e.key());
            if (polcat == null || polcat != calico) {
                disagreements.add(e.key() + ": Calico " + (calico ? "accepts" : "rejects") + ", polcat "
                        + (polcat == null ? "missing" : polcat ? "accepts" : "rejects"));
            }
        }
        assertEquals(List.of(), disagreements, "files where polcat and Calico disagree");
        assertEquals(
                expected.entries().size(),
                got.size(),
                "polcat reported a file the corpus does not list, or missed one");
        assertEquals(319, got.size(), "the corpus holds 319 files");
    }

    /** JSON is YAML: read both files with polcat's own reader, whose limits are raised for them. */
    private static final StrictYamlReader YAML_JSON = new StrictYamlReader(64 * 1024 * 1024);

    private static String text(YNode map, String key) {
        return ((YScalar) ((YMap) map).get(key).orElseThrow()).text();
    }
}
